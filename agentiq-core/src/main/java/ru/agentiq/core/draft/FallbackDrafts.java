package ru.agentiq.core.draft;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import ru.agentiq.core.interaction.Channel;

/**
 * Drafts written without the model, in the seed's order (§f): first the keyword analysis' recommendation for the
 * detected intent, then a channel template that takes the rating into account. All texts are ours, in Russian, and
 * pass the public-channel guardrails (no promises, no blame, no unsolicited return talk). Stateless and thread-safe.
 */
public final class FallbackDrafts {

    /** Recommendations per chat/AI intent (seed §b.3 taxonomy). */
    static final Map<String, String> BY_INTENT = Map.ofEntries(
            Map.entry("defect_not_working", "Нам очень жаль, что товар работает не так, как должен. Пришлите,"
                    + " пожалуйста, фото или видео проблемы — мы разберёмся и подскажем, как лучше поступить."),
            Map.entry("wrong_item", "Приносим извинения за путаницу. Пришлите, пожалуйста, фото полученного товара"
                    + " и этикетки — мы проверим, что произошло, и подскажем дальнейшие шаги."),
            Map.entry("delivery_status", "Статус заказа виден в личном кабинете WB в разделе «Доставки». Со своей"
                    + " стороны мы проверим отгрузку и напишем, если что-то пойдёт не так."),
            Map.entry("delivery_delay", "Понимаем, как неприятно ждать. Со своей стороны товар передан в доставку;"
                    + " актуальный срок отображается в личном кабинете WB."),
            Map.entry("refund_exchange", "Оформить возврат можно в личном кабинете WB в разделе «Покупки»: выберите"
                    + " товар и нажмите «Вернуть». Если понадобится помощь — напишите нам."),
            Map.entry("cancel_request", "Отменить заказ можно в личном кабинете WB, пока он не передан в доставку."
                    + " Если кнопки отмены уже нет, откажитесь от товара при получении."),
            Map.entry("thanks", "Спасибо за тёплые слова! Рады, что смогли помочь."),
            Map.entry("sizing_fit", "Подскажите, пожалуйста, ваш рост, вес и привычный размер — мы поможем"
                    + " подобрать подходящий вариант по размерной сетке."),
            Map.entry("availability", "Актуальное наличие и сроки доставки показаны на странице товара. Если нужного"
                    + " варианта сейчас нет, добавьте его в «Лист ожидания» — WB сообщит о поступлении."),
            Map.entry("compatibility", "Уточните, пожалуйста, модель или параметры, с которыми планируете"
                    + " использовать товар, — проверим совместимость по характеристикам."),
            Map.entry("pre_purchase", "Спасибо за интерес к товару! Расскажите, для каких задач он нужен, — поможем"
                    + " с выбором."),
            Map.entry("usage_howto", "Подробная инструкция есть в описании товара. Напишите, на каком шаге возникла"
                    + " сложность, — подскажем."),
            Map.entry("quality_complaint", "Спасибо, что рассказали об этом. Нам важно качество каждого товара —"
                    + " пришлите, пожалуйста, фото, чтобы мы могли разобраться."),
            Map.entry("product_spec", "Характеристики товара указаны в карточке. Если какого-то параметра не хватает,"
                    + " напишите — уточним."));

    static final String REVIEW_NEGATIVE = "Спасибо за отзыв. Нам жаль, что товар не оправдал ожиданий. Мы передали"
            + " ваши замечания команде, чтобы разобраться и стать лучше.";
    static final String REVIEW_POSITIVE = "Спасибо за отзыв и высокую оценку! Рады, что покупка понравилась.";
    static final String QUESTION_SIZING = "Подскажите, пожалуйста, ваш рост и вес — поможем выбрать размер по"
            + " размерной сетке товара.";
    static final String QUESTION_GENERIC = "Спасибо за вопрос! Уточняем информацию и скоро ответим.";
    static final String CHAT_GENERIC = "Спасибо за обращение! Мы изучаем ваш вопрос и скоро вернёмся с ответом.";

    private static final Pattern SIZING_WORDS = Pattern.compile(
            "(?<![\\p{L}])(?:размер|рост|вес)(?:[а-яё]{0,3})(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final FallbackDrafts INSTANCE = new FallbackDrafts();

    private FallbackDrafts() {
    }

    public static FallbackDrafts instance() {
        return INSTANCE;
    }

    private static boolean mentionsSizing(String text) {
        if (text == null) {
            return false;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        return (lower.contains("размер") || lower.contains("рост") || lower.contains("вес"))
                && SIZING_WORDS.matcher(text).find();
    }

    /** The keyword analysis' recommendation for {@code intent} on {@code channel}, or null. */
    public String forIntent(String intent, Channel channel, Integer rating) {
        if (intent == null) {
            return null;
        }
        String key = intent.toLowerCase(Locale.ROOT);
        // a review is answered on its rating; a chat-style "thanks" template on a 2-star review would read as mockery
        if (channel == Channel.REVIEW && "thanks".equals(key) && rating != null && rating <= 3) {
            return null;
        }
        return BY_INTENT.get(key);
    }

    /** The channel template (seed §f final fallback). */
    public String template(Channel channel, Integer rating, String buyerText) {
        return switch (channel) {
            case REVIEW -> rating != null && rating <= 3 ? REVIEW_NEGATIVE : REVIEW_POSITIVE;
            case QUESTION -> mentionsSizing(buyerText) ? QUESTION_SIZING : QUESTION_GENERIC;
            case CHAT -> CHAT_GENERIC;
        };
    }
}
