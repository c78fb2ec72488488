package ru.agentiq.jdbc.interaction;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.Update;
import ru.agentiq.core.interaction.Channel;
import ru.agentiq.core.interaction.Marketplace;
import ru.agentiq.core.ValidationException;
import ru.agentiq.core.interaction.InboxCursor;
import ru.agentiq.core.interaction.InboxPage;
import ru.agentiq.core.interaction.InboxPosition;
import ru.agentiq.core.interaction.InboxQuery;
import ru.agentiq.core.interaction.Interaction;
import ru.agentiq.core.interaction.InteractionData;
import ru.agentiq.core.interaction.InteractionId;
import ru.agentiq.core.interaction.InteractionKey;
import ru.agentiq.core.interaction.InteractionNotFoundException;
import ru.agentiq.core.interaction.InteractionRepository;
import ru.agentiq.core.interaction.ReferenceQuery;
import ru.agentiq.core.interaction.ReingestMerge;
import ru.agentiq.core.interaction.SellerId;
import ru.agentiq.core.interaction.UpsertBatches;
import ru.agentiq.core.interaction.UpsertResult;
import ru.agentiq.core.interaction.UpsertResult.Outcome;
import ru.agentiq.core.internal.Checks;
import ru.agentiq.jdbc.internal.Dialect;
import ru.agentiq.jdbc.internal.SqlErrors;
import ru.agentiq.jdbc.internal.Timestamps;
import ru.agentiq.jdbc.internal.Transactions;

/**
 * {@link InteractionRepository} on PostgreSQL or H2 through Jdbi. Every statement binds its values and is scoped by
 * seller. A page of items on PostgreSQL is first inserted as new (a plain {@code INSERT}, or
 * {@code INSERT … ON CONFLICT DO NOTHING} once a key turns out to exist); the items that already exist — and every
 * item on H2 — lock their row ({@code SELECT … FOR UPDATE}) and merge in Java with {@link ReingestMerge}, so the
 * re-ingest rule is the same as in memory (an {@code ON CONFLICT DO UPDATE} could not keep AgentIQ's own extra-data
 * keys or tell an unchanged row from an updated one). Two writers inserting one new key race on the identity's unique
 * constraint and the loser retries as an update.
 */
public final class JdbcInteractionRepository implements InteractionRepository {

    /** Rows per statement when selecting or writing a batch; keeps bind-parameter counts well under driver limits. */
    static final int CHUNK = 500;

    /** The savepoint of the attempt to insert a whole page as new. */
    private static final String ALL_NEW = "agentiq_all_new";

    private final Jdbi jdbi;
    private final Dialect dialect;

    public JdbcInteractionRepository(Jdbi jdbi) {
        this(jdbi, Dialect.of(Checks.required(jdbi, "jdbi")));
    }

    public JdbcInteractionRepository(Jdbi jdbi, Dialect dialect) {
        this.jdbi = Checks.required(jdbi, "jdbi");
        this.dialect = Checks.required(dialect, "dialect");
    }

    @Override
    public UpsertResult upsert(InteractionData incoming, Instant now) {
        return upsertAll(List.of(Checks.required(incoming, "incoming")), now).get(0);
    }

    @Override
    public List<UpsertResult> upsertAll(List<InteractionData> items, Instant now) {
        Checks.required(items, "items");
        Checks.required(now, "now");
        UpsertBatches.requireDistinctKeys(items);
        if (items.isEmpty()) {
            return List.of();
        }
        Instant at = Checks.micros(now);
        List<UpsertResult> results = new ArrayList<>(items.size());
        for (int from = 0; from < items.size(); from += CHUNK) {
            List<InteractionData> chunk = items.subList(from, Math.min(items.size(), from + CHUNK));
            results.addAll(Transactions.retrying(jdbi, handle -> upsertChunk(handle, chunk, at)));
        }
        return results;
    }

