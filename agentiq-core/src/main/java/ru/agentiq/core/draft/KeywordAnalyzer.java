package ru.agentiq.core.draft;

import ru.agentiq.core.interaction.InteractionData;

/**
 * Port: the rule-based analysis used when the model is off or fails (seed §b.5). The priority module's keyword tables
 * implement it; {@link #recorded()} reads what prioritisation already stored at ingest.
 */
@FunctionalInterface
public interface KeywordAnalyzer {

    KeywordAnalysis analyze(InteractionData data);

    /**
     * The intent and escalation prioritisation recorded in extra data at ingest; reviews without one get
     * {@code thanks} at 4–5 stars and {@code quality_complaint} at 1–2.
     */
    static KeywordAnalyzer recorded() {
        return data -> {
            String intent = Intents.of(data.extraData());
            if (intent == null && data.rating() != null) {
                intent = data.rating() >= 4 ? "thanks" : data.rating() <= 2 ? "quality_complaint" : null;
            }
            boolean escalate = data.extraData().getBoolean("needs_escalation").orElse(false);
            return new KeywordAnalysis(intent, escalate,
                    escalate ? data.extraData().getString("escalation_reason").orElse("escalation") : null);
        };
    }
}
