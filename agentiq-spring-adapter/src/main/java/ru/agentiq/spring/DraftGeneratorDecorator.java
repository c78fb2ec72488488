package ru.agentiq.spring;

import ru.agentiq.core.draft.DraftGenerator;

/**
 * Code-level wrapping of the generator behind drafts. The auto-configured {@code DraftService} starts from the model
 * (the {@link DraftGenerator} bean: the OpenAI-compatible adapter, an application's own, or none), puts core's
 * fallback layer around it, then applies every decorator bean in {@link org.springframework.core.annotation.Order}
 * — each wraps the result of the previous. agentiq-billing contributes one that meters each model call against the
 * seller's wallet (so a failed call that fell back is metered too).
 */
@FunctionalInterface
public interface DraftGeneratorDecorator {

    DraftGenerator decorate(DraftGenerator generator);
}
