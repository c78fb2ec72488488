package ru.agentiq.core.customer;

import java.time.Instant;
import ru.agentiq.core.interaction.InteractionId;
import ru.agentiq.core.internal.Checks;

/**
 * One of a buyer's recent review ratings.
 *
 * @param interactionId the review
 * @param at            when it was written (occurrence time, else storage time)
 * @param rating        1..5 stars
 */
public record RecentRating(InteractionId interactionId, Instant at, int rating) {

    public RecentRating {
        Checks.required(interactionId, "interactionId");
        Checks.required(at, "at");
        Checks.inRange(rating, 1, 5, "rating");
    }
}
