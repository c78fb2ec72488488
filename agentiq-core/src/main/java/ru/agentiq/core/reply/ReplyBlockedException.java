package ru.agentiq.core.reply;

import java.util.List;
import java.util.stream.Collectors;
import ru.agentiq.core.ValidationException;

/** The guardrails refused a reply; nothing was sent. */
public class ReplyBlockedException extends ValidationException {
    private static final long serialVersionUID = 1L;

    private final transient GuardVerdict verdict;

    public ReplyBlockedException(GuardVerdict verdict) {
        super("Reply blocked by guardrails: " + verdict.violations().stream()
                .map(GuardFinding::message).collect(Collectors.joining("; ")));
        this.verdict = verdict;
    }

    /** The error-severity findings that blocked the reply. */
    public List<GuardFinding> violations() {
        return verdict.violations();
    }

    public List<GuardFinding> warnings() {
        return verdict.warnings();
    }
}
