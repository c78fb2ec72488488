package ru.agentiq.core.sync;

import ru.agentiq.core.interaction.InteractionData;
import ru.agentiq.core.internal.Checks;

/**
 * One raw item a feed returned: either the normalised {@link InteractionData} or the reason it could not be
 * normalised (it is then counted as skipped, never dropped silently).
 *
 * @param data       the normalised item; null when rejected
 * @param externalId the item's marketplace id when known (always set when {@code data} is)
 * @param rejection  why the item was rejected; null when accepted
 */
public record FeedItem(InteractionData data, String externalId, String rejection) {

    public FeedItem {
        if ((data == null) == (rejection == null)) {
            throw new IllegalArgumentException("a feed item has either data or a rejection reason");
        }
        if (data != null) {
            externalId = data.externalId();
        }
    }

    public static FeedItem of(InteractionData data) {
        return new FeedItem(Checks.required(data, "data"), null, null);
    }

    public static FeedItem rejected(String externalId, String reason) {
        return new FeedItem(null, externalId, Checks.requiredText(reason, "reason", 1_000));
    }

    public boolean accepted() {
        return data != null;
    }
}
