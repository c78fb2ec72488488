package ru.agentiq.core.quality;

import java.time.Instant;
import java.util.Map;
import ru.agentiq.core.interaction.Channel;

/**
 * Reply quality over a window (seed §e.2).
 *
 * @param periodDays       the window in days
 * @param generatedFrom    window start (inclusive)
 * @param generatedTo      window end (inclusive), the time of the snapshot
 * @param channel          the channel filter; null for all
 * @param totals           counts over every channel in the filter
 * @param byChannel        counts per channel in the filter, in channel wire-name order
 * @param pipeline         queue state over every channel in the filter
 * @param pipelineByChannel queue state per channel
 */
public record QualitySnapshot(int periodDays, Instant generatedFrom, Instant generatedTo, Channel channel,
        QualityCounts totals, Map<Channel, QualityCounts> byChannel, PipelineCounts pipeline,
        Map<Channel, PipelineCounts> pipelineByChannel) {

    public QualitySnapshot {
        byChannel = Map.copyOf(byChannel);
        pipelineByChannel = Map.copyOf(pipelineByChannel);
    }
}
