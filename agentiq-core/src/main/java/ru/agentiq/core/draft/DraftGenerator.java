package ru.agentiq.core.draft;

/**
 * Port: produces a reply draft for a prepared prompt — usually by calling a language model, possibly by falling back
 * to a template when the model fails.
 *
 * <p>Contract for implementations:
 * <ul>
 *   <li>Thread-safe; one instance serves every seller.</li>
 *   <li>A model call that happened is always reported in {@link DraftResult#usage()}, including a failed one that was
 *       replaced by a fallback ({@link LlmUsage#usedFallback()} {@code true}), so it can be metered and observed.</li>
 *   <li>Throwing is reserved for failures with no draft at all; a fallback draft is a normal result.</li>
 * </ul>
 */
@FunctionalInterface
public interface DraftGenerator {

    /**
     * Generates one draft.
     *
     * @throws ru.agentiq.core.AgentIqException (or a subclass) when no draft could be produced
     */
    DraftResult generate(DraftRequest request);
}