    private List<UpsertResult> upsertChunk(Handle handle, List<InteractionData> items, Instant now) {
        if (dialect != Dialect.POSTGRESQL) {
            return lockAndMerge(handle, items, now);
        }
        // new items first: a page of a sync is mostly new, and this spares it the lookup of keys that do not exist;
        // the items that were left out exist, and take the merge path
        Map<InteractionKey, Long> created = insertNew(handle, items, now);
        UpsertResult[] results = new UpsertResult[items.size()];
        List<Integer> existingAt = new ArrayList<>();
        List<InteractionData> existing = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            InteractionData item = items.get(i);
            Long id = created.get(item.key());
            if (id == null) {
                existingAt.add(i);
                existing.add(item);
            } else {
                results[i] = created(id, item, now);
            }
        }
        if (!existing.isEmpty()) {
            List<UpsertResult> merged = lockAndMerge(handle, existing, now);
            for (int k = 0; k < existingAt.size(); k++) {
                results[existingAt.get(k)] = merged.get(k);
            }
        }
        return List.of(results);
    }

    /**
     * Inserts the items whose key is new and returns their ids. A plain {@code INSERT} is tried first, inside a
     * savepoint: the unique index checks each key as it takes it, where {@code ON CONFLICT} looks every key up once
     * more beforehand (a tenth of the statement's time). The first key that exists aborts the attempt, and the page is
     * inserted again with {@code ON CONFLICT DO NOTHING}. A page of new items thus pays one check per key; a page
     * holding existing items pays, on top, for the rows inserted before the first of them.
     */
    private Map<InteractionKey, Long> insertNew(Handle handle, List<InteractionData> items, Instant now) {
        handle.savepoint(ALL_NEW);
        Map<InteractionKey, Long> ids;
        try {
            ids = insertAll(handle, items, now, false);
        } catch (RuntimeException e) {
            if (!SqlErrors.isUniqueViolation(e)) {
                throw e;
            }
            handle.rollbackToSavepoint(ALL_NEW);
            return insertAll(handle, items, now, true);
        }
        handle.releaseSavepoint(ALL_NEW);
        return ids;
    }

    /**
     * Locks the stored rows of {@code items}, merges each item into its row (updating what changed) and inserts the
     * items that have none. On PostgreSQL only items whose insert conflicted get here; a row deleted since then is
     * inserted again, and a concurrent insert of the same key ends in a unique violation that reruns the chunk.
     */
    private List<UpsertResult> lockAndMerge(Handle handle, List<InteractionData> items, Instant now) {
        Map<InteractionKey, Interaction> existing = lockExisting(handle, items);
        UpsertResult[] results = new UpsertResult[items.size()];
        List<Integer> toInsert = new ArrayList<>();
        List<Integer> toUpdate = new ArrayList<>();
        List<InteractionData> merged = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            InteractionData item = items.get(i);
            Interaction stored = existing.get(item.key());
            if (stored == null) {
                merged.add(item);
                toInsert.add(i);
                continue;
            }
            InteractionData data = ReingestMerge.merge(stored.data(), item);
            merged.add(data);
            if (data.equals(stored.data())) {
                results[i] = new UpsertResult(stored, Outcome.UNCHANGED);
            } else {
                toUpdate.add(i);
                results[i] = new UpsertResult(new Interaction(stored.id(), data, stored.createdAt(), now),
                        Outcome.UPDATED);
            }
        }
        if (!toInsert.isEmpty()) {
            List<InteractionData> fresh = new ArrayList<>(toInsert.size());
            toInsert.forEach(i -> fresh.add(merged.get(i)));
            Map<InteractionKey, Long> ids = insertAll(handle, fresh, now, false);
            for (int i : toInsert) {
                Long id = ids.get(merged.get(i).key());
                if (id == null) {
                    throw new IllegalStateException("no generated id came back for " + merged.get(i).key());
                }
                results[i] = created(id, merged.get(i), now);
            }
        }
        if (!toUpdate.isEmpty()) {
            PreparedBatch batch = handle.prepareBatch(InteractionRows.UPDATE);
            for (int i : toUpdate) {
                InteractionRows.bind(batch, merged.get(i))
                        .bind("updated_at", Timestamps.bind(now))
                        .bind("id", results[i].interaction().id().value())
                        .add();
            }
            batch.execute();
        }
        return List.of(results);
    }

    private static UpsertResult created(long id, InteractionData data, Instant now) {
        return new UpsertResult(new Interaction(InteractionId.of(id), data, now, now), Outcome.CREATED);
    }

    /**
     * One statement for the new items — {@code unnest} of column arrays on PostgreSQL, a multi-row
     * {@code INSERT … VALUES} on H2 — so a chunk is one round trip instead of a JDBC batch returning keys row by row.
     * Ids are matched to items by key, not by position, so nothing depends on the order rows come back in. With
     * {@code skipExisting} (PostgreSQL only) items whose key exists are left out and get no id.
     */
    private Map<InteractionKey, Long> insertAll(Handle handle, List<InteractionData> items, Instant now,
            boolean skipExisting) {
        Update insert = dialect == Dialect.POSTGRESQL
                ? InteractionRows.bindArrays(handle.createUpdate(InteractionRows.UNNEST_INSERT + (skipExisting
                        ? " ON CONFLICT (seller_id, marketplace, channel, external_id) DO NOTHING" : "")), items, now)
                : multiRowInsert(handle, items, now);
        Map<InteractionKey, Long> ids = new HashMap<>();
        insert.executeAndReturnGeneratedKeys("id", "seller_id", "marketplace", "channel", "external_id")
                .map((rs, ctx) -> Map.entry(new InteractionKey(SellerId.of(rs.getLong("seller_id")),
                        Marketplace.fromWire(rs.getString("marketplace")),
                        Channel.fromWire(rs.getString("channel")),
                        rs.getString("external_id")), rs.getLong("id")))
                .forEach(e -> ids.put(e.getKey(), e.getValue()));
        return ids;
    }

    private static Update multiRowInsert(Handle handle, List<InteractionData> items, Instant now) {
        StringBuilder sql = new StringBuilder(InteractionRows.INSERT_PREFIX);
        for (int n = 0; n < items.size(); n++) {
            sql.append(n == 0 ? "" : ", ").append(InteractionRows.valuesRow(n));
        }
        Update insert = handle.createUpdate(sql.toString());
        for (int n = 0; n < items.size(); n++) {
            InteractionRows.bindRow(insert, items.get(n), n)
                    .bind("created_at" + n, Timestamps.bind(now))
                    .bind("updated_at" + n, Timestamps.bind(now));
        }
        return insert;
    }

    /** Selects and row-locks the stored interactions for the keys of {@code items}, grouped per seller+channel. */
    private Map<InteractionKey, Interaction> lockExisting(Handle handle, List<InteractionData> items) {
        Map<List<Object>, List<String>> groups = new LinkedHashMap<>();
        for (InteractionData item : items) {
            groups.computeIfAbsent(List.of(item.sellerId().value(), item.marketplace().wire(), item.channel().wire()),
                    g -> new ArrayList<>()).add(item.externalId());
        }
        Map<InteractionKey, Interaction> found = new HashMap<>();
        for (Map.Entry<List<Object>, List<String>> group : groups.entrySet()) {
            handle.createQuery("SELECT " + InteractionRows.COLUMNS + " FROM interactions WHERE seller_id = :seller "
                            + "AND marketplace = :marketplace AND channel = :channel "
                            + "AND external_id = ANY(:ids) ORDER BY id FOR UPDATE")
                    .bind("seller", group.getKey().get(0))
                    .bind("marketplace", group.getKey().get(1))
                    .bind("channel", group.getKey().get(2))
                    // one array parameter: the statement is prepared once, not once per page size
                    .bindArray("ids", String.class, group.getValue())
                    .map(InteractionRows.MAPPER)
                    .forEach(i -> found.put(i.key(), i));
        }
        return found;
    }

    @Override
    public Optional<Interaction> findById(SellerId sellerId, InteractionId id) {
        Checks.required(sellerId, "sellerId");
        Checks.required(id, "id");
        return jdbi.withHandle(handle -> handle.createQuery("SELECT " + InteractionRows.COLUMNS
                        + " FROM interactions WHERE id = :id AND seller_id = :seller")
                .bind("id", id.value())
                .bind("seller", sellerId.value())
                .map(InteractionRows.MAPPER)
                .findOne());
    }

    @Override
    public Optional<Interaction> findByKey(InteractionKey key) {
        Checks.required(key, "key");
        return jdbi.withHandle(handle -> handle.createQuery("SELECT " + InteractionRows.COLUMNS
                        + " FROM interactions WHERE seller_id = :seller AND marketplace = :marketplace "
                        + "AND channel = :channel AND external_id = :external_id")
                .bind("seller", key.sellerId().value())
                .bind("marketplace", key.marketplace().wire())
                .bind("channel", key.channel().wire())
                .bind("external_id", key.externalId())
                .map(InteractionRows.MAPPER)
                .findOne());
    }

    @Override
    public Interaction update(Interaction changed, Instant now) {
        Checks.required(changed, "changed");
        Instant at = Checks.micros(Checks.required(now, "now"));
        return Transactions.retrying(jdbi, handle -> {
            Interaction stored = handle.createQuery("SELECT " + InteractionRows.COLUMNS
                            + " FROM interactions WHERE id = :id AND seller_id = :seller FOR UPDATE")
                    .bind("id", changed.id().value())
                    .bind("seller", changed.sellerId().value())
                    .map(InteractionRows.MAPPER)
                    .findOne()
                    .orElseThrow(() -> new InteractionNotFoundException(changed.sellerId(), changed.id()));
            if (!stored.key().equals(changed.key())) {
                throw new ValidationException("the key of interaction " + changed.id() + " cannot change: stored "
                        + stored.key() + ", given " + changed.key());
            }
            InteractionRows.bind(handle.createUpdate(InteractionRows.UPDATE), changed.data())
                    .bind("updated_at", Timestamps.bind(at))
                    .bind("id", changed.id().value())
                    .execute();
            return new Interaction(stored.id(), changed.data(), stored.createdAt(), at);
        });
    }

    @Override
    public InboxPage find(InboxQuery query) {
        Checks.required(query, "query");
        InboxSql sql = new InboxSql(query);
        return jdbi.withHandle(handle -> {
            Query page = handle.createQuery("SELECT " + InteractionRows.COLUMNS + " FROM interactions WHERE "
                    + sql.filters() + sql.afterCursor() + " ORDER BY " + sql.orderBy() + " LIMIT :limit");
            sql.bind(page);
            page.bind("limit", query.pageSize() + 1);
            List<Interaction> items = new ArrayList<>(page.map(InteractionRows.MAPPER).list());
            Optional<InboxCursor> next = Optional.empty();
            if (items.size() > query.pageSize()) {
                items = items.subList(0, query.pageSize());
                next = Optional.of(new InboxCursor(query.sort(), InboxPosition.of(items.get(items.size() - 1))));
            }
            OptionalLong total = OptionalLong.empty();
            if (query.includeTotal()) {
                Query count = handle.createQuery("SELECT COUNT(*) FROM interactions WHERE " + sql.filters());
                sql.bindFilters(count);
                total = OptionalLong.of(count.mapTo(Long.class).one());
            }
            return new InboxPage(items, next, total);
        });
    }

    /**
     * One indexed select on {@code (seller_id, marketplace, <reference>)}, restricted to the window in SQL. Without an
     * {@code around} instant the database orders and cuts (newest first); with one, the matching rows are ordered by
     * distance here, so that query suits references with bounded fan-out (an order, a buyer, a product within a
     * window).
     */
    @Override
    public List<Interaction> findByReference(ReferenceQuery query) {
        Checks.required(query, "query");
        String column = switch (query.kind()) {
            case ORDER_ID -> "order_id";
            case CUSTOMER_ID -> "customer_id";
            case NM_ID -> "nm_id";
            case PRODUCT_ARTICLE -> "product_article";
        };
        String where = " FROM interactions WHERE seller_id = :seller AND marketplace = :marketplace AND " + column
                + " = :value";
        if (query.within() != null) {
            return nearestWithin(query, where);
        }
        String sql = "SELECT " + InteractionRows.COLUMNS + where
                + (query.around() == null ? " ORDER BY occurred_sort DESC, id DESC LIMIT :limit" : "");
        return jdbi.withHandle(handle -> {
            Query select = bindReference(handle.createQuery(sql), query);
            if (query.around() == null) {
                return select.bind("limit", query.limit()).map(InteractionRows.MAPPER).list();
            }
            return nearestFirst(select.map(InteractionRows.MAPPER).list(), query);
        });
    }

    /**
     * A windowed lookup reads at most {@code limit} rows on each side of {@code around}, in index order, instead of
     * every row of a busy product in the window: the {@code limit} nearest overall are among them.
     */
    private List<Interaction> nearestWithin(ReferenceQuery query, String where) {
        String before = "SELECT " + InteractionRows.COLUMNS + where
                + " AND occurred_at >= :from AND occurred_at <= :around ORDER BY occurred_at DESC, id DESC LIMIT :limit";
        String after = "SELECT " + InteractionRows.COLUMNS + where
                + " AND occurred_at > :around AND occurred_at <= :to ORDER BY occurred_at, id DESC LIMIT :limit";
        Instant from = shift(query.around(), query.within().negated());
        Instant to = shift(query.around(), query.within());
        // PostgreSQL keeps the nearest `limit` of both sides itself, in ReferenceQuery#order: one round trip, and
        // half the rows of a busy product travel and are mapped (mapping, not the index reads, was the cost)
        List<String> statements = dialect == Dialect.POSTGRESQL
                ? List.of("SELECT " + InteractionRows.COLUMNS + " FROM ((" + before + ") UNION ALL (" + after
                        + ")) nearby ORDER BY abs(extract(epoch FROM occurred_at - :around)), id DESC LIMIT :limit")
                : List.of(before, after);
        return jdbi.withHandle(handle -> {
            List<Interaction> rows = new ArrayList<>();
            for (String sql : statements) {
                rows.addAll(bindReference(handle.createQuery(sql), query)
                        .bind("from", Timestamps.bind(from))
                        .bind("to", Timestamps.bind(to))
                        .bind("around", Timestamps.bind(query.around()))
                        .bind("limit", query.limit())
                        .map(InteractionRows.MAPPER)
                        .list());
            }
            return nearestFirst(rows, query);
        });
    }

    private static Query bindReference(Query select, ReferenceQuery query) {
        return select.bind("seller", query.sellerId().value())
                .bind("marketplace", query.marketplace().wire())
                .bind("value", query.value());
    }

    private static List<Interaction> nearestFirst(List<Interaction> found, ReferenceQuery query) {
        List<Interaction> rows = new ArrayList<>(found);
        rows.sort(query.order());
        return List.copyOf(rows.size() > query.limit() ? rows.subList(0, query.limit()) : rows);
    }

    /** Keyset paging on the primary key. */
    @Override
    public List<Interaction> findAfter(SellerId sellerId, InteractionId after, int limit) {
        Checks.required(sellerId, "sellerId");
        Checks.inRange(limit, 1, ReferenceQuery.MAX_LIMIT, "limit");
        return jdbi.withHandle(handle -> handle.createQuery("SELECT " + InteractionRows.COLUMNS
                        + " FROM interactions WHERE seller_id = :seller AND id > :after ORDER BY id LIMIT :limit")
                .bind("seller", sellerId.value())
                .bind("after", after == null ? 0L : after.value())
                .bind("limit", limit)
                .map(InteractionRows.MAPPER)
                .list());
    }

    /** {@code at + by}, kept within the years the column types hold. */
    private static Instant shift(Instant at, Duration by) {
        Instant earliest = InteractionRows.OCCURRED_UNKNOWN;
        Instant latest = InteractionRows.NO_DEADLINE;
        try {
            Instant shifted = at.plus(by);
            return shifted.isBefore(earliest) ? earliest : shifted.isAfter(latest) ? latest : shifted;
        } catch (java.time.DateTimeException | ArithmeticException e) {
            return by.isNegative() ? earliest : latest;
        }
    }
}
