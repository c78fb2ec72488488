package ru.agentiq.spring;

import ru.agentiq.core.draft.DraftGenerator;
import ru.agentiq.core.draft.DraftRequest;
import ru.agentiq.core.draft.DraftResult;
import ru.agentiq.core.draft.LlmDisabledException;

/**
 * The model when none is configured: every request is refused before any call, so drafts come from the keyword
 * fallback and templates (labelled {@code fallback}, nothing metered).
 */
final class NoModelDraftGenerator implements DraftGenerator {

    @Override
    public DraftResult generate(DraftRequest request) {
        throw new LlmDisabledException("no model is configured (set agentiq.llm.base-url or define a DraftGenerator)");
    }
}
