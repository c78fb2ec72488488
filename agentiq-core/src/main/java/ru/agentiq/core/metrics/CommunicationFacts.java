package ru.agentiq.core.metrics;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import ru.agentiq.core.analytics.ChannelMetrics;
import ru.agentiq.core.analytics.CommunicationAnalytics;
import ru.agentiq.core.analytics.CommunicationReport;
import ru.agentiq.core.analytics.SourceAnalytics;
import ru.agentiq.core.interaction.Channel;
import ru.agentiq.core.interaction.InteractionSource;
import ru.agentiq.core.interaction.SellerId;
import ru.agentiq.core.internal.Checks;

/**
 * Records a day's communication KPIs as {@link MetricFact}s, one per (KPI, channel, source) the day has data of —
 * computed by {@link CommunicationAnalytics} inside each source, so a WB API figure never absorbs fallback or demo
 * data. The cohort is the interactions whose buyer event falls on the day; their answers count whenever they came, so
 * recording a day again later (say, nightly for yesterday and the day before) updates its response figures, and
 * {@link MetricFactStore#replaceDay} drops figures the day no longer has. A figure without a sample (a median of no
 * answers, a rate of nothing) is not recorded. Thread-safe when the ports are.
 */
public final class CommunicationFacts {

    /** Interactions whose buyer event fell on the day. */
    public static final String INTERACTIONS_RECEIVED = "interactions_received";
    /** Of those, answered by anyone (so far). */
    public static final String INTERACTIONS_RESPONDED = "interactions_responded";
    /** Median minutes from buyer event to first answer, of those answered. */
    public static final String FIRST_RESPONSE_MEDIAN_MINUTES = "first_response_median_minutes";
    /** 90th percentile of the same. */
    public static final String FIRST_RESPONSE_P90_MINUTES = "first_response_p90_minutes";
    /** Answered within SLA over answered or already past SLA, 4 decimals. */
    public static final String SLA_HIT_RATE = "sla_hit_rate";
    /** The denominator of {@link #SLA_HIT_RATE}. */
    public static final String SLA_SAMPLE = "sla_sample";
    /** Replies sent as drafted, lightly edited or unattended over classified replies logged on the day. */
    public static final String QUALITY_PASS_RATE = "quality_pass_rate";
    /** The denominator of {@link #QUALITY_PASS_RATE}. */
    public static final String QUALITY_SAMPLE = "quality_sample";
    /** Operator replies logged on the day. */
    public static final String OPERATOR_REPLIES = "operator_replies";

    /** Every metric this recorder writes. */
    public static final Set<String> METRICS = Set.of(INTERACTIONS_RECEIVED, INTERACTIONS_RESPONDED,
            FIRST_RESPONSE_MEDIAN_MINUTES, FIRST_RESPONSE_P90_MINUTES, SLA_HIT_RATE, SLA_SAMPLE, QUALITY_PASS_RATE,
            QUALITY_SAMPLE, OPERATOR_REPLIES);

    /** Days are UTC days by default, as the quality history's are. */
    public static final ZoneId DEFAULT_ZONE = ZoneOffset.UTC;

    private final CommunicationAnalytics analytics;
    private final MetricFactStore store;
    private final Clock clock;
    private final ZoneId zone;

    public CommunicationFacts(CommunicationAnalytics analytics, MetricFactStore store, Clock clock) {
        this(analytics, store, clock, DEFAULT_ZONE);
    }

    /** @param zone where a day starts and ends */
    public CommunicationFacts(CommunicationAnalytics analytics, MetricFactStore store, Clock clock, ZoneId zone) {
        this.analytics = Checks.required(analytics, "analytics");
        this.store = Checks.required(store, "store");
        this.clock = Checks.required(clock, "clock");
        this.zone = Checks.required(zone, "zone");
    }

    /** Computes {@code day}'s KPIs and makes them the seller's facts of that day; returns what was recorded. */
    public List<MetricFact> recordDay(SellerId sellerId, LocalDate day) {
        Checks.required(sellerId, "sellerId");
        Checks.required(day, "day");
        Instant from = day.atStartOfDay(zone).toInstant();
        Instant to = day.plusDays(1).atStartOfDay(zone).toInstant();
        CommunicationReport report = analytics.report(sellerId, from, to);
        Instant now = clock.instant();
        List<MetricFact> facts = new ArrayList<>();
        for (SourceAnalytics section : report.sources()) {
            for (ChannelMetrics m : section.channels()) {
                Facts f = new Facts(sellerId, day, m.channel(), section.source(), now, facts);
                f.count(INTERACTIONS_RECEIVED, m.interactionsTotal());
                f.count(INTERACTIONS_RESPONDED, m.respondedTotal());
                if (m.firstResponse().samples() > 0) {
                    f.count(FIRST_RESPONSE_MEDIAN_MINUTES, m.firstResponse().medianMinutes());
                    f.count(FIRST_RESPONSE_P90_MINUTES, m.firstResponse().p90Minutes());
                }
                if (m.slaSample() > 0) {
                    f.decimal(SLA_HIT_RATE, m.slaHitRate());
                    f.count(SLA_SAMPLE, m.slaSample());
                }
                if (m.qualitySample() > 0) {
                    f.decimal(QUALITY_PASS_RATE, m.qualityPassRate());
                    f.count(QUALITY_SAMPLE, m.qualitySample());
                }
                f.count(OPERATOR_REPLIES, m.operatorReplies());
            }
        }
        store.replaceDay(sellerId, day, METRICS, facts);
        return List.copyOf(facts);
    }

    /** Records every day from {@code from} to {@code to}, both inclusive, oldest first; returns the facts written. */
    public List<MetricFact> recordDays(SellerId sellerId, LocalDate from, LocalDate to) {
        MetricFactQuery.of(sellerId, INTERACTIONS_RECEIVED, from, to); // validates the range
        List<MetricFact> all = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            all.addAll(recordDay(sellerId, d));
        }
        return List.copyOf(all);
    }

    private record Facts(SellerId sellerId, LocalDate day, Channel channel, InteractionSource source, Instant at,
            List<MetricFact> out) {
        void count(String metric, long value) {
            out.add(MetricFact.count(sellerId, metric, day, channel, source, value, at));
        }

        void decimal(String metric, BigDecimal value) {
            out.add(new MetricFact(sellerId, metric, day, channel, source, value, at));
        }
    }
}
