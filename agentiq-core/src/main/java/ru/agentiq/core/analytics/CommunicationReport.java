package ru.agentiq.core.analytics;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import ru.agentiq.core.interaction.InteractionSource;

/**
 * Communication analytics of a seller over a period, one section per data source present.
 *
 * @param generatedAt when
 * @param periodDays  the period in days
 * @param periodStart start (inclusive)
 * @param periodEnd   end (inclusive)
 * @param sources     one section per source with interactions in the period, in source order
 */
public record CommunicationReport(Instant generatedAt, int periodDays, Instant periodStart, Instant periodEnd,
        List<SourceAnalytics> sources) {

    public CommunicationReport {
        sources = List.copyOf(sources);
    }

    public Optional<SourceAnalytics> source(InteractionSource source) {
        return sources.stream().filter(s -> s.source() == source).findFirst();
    }
}
