package ru.agentiq.jdbc.metrics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.Query;
import ru.agentiq.core.interaction.Channel;
import ru.agentiq.core.interaction.InteractionSource;
import ru.agentiq.core.interaction.SellerId;
import ru.agentiq.core.internal.Checks;
import ru.agentiq.core.metrics.MetricFact;
import ru.agentiq.core.metrics.MetricFactQuery;
import ru.agentiq.core.metrics.MetricFactStore;
import ru.agentiq.jdbc.internal.Dialect;
import ru.agentiq.jdbc.internal.Timestamps;
import ru.agentiq.jdbc.internal.Transactions;

/**
 * {@link MetricFactStore} on {@code metric_facts}, keyed by (seller, metric, day, channel, source); a figure over all
 * channels is stored under channel {@code all}. Writes are batched upserts ({@code ON CONFLICT} on PostgreSQL,
 * {@code MERGE} on H2); a day's replacement deletes that day's rows of the metrics and writes the new set in one
 * transaction. A range query reads the primary key's range and is sorted in Java (at most
 * {@value MetricFactQuery#MAX_DAYS} days × 4 channels × 3 sources rows), so the order does not depend on the
 * database's collation.
 */
public final class JdbcMetricFactStore implements MetricFactStore {

    /** How a figure over all channels is stored. */
    public static final String ALL_CHANNELS = "all";

    private static final List<String> KEY = List.of("seller_id", "metric", "fact_day", "channel", "source");

    private final Jdbi jdbi;
    private final String upsert;

    public JdbcMetricFactStore(Jdbi jdbi, Dialect dialect) {
        this.jdbi = Checks.required(jdbi, "jdbi");
        Checks.required(dialect, "dialect");
        this.upsert = dialect.upsert("metric_facts", KEY, List.of("seller_id", "metric", "fact_day", "channel",
                "source", "fact_value", "computed_at"));
    }

    @Override
    public void upsert(SellerId sellerId, Collection<MetricFact> facts) {
        MetricFactStore.validateWrite(sellerId, facts, null, null);
        Collection<MetricFact> unique = lastPerKey(facts);
        if (unique.isEmpty()) {
            return;
        }
        Transactions.retrying(jdbi, handle -> {
            write(handle, unique);
            return null;
        });
    }

    @Override
    public void replaceDay(SellerId sellerId, LocalDate day, Set<String> metrics, Collection<MetricFact> facts) {
        Checks.required(day, "day");
        Checks.required(metrics, "metrics");
        Set<String> names = new TreeSet<>();
        metrics.forEach(m -> names.add(MetricFact.metricName(m)));
        MetricFactStore.validateWrite(sellerId, facts, day, names);
        if (names.isEmpty()) {
            return;
        }
        Collection<MetricFact> unique = lastPerKey(facts);
        Transactions.retrying(jdbi, handle -> {
            handle.createUpdate("DELETE FROM metric_facts WHERE seller_id = :seller AND fact_day = :day "
                            + "AND metric IN (<metrics>)")
                    .bind("seller", sellerId.value())
                    .bind("day", day)
                    .bindList("metrics", List.copyOf(names))
                    .execute();
            write(handle, unique);
            return null;
        });
    }

    @Override
    public List<MetricFact> find(MetricFactQuery query) {
        Checks.required(query, "query");
        String sql = "SELECT metric, fact_day, channel, source, fact_value, computed_at FROM metric_facts "
                + "WHERE seller_id = :seller AND metric = :metric AND fact_day BETWEEN :from AND :to"
                + (query.source() == null ? "" : " AND source = :source");
        List<MetricFact> facts = new ArrayList<>(jdbi.withHandle(handle -> {
            Query q = handle.createQuery(sql)
                    .bind("seller", query.sellerId().value())
                    .bind("metric", query.metric())
                    .bind("from", query.from())
                    .bind("to", query.to());
            if (query.source() != null) {
                q.bind("source", query.source().wire());
            }
            return q.map((rs, ctx) -> {
                String channel = rs.getString("channel");
                return new MetricFact(query.sellerId(), rs.getString("metric"),
                        rs.getObject("fact_day", LocalDate.class),
                        ALL_CHANNELS.equals(channel) ? null : Channel.fromWire(channel),
                        InteractionSource.fromWire(rs.getString("source")), rs.getBigDecimal("fact_value"),
                        Timestamps.read(rs, "computed_at"));
            }).list();
        }));
        facts.sort(MetricFact.ORDER);
        return List.copyOf(facts);
    }

    private void write(Handle handle, Collection<MetricFact> facts) {
        if (facts.isEmpty()) {
            return;
        }
        PreparedBatch batch = handle.prepareBatch(upsert);
        for (MetricFact f : facts) {
            batch.bind("seller_id", f.sellerId().value())
                    .bind("metric", f.metric())
                    .bind("fact_day", f.day())
                    .bind("channel", f.channel() == null ? ALL_CHANNELS : f.channel().wire())
                    .bind("source", f.source().wire())
                    .bind("fact_value", f.value())
                    .bind("computed_at", Timestamps.bind(f.computedAt()))
                    .add();
        }
        batch.execute();
    }

    /** The last fact of each identity, in first-seen order: one batch never writes a row twice. */
    private static Collection<MetricFact> lastPerKey(Collection<MetricFact> facts) {
        Map<List<Object>, MetricFact> last = new LinkedHashMap<>();
        for (MetricFact f : facts) {
            last.put(java.util.Arrays.asList(f.metric(), f.day(), f.channel(), f.source()), f);
        }
        return last.values();
    }
}
