package ru.agentiq.core.memory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import ru.agentiq.core.interaction.Channel;
import ru.agentiq.core.interaction.InteractionSource;
import ru.agentiq.core.interaction.SellerId;
import ru.agentiq.core.internal.Checks;
import ru.agentiq.core.metrics.MetricFact;
import ru.agentiq.core.metrics.MetricFactQuery;
import ru.agentiq.core.metrics.MetricFactStore;

/** Thread-safe {@link MetricFactStore} in the heap: per seller and metric, facts sorted by day. */
public final class InMemoryMetricFactStore implements MetricFactStore {

    private record Series(SellerId sellerId, String metric) {
    }

    private record Cell(Channel channel, InteractionSource source) {
    }

    private final Map<Series, TreeMap<LocalDate, Map<Cell, MetricFact>>> series = new java.util.HashMap<>();

    @Override
    public synchronized void upsert(SellerId sellerId, Collection<MetricFact> facts) {
        MetricFactStore.validateWrite(sellerId, facts, null, null);
        facts.forEach(this::put);
    }

    @Override
    public synchronized void replaceDay(SellerId sellerId, LocalDate day, Set<String> metrics,
            Collection<MetricFact> facts) {
        Checks.required(day, "day");
        Checks.required(metrics, "metrics");
        Set<String> names = Set.copyOf(metrics.stream().map(MetricFact::metricName).toList());
        MetricFactStore.validateWrite(sellerId, facts, day, names);
        for (String metric : names) {
            TreeMap<LocalDate, Map<Cell, MetricFact>> days = series.get(new Series(sellerId, metric));
            if (days != null) {
                days.remove(day);
            }
        }
        facts.forEach(this::put);
    }

    @Override
    public synchronized List<MetricFact> find(MetricFactQuery query) {
        Checks.required(query, "query");
        TreeMap<LocalDate, Map<Cell, MetricFact>> days = series.get(new Series(query.sellerId(), query.metric()));
        List<MetricFact> out = new ArrayList<>();
        if (days != null) {
            for (Map<Cell, MetricFact> cells : days.subMap(query.from(), true, query.to(), true).values()) {
                for (MetricFact f : cells.values()) {
                    if (query.source() == null || query.source() == f.source()) {
                        out.add(f);
                    }
                }
            }
        }
        out.sort(MetricFact.ORDER);
        return List.copyOf(out);
    }

    private void put(MetricFact f) {
        series.computeIfAbsent(new Series(f.sellerId(), f.metric()), k -> new TreeMap<>())
                .computeIfAbsent(f.day(), k -> new java.util.HashMap<>())
                .put(new Cell(f.channel(), f.source()), f);
    }
}
