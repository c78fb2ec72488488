package ru.agentiq.core.analytics;

import java.util.List;
import ru.agentiq.core.interaction.InteractionSource;

/**
 * Everything computed from one data source.
 *
 * @param source   the source
 * @param label    how to show it ({@code WB API}, {@code WBCON fallback (estimate)}, {@code Demo data})
 * @param estimate true when the source is not WB's official API, so every figure is an estimate to badge as such
 * @param channels per channel, in wire-name order
 * @param revenue  money at stake
 */
public record SourceAnalytics(InteractionSource source, String label, boolean estimate,
        List<ChannelMetrics> channels, RevenueEstimate revenue) {

    public SourceAnalytics {
        channels = List.copyOf(channels);
    }

    /** The display label of a source (plan §2.2). */
    public static String labelOf(InteractionSource source) {
        return switch (source) {
            case WB_API -> "WB API";
            case WBCON_FALLBACK -> "WBCON fallback (estimate)";
            case DEMO -> "Demo data";
        };
    }
}
