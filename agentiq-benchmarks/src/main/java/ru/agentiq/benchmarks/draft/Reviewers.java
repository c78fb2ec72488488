package ru.agentiq.benchmarks.draft;

import ru.agentiq.core.draft.DraftReviewer;

/** The draft-stage guardrail review the benchmark measures. */
final class Reviewers {

    private Reviewers() {
    }

    static DraftReviewer draftStage() {
        return DraftReviewer.none();
    }
}
