package ru.agentiq.jdbc.sync;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;
import ru.agentiq.core.interaction.Channel;
import ru.agentiq.core.interaction.SellerId;
import ru.agentiq.core.internal.Checks;
import ru.agentiq.core.sync.SellerSyncStatus;
import ru.agentiq.core.sync.SyncState;
import ru.agentiq.core.sync.SyncStatusStore;
import ru.agentiq.jdbc.internal.Dialect;
import ru.agentiq.jdbc.internal.Timestamps;
import ru.agentiq.jdbc.internal.Transactions;

/**
 * {@link SyncStatusStore} on {@code sync_statuses} (one row per seller) and {@code sync_cooldowns} (one row per seller
 * and throttled channel). A save replaces both in one transaction, serialised per seller by the status row's lock; a
 * read is one statement, so it never mixes one save's state with another's cooldowns.
 */
public final class JdbcSyncStatusStore implements SyncStatusStore {

    private final Jdbi jdbi;
    private final String upsertStatus;

    public JdbcSyncStatusStore(Jdbi jdbi, Dialect dialect) {
        this.jdbi = Checks.required(jdbi, "jdbi");
        this.upsertStatus = Checks.required(dialect, "dialect").upsert("sync_statuses", List.of("seller_id"),
                List.of("seller_id", "state", "last_error", "last_success_at", "started_at", "updated_at"));
    }

    @Override
    public Optional<SellerSyncStatus> find(SellerId sellerId) {
        Checks.required(sellerId, "sellerId");
        // one row per cooldown (or one with NULL cooldown columns); each row carries the whole status
        SellerSyncStatus found = jdbi.withHandle(handle -> handle.createQuery("SELECT s.state, s.last_error, "
                        + "s.last_success_at, s.started_at, s.updated_at, c.channel, c.until_at FROM sync_statuses s "
                        + "LEFT JOIN sync_cooldowns c ON c.seller_id = s.seller_id WHERE s.seller_id = :seller")
                .bind("seller", sellerId.value())
                .reduceResultSet((SellerSyncStatus) null, (status, rs, ctx) -> {
                    Map<Channel, Instant> cooldowns = new EnumMap<>(Channel.class);
                    if (status != null) {
                        cooldowns.putAll(status.cooldowns());
                    }
                    String channel = rs.getString("channel");
                    if (channel != null) {
                        cooldowns.put(Channel.fromWire(channel), Timestamps.read(rs, "until_at"));
                    }
                    return new SellerSyncStatus(sellerId, SyncState.fromWire(rs.getString("state")),
                            rs.getString("last_error"), Timestamps.read(rs, "last_success_at"),
                            Timestamps.read(rs, "started_at"), Timestamps.read(rs, "updated_at"), cooldowns);
                }));
        return Optional.ofNullable(found);
    }

    @Override
    public void save(SellerSyncStatus status) {
        Checks.required(status, "status");
        long seller = status.sellerId().value();
        Transactions.retrying(jdbi, handle -> {
            handle.createUpdate(upsertStatus)
                    .bind("seller_id", seller)
                    .bind("state", status.state().wire())
                    .bind("last_error", status.lastError())
                    .bind("last_success_at", Timestamps.bind(Checks.micros(status.lastSuccessAt())))
                    .bind("started_at", Timestamps.bind(Checks.micros(status.startedAt())))
                    .bind("updated_at", Timestamps.bind(Checks.micros(status.updatedAt())))
                    .execute();
            handle.createUpdate("DELETE FROM sync_cooldowns WHERE seller_id = :seller").bind("seller", seller)
                    .execute();
            if (!status.cooldowns().isEmpty()) {
                PreparedBatch batch = handle.prepareBatch(
                        "INSERT INTO sync_cooldowns (seller_id, channel, until_at) VALUES (:seller, :channel, :until)");
                status.cooldowns().forEach((channel, until) -> batch
                        .bind("seller", seller)
                        .bind("channel", channel.wire())
                        .bind("until", Timestamps.bind(Checks.micros(until)))
                        .add());
                batch.execute();
            }
            return null;
        });
    }
}
