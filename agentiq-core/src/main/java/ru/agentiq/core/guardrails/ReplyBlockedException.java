package ru.agentiq.core.guardrails;

import ru.agentiq.core.AgentIqException;

/** A reply was refused before sending because it broke an error-severity guardrail (HTTP adapters answer 422). */
public class ReplyBlockedException extends AgentIqException {
    private static final long serialVersionUID = 1L;

    private final transient ReplyVerdict verdict;

    public ReplyBlockedException(ReplyVerdict verdict) {
        super("Reply blocked by guardrails: " + verdict.summary());
        this.verdict = verdict;
    }

    /** The verdict with every violation and warning. */
    public ReplyVerdict verdict() {
        return verdict;
    }
}
