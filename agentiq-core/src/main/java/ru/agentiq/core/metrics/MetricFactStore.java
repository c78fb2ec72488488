package ru.agentiq.core.metrics;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import ru.agentiq.core.ValidationException;
import ru.agentiq.core.interaction.SellerId;
import ru.agentiq.core.internal.Checks;

/**
 * Port: metric facts (plan §14.2 {@code metric_facts}), one per (seller, metric, day, channel, source). Every
 * operation is scoped by seller. Implementations are thread-safe.
 */
public interface MetricFactStore {

    /**
     * Writes every fact, replacing the one of the same identity (for the same identity twice in one call, the later
     * wins).
     *
     * @throws ru.agentiq.core.ValidationException a fact of another seller (nothing is written)
     */
    void upsert(SellerId sellerId, Collection<MetricFact> facts);

    /**
     * Makes {@code facts} the seller's only facts of {@code metrics} on {@code day}, atomically: facts of those
     * metrics on that day not in {@code facts} are deleted — a recomputed day that no longer has data of a source or
     * channel loses its old figure instead of keeping a stale one.
     *
     * @throws ru.agentiq.core.ValidationException a fact of another seller, another day or a metric not in
     *                                             {@code metrics} (nothing is written)
     */
    void replaceDay(SellerId sellerId, LocalDate day, Set<String> metrics, Collection<MetricFact> facts);

    /**
     * The facts matching {@code query}, ordered by day, then channel (all channels first, then by wire name), then
     * source (by wire name).
     */
    List<MetricFact> find(MetricFactQuery query);

    /**
     * For implementations: checks that every fact is the seller's and, for {@link #replaceDay}, of {@code day} and
     * one of {@code metrics} (null for {@link #upsert}).
     */
    static void validateWrite(SellerId sellerId, Collection<MetricFact> facts, LocalDate day, Set<String> metrics) {
        Checks.required(sellerId, "sellerId");
        Checks.required(facts, "facts");
        for (MetricFact f : facts) {
            Checks.required(f, "fact");
            if (!f.sellerId().equals(sellerId)) {
                throw new ValidationException("fact " + f.metric() + " of " + f.day() + " belongs to seller "
                        + f.sellerId() + ", not " + sellerId);
            }
            if (day != null && !f.day().equals(day)) {
                throw new ValidationException("fact " + f.metric() + " is of " + f.day() + ", not of the day replaced, "
                        + day);
            }
            if (metrics != null && !metrics.contains(f.metric())) {
                throw new ValidationException("fact " + f.metric() + " is not among the metrics replaced, " + metrics);
            }
        }
    }
}
