package ru.agentiq.jdbc.sync;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import ru.agentiq.core.interaction.Channel;
import ru.agentiq.core.interaction.SellerId;
import ru.agentiq.core.internal.Checks;
import ru.agentiq.core.sync.SyncCursorStore;
import ru.agentiq.jdbc.internal.Dialect;
import ru.agentiq.jdbc.internal.Timestamps;
import ru.agentiq.jdbc.internal.Transactions;

/**
 * {@link SyncCursorStore} on the {@code sync_watermarks} and {@code sync_cursors} tables, one row per seller and
 * channel, written with an upsert. Watermarks keep microseconds, the precision PostgreSQL stores.
 */
public final class JdbcSyncCursorStore implements SyncCursorStore {

    /** Longest cursor stored; WB's chat cursor is a number, so this is room for other sources' opaque tokens. */
    public static final int MAX_CURSOR_LENGTH = 2000;

    private static final List<String> KEY = List.of("seller_id", "channel");

    private final Jdbi jdbi;
    private final String upsertWatermark;
    private final String upsertCursor;

    public JdbcSyncCursorStore(Jdbi jdbi, Dialect dialect) {
        this.jdbi = Checks.required(jdbi, "jdbi");
        Checks.required(dialect, "dialect");
        this.upsertWatermark = dialect.upsert("sync_watermarks", KEY, List.of("seller_id", "channel", "watermark"));
        this.upsertCursor = dialect.upsert("sync_cursors", KEY, List.of("seller_id", "channel", "cursor_value"));
    }

    @Override
    public Optional<Instant> watermark(SellerId sellerId, Channel channel) {
        Checks.required(sellerId, "sellerId");
        Checks.required(channel, "channel");
        return jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT watermark FROM sync_watermarks WHERE seller_id = :seller AND channel = :channel")
                .bind("seller", sellerId.value())
                .bind("channel", channel.wire())
                .map((rs, ctx) -> Timestamps.read(rs, "watermark"))
                .findOne());
    }

    @Override
    public void saveWatermark(SellerId sellerId, Channel channel, Instant watermark) {
        Checks.required(sellerId, "sellerId");
        Checks.required(channel, "channel");
        Checks.required(watermark, "watermark");
        Transactions.retrying(jdbi, handle -> handle.createUpdate(upsertWatermark)
                .bind("seller_id", sellerId.value())
                .bind("channel", channel.wire())
                .bind("watermark", Timestamps.bind(Checks.micros(watermark)))
                .execute());
    }

    @Override
    public Optional<String> cursor(SellerId sellerId, Channel channel) {
        Checks.required(sellerId, "sellerId");
        Checks.required(channel, "channel");
        return jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT cursor_value FROM sync_cursors WHERE seller_id = :seller AND channel = :channel")
                .bind("seller", sellerId.value())
                .bind("channel", channel.wire())
                .mapTo(String.class)
                .findOne());
    }

    @Override
    public void saveCursor(SellerId sellerId, Channel channel, String cursor) {
        Checks.required(sellerId, "sellerId");
        Checks.required(channel, "channel");
        String value = Checks.optionalText(cursor, "cursor", MAX_CURSOR_LENGTH);
        if (value == null) {
            return;
        }
        Transactions.retrying(jdbi, handle -> handle.createUpdate(upsertCursor)
                .bind("seller_id", sellerId.value())
                .bind("channel", channel.wire())
                .bind("cursor_value", value)
                .execute());
    }
}
