package ru.agentiq.core.reply;

import java.util.List;

/**
 * The result of checking a reply before it is sent.
 *
 * @param violations error-severity findings: the reply must not be sent
 * @param warnings   findings that do not block
 */
public record GuardVerdict(List<GuardFinding> violations, List<GuardFinding> warnings) {

    public static final GuardVerdict CLEAN = new GuardVerdict(List.of(), List.of());

    public GuardVerdict {
        violations = List.copyOf(violations);
        warnings = List.copyOf(warnings);
    }

    public boolean blocked() {
        return !violations.isEmpty();
    }
}
