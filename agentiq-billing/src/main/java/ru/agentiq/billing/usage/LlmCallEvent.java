package ru.agentiq.billing.usage;

import ru.agentiq.billing.internal.Args;

/**
 * A stored {@link LlmCall}. Append-only: never changed or deleted.
 *
 * @param id   store-assigned, positive
 * @param call what the call consumed and cost
 */
public record LlmCallEvent(long id, LlmCall call) {
    public LlmCallEvent {
        Args.positive(id, "id");
        Args.required(call, "call");
    }
}
