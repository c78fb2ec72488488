package ru.agentiq.core.draft;

/**
 * What rules (no model) read from an interaction: its intent and whether it needs a senior person.
 *
 * @param intent           intent label; null when unknown
 * @param needsEscalation  medical, legal or counterfeit words found
 * @param escalationReason which; nullable
 */
public record KeywordAnalysis(String intent, boolean needsEscalation, String escalationReason) {

    public static final KeywordAnalysis NONE = new KeywordAnalysis(null, false, null);
}
