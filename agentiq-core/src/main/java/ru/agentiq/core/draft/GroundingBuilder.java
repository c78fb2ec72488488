package ru.agentiq.core.draft;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ru.agentiq.core.interaction.Channel;
import ru.agentiq.core.interaction.Interaction;
import ru.agentiq.core.interaction.InteractionData;
import ru.agentiq.core.internal.Checks;

/**
 * Gathers a draft's {@link Grounding}. Every source is failure-tolerant (seed §f): a catalog, profile or chat source
 * that throws contributes nothing and the draft goes on. Thread-safe when the sources are.
 */
public final class GroundingBuilder {

    private static final Logger LOG = LoggerFactory.getLogger(GroundingBuilder.class);

    static final String PUBLIC_RULES = "Ответ публичный: его прочитают все покупатели товара. Не упоминай ИИ, ботов и"
            + " нейросети; не обещай возврат денег, замену, компенсацию или сроки доставки; не обвиняй покупателя;"
            + " не отправляй в поддержку; не предлагай возврат, если покупатель сам о нём не просил; не пиши"
            + " контакты, ссылки и названия других площадок; не длиннее 500 символов.";
    static final String CHAT_RULES = "Это личный чат с покупателем. Не упоминай ИИ и ботов; не обещай того, что"
            + " решает Wildberries (возврат денег, сроки доставки, отмену); не обвиняй покупателя; не длиннее"
            + " 1000 символов.";

    private final ProductCatalog catalog;
    private final ProductMemory memory;
    private final CustomerContextSource customers;
    private final ChatHistorySource chats;
    private final DraftConfig config;

    public GroundingBuilder(ProductCatalog catalog, ProductMemory memory, CustomerContextSource customers,
            ChatHistorySource chats, DraftConfig config) {
        this.catalog = Checks.required(catalog, "catalog");
        this.memory = Checks.required(memory, "memory");
        this.customers = Checks.required(customers, "customers");
        this.chats = Checks.required(chats, "chats");
        this.config = Checks.required(config, "config");
    }

    /** The grounding of a draft for {@code interaction} whose intent is {@code intent} (nullable). */
    public Grounding build(Interaction interaction, String intent, Tone tone) {
        InteractionData d = interaction.data();
        List<GroundingItem> items = new ArrayList<>();

        String product = null;
        if (d.nmId() != null) {
            Optional<ProductCard> card = attempt(() -> catalog.find(d.nmId()), "product card", Optional.empty());
            if (card.isPresent()) {
                product = card.get().context();
                if (!product.isBlank()) {
                    items.add(new GroundingItem(GroundingItem.Kind.PRODUCT_CARD, "card of nmId " + d.nmId()));
                } else {
                    product = null;
                }
            }
        }
        ProductMemory.Recall recall = ProductMemory.Recall.EMPTY;
        if (config.pastReplies() > 0 || config.frequentIntents() > 0) {
            recall = attempt(() -> memory.recall(d.sellerId(), d.nmId(), intent, interaction.id(),
                    config.pastReplies(), config.frequentIntents()), "response history", ProductMemory.Recall.EMPTY);
        }
        if (!recall.pastReplies().isEmpty()) {
            items.add(new GroundingItem(GroundingItem.Kind.RESPONSE_HISTORY, recall.pastReplies().size()
                    + " earlier repl(ies) on nmId " + d.nmId() + (intent == null ? "" : " for " + intent)));
        }
        if (!recall.frequentIntents().isEmpty()) {
            items.add(new GroundingItem(GroundingItem.Kind.FREQUENT_INTENTS, recall.frequentIntents().entrySet()
                    .stream().map(e -> e.getKey() + "×" + e.getValue()).collect(Collectors.joining(", "))));
        }
        String customer = null;
        if (d.customerId() != null) {
            customer = attempt(() -> customers.context(interaction), "customer profile",
                    Optional.<String>empty()).filter(s -> !s.isBlank()).orElse(null);
            if (customer != null) {
                items.add(new GroundingItem(GroundingItem.Kind.CUSTOMER_PROFILE, "profile of customer "
                        + d.customerId()));
            }
        }
        String rating = ratingInstruction(d.channel(), d.rating());
        if (rating != null) {
            items.add(new GroundingItem(GroundingItem.Kind.RATING_INSTRUCTION,
                    d.rating() == null ? d.channel().wire() : d.rating() + "-star review"));
        }
        items.add(new GroundingItem(GroundingItem.Kind.TONE, tone.wire()));
        String rules = d.channel().isPublic() ? PUBLIC_RULES : CHAT_RULES;
        items.add(new GroundingItem(GroundingItem.Kind.CHANNEL_RULES, d.channel().isPublic() ? "public channel"
                : "private chat"));
        List<ChatLine> history = List.of();
        if (d.channel() == Channel.CHAT && config.chatMessages() > 0) {
            history = attempt(() -> chats.lastMessages(interaction, config.chatMessages()), "chat history",
                    List.<ChatLine>of()).stream().filter(l -> !l.text().isEmpty()).toList();
            if (history.size() > config.chatMessages()) {
                history = history.subList(history.size() - config.chatMessages(), history.size());
            }
            if (!history.isEmpty()) {
                items.add(new GroundingItem(GroundingItem.Kind.CHAT_HISTORY, history.size() + " message(s)"));
            }
        }
        return new Grounding(product, recall.pastReplies(), recall.frequentIntents(), customer, rating, tone, rules,
                history, items);
    }

    /** How to treat the item (seed §f.4); null for chats and unrated items. */
    static String ratingInstruction(Channel channel, Integer rating) {
        if (channel == Channel.QUESTION) {
            return "Это вопрос до покупки: ответь конкретно и по существу, опираясь на характеристики товара;"
                    + " ответ увидят другие покупатели.";
        }
        if (channel != Channel.REVIEW || rating == null) {
            return null;
        }
        if (rating <= 2) {
            return "Негативный отзыв: прояви сочувствие, признай неудобство, никогда не обвиняй покупателя; если"
                    + " проблема очевидна, подскажи, как оформить возврат через личный кабинет WB.";
        }
        if (rating == 3) {
            return "Нейтральный отзыв: поблагодари, спокойно ответь на замечания и покажи, что они услышаны.";
        }
        return "Положительный отзыв: коротко и искренне поблагодари.";
    }

    private static <T> T attempt(java.util.function.Supplier<T> source, String what, T empty) {
        try {
            T value = source.get();
            return value == null ? empty : value;
        } catch (RuntimeException e) {
            LOG.debug("grounding source failed: {} ({})", what, e.getClass().getSimpleName());
            return empty;
        }
    }

    static String intentsLine(Map<String, Integer> intents) {
        return intents.entrySet().stream().map(e -> e.getKey() + " (" + e.getValue() + ")")
                .collect(Collectors.joining(", "));
    }
}
