package ru.agentiq.core.draft;

import ru.agentiq.core.internal.Checks;

/**
 * Wraps a model-backed generator so that a failed or disabled model still yields a draft: the request's
 * {@link DraftRequest#fallbackText() fallback text}, labelled {@link DraftSource#FALLBACK}, with the failed call's usage
 * marked {@code used_fallback} (or no usage when no call was made). Put metering outside this decorator, so failed
 * calls are metered too. Thread-safe when the delegate is.
 */
public final class FallingBackDraftGenerator implements DraftGenerator {

    private final DraftGenerator delegate;

    public FallingBackDraftGenerator(DraftGenerator delegate) {
        this.delegate = Checks.required(delegate, "delegate");
    }

    /**
     * @throws LlmCallException     when the model failed and the request has no fallback text
     * @throws LlmDisabledException when the model is off and the request has no fallback text
     */
    @Override
    public DraftResult generate(DraftRequest request) {
        try {
            return delegate.generate(request);
        } catch (LlmCallException e) {
            if (request.fallbackText() == null) {
                throw e;
            }
            LlmUsage failed = e.usage();
            LlmUsage marked = new LlmUsage(failed.provider(), failed.modelAlias(), failed.providerModel(),
                    failed.inputTokensFresh(), failed.inputTokensCached(), failed.outputTokens(), failed.latency(),
                    failed.status(), failed.providerRequestId(), true);
            return new DraftResult(request.fallbackText(), DraftSource.FALLBACK, marked, null);
        } catch (LlmDisabledException e) {
            if (request.fallbackText() == null) {
                throw e;
            }
            return new DraftResult(request.fallbackText(), DraftSource.FALLBACK, null, null);
        }
    }
}
