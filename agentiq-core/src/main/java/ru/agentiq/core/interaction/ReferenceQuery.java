package ru.agentiq.core.interaction;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import ru.agentiq.core.ValidationException;
import ru.agentiq.core.internal.Checks;

/**
 * A lookup of a seller's interactions that share one reference — an order id, a customer id, an nmID or an article —
 * for thread timelines, buyer profiles and link candidates. See {@link InteractionRepository#findByReference}.
 *
 * <p>Order of the result: with an {@code around} instant, nearest first by {@code |occurredAt − around|} (unknown
 * occurrence times last); without one, newest {@code occurredAt} first (unknown last). Ties: higher id first. With a
 * {@code within} window (which needs {@code around}), only interactions with a known {@code occurredAt} at most that
 * far from {@code around}, both ends inclusive.
 *
 * @param sellerId    tenant
 * @param marketplace marketplace
 * @param kind        which reference
 * @param value       its value, exactly as stored
 * @param around      the instant to sort around; nullable
 * @param within      keep only interactions this close to {@code around}; nullable; needs {@code around}
 * @param limit       at most this many, 1..{@value #MAX_LIMIT}
 */
public record ReferenceQuery(SellerId sellerId, Marketplace marketplace, ReferenceKind kind, String value,
        Instant around, Duration within, int limit) {

    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 100_000;

    public ReferenceQuery {
        Checks.required(sellerId, "sellerId");
        Checks.required(marketplace, "marketplace");
        Checks.required(kind, "kind");
        value = Checks.requiredText(value, "value", InteractionData.MAX_REFERENCE_LENGTH);
        if (within != null) {
            if (around == null) {
                throw new ValidationException("within needs around: a window is measured from an instant");
            }
            if (within.isNegative()) {
                throw new ValidationException("within must not be negative, was " + within);
            }
        }
        Checks.inRange(limit, 1, MAX_LIMIT, "limit");
    }

    /** Interactions of {@code sellerId} on {@code marketplace} whose {@code kind} is {@code value}, newest first. */
    public static ReferenceQuery of(SellerId sellerId, Marketplace marketplace, ReferenceKind kind, String value) {
        return new ReferenceQuery(sellerId, marketplace, kind, value, null, null, DEFAULT_LIMIT);
    }

    /** This query sorted by distance from {@code instant}. */
    public ReferenceQuery around(Instant instant) {
        return new ReferenceQuery(sellerId, marketplace, kind, value, Checks.required(instant, "around"), within, limit);
    }

    /** This query restricted to {@code ±window} around {@code instant}. */
    public ReferenceQuery within(Instant instant, Duration window) {
        return new ReferenceQuery(sellerId, marketplace, kind, value, Checks.required(instant, "around"),
                Checks.required(window, "within"), limit);
    }

    public ReferenceQuery limit(int max) {
        return new ReferenceQuery(sellerId, marketplace, kind, value, around, within, max);
    }

    /** Whether {@code interaction} is one this query asks for (ignoring the limit). */
    public boolean matches(Interaction interaction) {
        InteractionData d = interaction.data();
        if (!d.sellerId().equals(sellerId) || d.marketplace() != marketplace || !value.equals(kind.of(d))) {
            return false;
        }
        if (within == null) {
            return true;
        }
        Instant at = d.occurredAt();
        return at != null && Duration.between(at, around).abs().compareTo(within) <= 0;
    }

    /** The result order this query specifies. */
    public Comparator<Interaction> order() {
        Comparator<Interaction> primary;
        if (around != null) {
            primary = Comparator.comparing((Interaction i) -> i.data().occurredAt() == null
                    ? null : Duration.between(i.data().occurredAt(), around).abs(),
                    Comparator.nullsLast(Comparator.naturalOrder()));
        } else {
            primary = Comparator.comparing((Interaction i) -> i.data().occurredAt(),
                    Comparator.nullsLast(Comparator.reverseOrder()));
        }
        return primary.thenComparing(Comparator.comparingLong((Interaction i) -> i.id().value()).reversed());
    }
}
