package ru.agentiq.core.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import ru.agentiq.core.interaction.Channel;
import ru.agentiq.core.interaction.ExtraData;
import ru.agentiq.core.interaction.InteractionData;
import ru.agentiq.core.interaction.InteractionSource;
import ru.agentiq.core.interaction.InteractionStatus;
import ru.agentiq.core.interaction.Priority;
import ru.agentiq.core.interaction.SellerId;

/**
 * Twelve realistic interactions of a small clothing-and-gadgets seller: five reviews (1 to 5 stars), four questions
 * (sizing, availability, specification, pre-purchase) and three chats (defect, size exchange, late delivery). Times
 * are relative to {@code now} so the queue always looks live; SLA deadlines follow the seed: the urgent review one
 * hour after it arrived, questions by their intent's target, the urgent chat after 30 minutes.
 */
public final class DemoData {

    /** External ids of demo items start with this prefix, so they never collide with marketplace ids. */
    public static final String EXTERNAL_ID_PREFIX = "demo_";

    static final String JEANS_NM_ID = "184523307";
    static final String JEANS_ARTICLE = "JNS-SLIM-32";

    private DemoData() {
    }

    /** The twelve demo interactions of {@code sellerId} as of {@code now}. */
    public static List<InteractionData> interactions(SellerId sellerId, Instant now) {
        return List.of(
                review(sellerId, now, 1, Duration.ofMinutes(25), "248811903", "DRS-MIDI-RED",
                        "Платье пришло с дыркой на подоле и затяжками на рукаве. Надеть такое невозможно,"
                                + " очень расстроена — покупала к празднику.",
                        null, "Дырка на подоле, затяжки", Priority.URGENT, Duration.ofHours(1),
                        "Платье миди красное"),
                review(sellerId, now, 2, Duration.ofHours(5), JEANS_NM_ID, JEANS_ARTICLE,
                        "Джинсы маломерят минимум на размер, в поясе не сошлись. Ткань тонковата.",
                        null, "Маломерят", Priority.HIGH, null, "Джинсы slim fit"),
                review(sellerId, now, 3, Duration.ofHours(26), "90114562", "TSH-BASIC-WHT",
                        "Футболка за свои деньги нормальная, но после первой стирки села и ворот растянулся.",
                        "Цена", "Села после стирки", Priority.NORMAL, null, "Футболка базовая белая"),
                answeredReview(sellerId, now),
                review(sellerId, now, 5, Duration.ofHours(2), "152003871", "SNK-RUN-42",
                        "Кроссовки отличные: лёгкие, сели идеально, в коробке ещё и запасные шнурки."
                                + " Спасибо за быструю доставку!",
                        "Лёгкие, удобные", null, Priority.LOW, null, "Кроссовки беговые"),
                question(sellerId, now, "sizing_fit", Priority.HIGH, 240, Duration.ofHours(3), JEANS_NM_ID,
                        JEANS_ARTICLE, "Подскажите, какой размер выбрать при росте 176 и весе 72 кг?"
                                + " Обычно ношу 32-й, но пишут, что модель маломерит.", "Джинсы slim fit"),
                question(sellerId, now, "availability_delivery", Priority.HIGH, 120, Duration.ofMinutes(40),
                        "248811903", "DRS-MIDI-RED",
                        "Когда будет в наличии это платье в размере 44? Хочу успеть до пятницы.",
                        "Платье миди красное"),
                question(sellerId, now, "spec_compatibility", Priority.NORMAL, 480, Duration.ofHours(1),
                        "77310458", "CASE-IP15P-BLK",
                        "Из какого материала сделан чехол и совместим ли он с беспроводной зарядкой MagSafe?",
                        "Чехол для iPhone 15 Pro"),
                question(sellerId, now, "general_question", Priority.NORMAL, 480, Duration.ofMinutes(15),
                        "152003871", "SNK-RUN-42",
                        "Можно ли оформить заказ с подарочной упаковкой? Беру в подарок мужу на день рождения.",
                        "Кроссовки беговые"),
                chat(sellerId, now, "defect_not_working", Priority.URGENT, 30, Duration.ofMinutes(12),
                        "61200347", "GRND-CF-200", "buyer-5523", "ord-778001", "Андрей",
                        "Здравствуйте! Кофемолка пришла сегодня и не включается вообще, индикатор не горит."
                                + " Что делать?", "Кофемолка электрическая", 2),
                chat(sellerId, now, "refund_exchange", Priority.NORMAL, 240, Duration.ofHours(1), JEANS_NM_ID,
                        JEANS_ARTICLE, "buyer-8810", "ord-778215", "Марина",
                        "Добрый день! Джинсы оказались малы в поясе. Можно обменять на размер больше?",
                        "Джинсы slim fit", 1),
                chat(sellerId, now, "delivery_delay", Priority.HIGH, 60, Duration.ofMinutes(35), "90114562",
                        "TSH-BASIC-WHT", "buyer-3107", "ord-777940", "Олег",
                        "Заказ должен был прийти вчера, а в отслеживании до сих пор «в пути». Когда ждать?",
                        "Футболка базовая белая", 3));
    }

