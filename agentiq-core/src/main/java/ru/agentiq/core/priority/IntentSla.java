package ru.agentiq.core.priority;

import ru.agentiq.core.interaction.Priority;
import ru.agentiq.core.internal.Checks;

/**
 * Priority and answer deadline for one intent.
 *
 * @param priority   queue priority
 * @param slaMinutes minutes to answer, 1..10080 (7 days)
 */
public record IntentSla(Priority priority, int slaMinutes) {

    public static final int MIN_SLA_MINUTES = 1;
    public static final int MAX_SLA_MINUTES = 10_080;

    public IntentSla {
        Checks.required(priority, "priority");
        Checks.inRange(slaMinutes, MIN_SLA_MINUTES, MAX_SLA_MINUTES, "slaMinutes");
    }
}
