package ru.agentiq.billing.usage;

import java.util.List;
import ru.agentiq.billing.internal.Args;

/**
 * One page of an account's usage events, newest first.
 *
 * @param events the events of the page
 * @param total  the account's events, all pages together
 */
public record UsagePage(List<LlmCallEvent> events, long total) {
    public UsagePage {
        events = List.copyOf(Args.required(events, "events"));
    }
}