    private static InteractionData review(SellerId sellerId, Instant now, int rating, Duration age, String nmId,
            String article, String text, String pros, String cons, Priority priority, Duration sla,
            String productName) {
        Instant occurredAt = now.minus(age);
        StringBuilder full = new StringBuilder(text);
        if (pros != null) {
            full.append("\nПлюсы: ").append(pros);
        }
        if (cons != null) {
            full.append("\nМинусы: ").append(cons);
        }
        ExtraData extra = ExtraData.of("is_demo", true, "advantages", pros, "disadvantages", cons,
                "user_name", "Покупатель", "product_name", productName);
        return base(sellerId, Channel.REVIEW, "review_" + rating, occurredAt)
                .rating(rating).nmId(nmId).productArticle(article)
                .subject("Отзыв " + rating + "★ · " + productName).text(full.toString())
                .priority(priority)
                .slaDueAt(sla == null ? null : occurredAt.plus(sla))
                .extraData(extra)
                .build();
    }

    private static InteractionData answeredReview(SellerId sellerId, Instant now) {
        Instant occurredAt = now.minus(Duration.ofDays(2));
        Instant answeredAt = occurredAt.plus(Duration.ofHours(3));
        ExtraData extra = ExtraData.of("is_demo", true, "advantages", "Вместительный", "disadvantages",
                "Жёсткие лямки", "user_name", "Покупатель", "product_name", "Рюкзак городской",
                "last_reply_text", DemoSeeder.ANSWERED_REVIEW_REPLY, "last_reply_source", "agentiq",
                "last_reply_at", answeredAt, "wb_sync_state", "confirmed");
        return base(sellerId, Channel.REVIEW, "review_4", occurredAt)
                .rating(4).nmId("33901275").productArticle("BPK-CITY-GRY")
                .subject("Отзыв 4★ · Рюкзак городской")
                .text("Рюкзак вместительный, ноутбук 15\" входит свободно.\nПлюсы: Вместительный\n"
                        + "Минусы: Жёсткие лямки")
                .status(InteractionStatus.RESPONDED).needsResponse(false).priority(Priority.LOW)
                .extraData(extra)
                .build();
    }

    private static InteractionData question(SellerId sellerId, Instant now, String intent, Priority priority,
            int slaMinutes, Duration age, String nmId, String article, String text, String productName) {
        Instant occurredAt = now.minus(age);
        Instant due = occurredAt.plus(Duration.ofMinutes(slaMinutes));
        ExtraData extra = ExtraData.of("is_demo", true, "question_intent", intent,
                "intent_detection_method", "rule_based", "priority_reason", intent,
                "sla_target_minutes", slaMinutes, "sla_due_at", due, "product_name", productName);
        return base(sellerId, Channel.QUESTION, "question_" + intent, occurredAt)
                .nmId(nmId).productArticle(article)
                .subject("Вопрос по товару · " + productName).text(text)
                .priority(priority).slaDueAt(due)
                .extraData(extra)
                .build();
    }

    private static InteractionData chat(SellerId sellerId, Instant now, String intent, Priority priority,
            int slaMinutes, Duration age, String nmId, String article, String customerId, String orderId,
            String customerName, String text, String productName, int unread) {
        Instant occurredAt = now.minus(age);
        ExtraData extra = ExtraData.of("is_demo", true, "chat_id", "chat-" + orderId, "chat_status", "waiting",
                "unread_count", unread, "sla_priority", priority.wire(), "customer_name", customerName,
                "product_name", productName, "chat_intent", intent);
        return base(sellerId, Channel.CHAT, "chat_" + intent, occurredAt)
                .customerId(customerId).orderId(orderId).nmId(nmId).productArticle(article)
                .subject("Чат с покупателем · " + customerName + " · " + productName).text(text)
                .priority(priority).slaDueAt(occurredAt.plus(Duration.ofMinutes(slaMinutes)))
                .extraData(extra)
                .build();
    }

    private static InteractionData.Builder base(SellerId sellerId, Channel channel, String id, Instant occurredAt) {
        return InteractionData.builder(sellerId, channel, EXTERNAL_ID_PREFIX + id)
                .source(InteractionSource.DEMO)
                .occurredAt(occurredAt);
    }
}
