package ru.agentiq.benchmarks.draft;

import ru.agentiq.core.draft.DraftReviewer;
import ru.agentiq.core.draft.GuardrailReviewers;
import ru.agentiq.core.guardrails.Guardrails;

/** The draft-stage guardrail review the benchmark measures: the seed's default guardrails. */
final class Reviewers {

    private Reviewers() {
    }

    static DraftReviewer draftStage() {
        return GuardrailReviewers.of(Guardrails.defaults());
    }
}
