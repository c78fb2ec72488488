package ru.agentiq.core.draft;

import java.time.Clock;
import ru.agentiq.core.internal.Checks;
import ru.agentiq.core.priority.InteractionPrioritizer;
import ru.agentiq.core.priority.PriorityAssessment;

/**
 * The priority module's keyword tables (question intents §b.2, chat intents and escalation words §b.5, matched on
 * whole words with inflections) as the drafts' rule-based analysis. Reviews, which have no intent table, keep the
 * rating-based intent of {@link KeywordAnalyzer#recorded()}.
 */
public final class PrioritizerKeywords {

    private PrioritizerKeywords() {
    }

    public static KeywordAnalyzer of(InteractionPrioritizer prioritizer, Clock clock) {
        Checks.required(prioritizer, "prioritizer");
        Checks.required(clock, "clock");
        KeywordAnalyzer recorded = KeywordAnalyzer.recorded();
        return data -> {
            PriorityAssessment a = prioritizer.assess(data, clock.instant());
            String intent = a.intent() != null ? a.intent() : recorded.analyze(data).intent();
            return new KeywordAnalysis(intent, a.needsEscalation(), a.escalationReason());
        };
    }
}
