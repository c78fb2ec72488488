package ru.agentiq.core.sync;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import ru.agentiq.core.interaction.Channel;
import ru.agentiq.core.interaction.SellerId;
import ru.agentiq.core.internal.Checks;

/**
 * A seller's synchronisation status, as operators and readiness checks see it.
 *
 * @param sellerId      tenant
 * @param state         idle, syncing, ok or error
 * @param lastError     one line about the last failure; null after a fully successful run
 * @param lastSuccessAt when a run last finished with every channel successful; nullable
 * @param startedAt     when the current or last run started; nullable when never run
 * @param updatedAt     when this status last changed
 * @param cooldowns     per channel, the instant before which the source must not be asked again (WB 429)
 */
public record SellerSyncStatus(
        SellerId sellerId,
        SyncState state,
        String lastError,
        Instant lastSuccessAt,
        Instant startedAt,
        Instant updatedAt,
        Map<Channel, Instant> cooldowns) {

    /** Longest last-error text kept (the seed kept 500 characters). */
    public static final int MAX_ERROR_LENGTH = 500;

    public SellerSyncStatus {
        Checks.required(sellerId, "sellerId");
        Checks.required(state, "state");
        Checks.required(updatedAt, "updatedAt");
        if (lastError != null && lastError.length() > MAX_ERROR_LENGTH) {
            lastError = lastError.substring(0, MAX_ERROR_LENGTH - 1) + "…";
        }
        cooldowns = Map.copyOf(cooldowns == null ? Map.of() : cooldowns);
    }

    /** The status of a seller that was never synchronised. */
    public static SellerSyncStatus idle(SellerId sellerId, Instant now) {
        return new SellerSyncStatus(sellerId, SyncState.IDLE, null, null, null, now, Map.of());
    }

    /** The cooldown of {@code channel} if it is still running at {@code now}. */
    public Optional<Instant> cooldownAt(Channel channel, Instant now) {
        Instant until = cooldowns.get(channel);
        return until != null && until.isAfter(now) ? Optional.of(until) : Optional.empty();
    }
}
