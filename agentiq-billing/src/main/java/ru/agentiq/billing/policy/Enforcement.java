package ru.agentiq.billing.policy;

import ru.agentiq.billing.internal.Args;

/**
 * The effective enforcement switch.
 *
 * @param enabled {@code true} when a depleted wallet refuses metered calls
 * @param source  whether it is the configured value or a runtime override
 */
public record Enforcement(boolean enabled, EnforcementSource source) {
    public Enforcement {
        Args.required(source, "source");
    }
}
