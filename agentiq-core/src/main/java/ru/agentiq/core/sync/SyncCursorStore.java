package ru.agentiq.core.sync;

import java.time.Instant;
import java.util.Optional;
import ru.agentiq.core.interaction.Channel;
import ru.agentiq.core.interaction.SellerId;

/**
 * Port: how far a seller's channels have been synchronised — a watermark per listing channel (the newest
 * {@code occurredAt} stored by a successful run) and an opaque cursor per stream channel. Implementations must be safe
 * for concurrent use; the seed kept them under {@code sync_watermark:{channel}:{seller}} and
 * {@code sync_cursor:{marketplace}:{seller}}.
 */
public interface SyncCursorStore {

    Optional<Instant> watermark(SellerId sellerId, Channel channel);

    void saveWatermark(SellerId sellerId, Channel channel, Instant watermark);

    Optional<String> cursor(SellerId sellerId, Channel channel);

    /** Stores a non-blank cursor; blank values are ignored. */
    void saveCursor(SellerId sellerId, Channel channel, String cursor);
}
