package ru.agentiq.core.priority;

import java.util.Optional;

/**
 * Port: an LLM that labels a question the keyword rules could not place. Asked only for an unanswered question the
 * rules call {@code general_question}, and only when the seller's {@link PriorityConfig} enables it.
 *
 * <p>AgentIQ bounds the wait ({@link PriorityConfig#intentFallbackTimeout()}, 5 s by default) and keeps the rule
 * result on a timeout, an exception, an empty answer or a label that is not one of the six question intents, so an
 * implementation may simply block on its HTTP call and throw on errors. It is interrupted when the wait is over.
 */
@FunctionalInterface
public interface IntentFallback {

    /**
     * The model's raw answer for {@code questionText}: ideally one of {@code sizing_fit, availability_delivery,
     * spec_compatibility, compliance_safety, post_purchase_issue, general_question} (case, dots and quotes are
     * forgiven); empty when the model is not configured.
     */
    Optional<String> suggestQuestionIntent(String questionText);
}
