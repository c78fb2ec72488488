package ru.agentiq.core.draft;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import ru.agentiq.core.interaction.Channel;
import ru.agentiq.core.interaction.InteractionData;

/**
 * Turns an interaction and its {@link Grounding} into the system and user prompts (seed §f: one system prompt per
 * channel plus a tone line; the buyer's text with its rating; context blocks appended). The model is asked for a JSON
 * object with the seed's fields. Stateless and thread-safe.
 */
public final class PromptBuilder {

    static final String JSON_CONTRACT = "Ответь строго одним JSON-объектом с полями: intent (строка), sentiment"
            + " (positive|neutral|negative), urgency (low|normal|high|critical), categories (массив строк),"
            + " recommendation (готовый текст ответа покупателю на русском), recommendation_reason (почему так),"
            + " needs_escalation (true|false), escalation_reason (строка или null).";

    private static final DateTimeFormatter CHAT_TIME = DateTimeFormatter.ofPattern("dd.MM HH:mm")
            .withZone(ZoneId.of("Europe/Moscow"));

    private static final PromptBuilder INSTANCE = new PromptBuilder();

    private PromptBuilder() {
    }

    public static PromptBuilder instance() {
        return INSTANCE;
    }

    public String systemPrompt(Channel channel, Grounding g) {
        String role = switch (channel) {
            case REVIEW -> "Ты помогаешь продавцу на Wildberries отвечать на отзывы покупателей.";
            case QUESTION -> "Ты помогаешь продавцу на Wildberries отвечать на вопросы покупателей о товаре.";
            case CHAT -> "Ты помогаешь продавцу на Wildberries вести переписку с покупателем в чате.";
        };
        return role + "\n" + g.tone().instruction() + "\n" + g.channelRules() + "\n" + JSON_CONTRACT;
    }

    public String userPrompt(InteractionData d, Grounding g) {
        StringBuilder sb = new StringBuilder();
        String kind = switch (d.channel()) {
            case REVIEW -> "Отзыв";
            case QUESTION -> "Вопрос";
            case CHAT -> "Сообщение в чате";
        };
        sb.append("Товар: ").append(d.subject() == null ? "Товар" : d.subject()).append('\n');
        d.extraData().getString("user_name").or(() -> d.extraData().getString("customer_name"))
                .ifPresent(name -> sb.append("Покупатель: ").append(name).append('\n'));
        sb.append(kind).append(": ");
        if (d.rating() != null) {
            sb.append('[').append("*".repeat(d.rating())).append(" (").append(d.rating()).append("/5)] ");
        }
        sb.append(d.text() == null ? "(без текста)" : d.text()).append('\n');
        if (g.ratingInstruction() != null) {
            sb.append("\nКак отвечать: ").append(g.ratingInstruction()).append('\n');
        }
        if (g.productContext() != null) {
            sb.append("\nО товаре: ").append(g.productContext()).append('\n');
        }
        if (!g.frequentIntents().isEmpty()) {
            sb.append("\nЧастые темы обращений по товару: ").append(GroundingBuilder.intentsLine(g.frequentIntents()))
                    .append('\n');
        }
        if (!g.pastReplies().isEmpty()) {
            sb.append("\nКак продавец уже отвечал на похожие обращения (не противоречь им и не повторяй дословно):\n");
            for (String reply : g.pastReplies()) {
                sb.append("- ").append(reply).append('\n');
            }
        }
        if (!g.chatHistory().isEmpty()) {
            sb.append("\nИстория чата:\n");
            for (ChatLine line : g.chatHistory()) {
                if (line.sentAt() != null) {
                    sb.append('[').append(CHAT_TIME.format(line.sentAt())).append("] ");
                }
                String author = line.author() != null ? line.author() : line.fromBuyer() ? "Покупатель" : "Продавец";
                sb.append(author).append(": ").append(line.text()).append('\n');
            }
        }
        if (g.customerContext() != null) {
            sb.append("\nО покупателе: ").append(g.customerContext()).append('\n');
        }
        return sb.toString().strip();
    }
}
