package ru.agentiq.core.quality;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ru.agentiq.core.interaction.Channel;
import ru.agentiq.core.interaction.InboxQuery;
import ru.agentiq.core.interaction.InteractionEvent;
import ru.agentiq.core.interaction.InteractionEventStore;
import ru.agentiq.core.interaction.InteractionEventType;
import ru.agentiq.core.interaction.InteractionRepository;
import ru.agentiq.core.interaction.InteractionStatus;
import ru.agentiq.core.interaction.SellerId;
import ru.agentiq.core.internal.Checks;

/**
 * Quality metrics of a seller: the snapshot over a window (seed §e.2), the per-day history (§e.3) and the
 * week-over-week manual-rate regression (§e.4). Reads only; thread-safe when the ports are.
 */
public final class QualityService {

    public static final int DEFAULT_DAYS = 30;
    public static final int MAX_DAYS = 365;

    /** The funnel's event types: replies, their outcomes and drafts. */
    static final Set<InteractionEventType> FUNNEL = EnumSet.of(InteractionEventType.REPLY_SENT,
            InteractionEventType.DRAFT_GENERATED, InteractionEventType.DRAFT_CACHE_HIT,
            InteractionEventType.DRAFT_ACCEPTED, InteractionEventType.DRAFT_EDITED, InteractionEventType.REPLY_MANUAL);

    private final InteractionRepository interactions;
    private final InteractionEventStore events;
    private final Clock clock;
    private final QualityConfig config;

    public QualityService(InteractionRepository interactions, InteractionEventStore events, Clock clock) {
        this(interactions, events, clock, QualityConfig.defaults());
    }

    public QualityService(InteractionRepository interactions, InteractionEventStore events, Clock clock,
            QualityConfig config) {
        this.interactions = Checks.required(interactions, "interactions");
        this.events = Checks.required(events, "events");
        this.clock = Checks.required(clock, "clock");
        this.config = Checks.required(config, "config");
    }

    public QualityConfig config() {
        return config;
    }

    /**
     * Quality over the last {@code days} days.
     *
     * @param days    1..{@value #MAX_DAYS}
     * @param channel one channel, or null for all
     */
    public QualitySnapshot snapshot(SellerId sellerId, int days, Channel channel) {
        Checks.required(sellerId, "sellerId");
        Checks.inRange(days, 1, MAX_DAYS, "days");
        Instant now = clock.instant();
        Instant from = now.minus(Duration.ofDays(days));
        Map<Channel, QualityTally> tallies = new EnumMap<>(Channel.class);
        for (Channel c : channels(channel)) {
            tallies.put(c, new QualityTally(config.lightEditMaxRatio()));
        }
        for (InteractionEvent event : events.forSeller(sellerId, from, inclusiveEnd(now), FUNNEL)) {
            QualityTally tally = tallies.get(event.channel());
            if (tally != null) {
                tally.add(event);
            }
        }
        Map<Channel, QualityCounts> byChannel = new LinkedHashMap<>();
        QualityCounts totals = QualityCounts.ZERO;
        Map<Channel, PipelineCounts> pipelineByChannel = new LinkedHashMap<>();
        long all = 0;
        long open = 0;
        long responded = 0;
        for (Channel c : channels(channel)) {
            QualityCounts counts = tallies.get(c).counts();
            byChannel.put(c, counts);
            totals = totals.plus(counts);
            PipelineCounts pipeline = pipeline(sellerId, c);
            pipelineByChannel.put(c, pipeline);
            all += pipeline.interactionsTotal();
            open += pipeline.needsResponseTotal();
            responded += pipeline.respondedTotal();
        }
        return new QualitySnapshot(days, from, now, channel, totals, byChannel,
                new PipelineCounts(all, open, responded), pipelineByChannel);
    }

    /**
     * One point per UTC day from {@code today − (days − 1)} to today, zero-filled.
     *
     * @param days    1..{@value #MAX_DAYS}
     * @param channel one channel, or null for all
     */
    public List<QualityDay> history(SellerId sellerId, int days, Channel channel) {
        Checks.required(sellerId, "sellerId");
        Checks.inRange(days, 1, MAX_DAYS, "days");
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        LocalDate first = today.minusDays(days - 1L);
        Instant from = first.atStartOfDay(ZoneOffset.UTC).toInstant();
        List<InteractionEvent> window = events.forSeller(sellerId, from, inclusiveEnd(now), FUNNEL);
        return QualityHistory.aggregate(window, first, days, channel, config.lightEditMaxRatio());
    }

    /** Manual rate of the last window against the window before it, over every channel. */
    public ManualRateRegression manualRateRegression(SellerId sellerId) {
        Checks.required(sellerId, "sellerId");
        Instant now = clock.instant();
        Duration window = Duration.ofDays(config.regressionWindowDays());
        Instant currentFrom = now.minus(window);
        Instant previousFrom = currentFrom.minus(window);
        long[] current = new long[2];
        long[] previous = new long[2];
        for (InteractionEvent event : events.forSeller(sellerId, previousFrom, inclusiveEnd(now),
                EnumSet.of(InteractionEventType.REPLY_SENT, InteractionEventType.REPLY_MANUAL))) {
            long[] bucket = event.createdAt().isBefore(currentFrom) ? previous : current;
            bucket[event.type() == InteractionEventType.REPLY_SENT ? 0 : 1]++;
        }
        BigDecimal currentRate = Rates.of(current[1], current[0]);
        BigDecimal previousRate = Rates.of(previous[1], previous[0]);
        BigDecimal delta = currentRate.subtract(previousRate).setScale(Rates.SCALE, RoundingMode.HALF_UP);
        boolean regression = delta.compareTo(config.manualRateRegressionThreshold()) >= 0;
        return new ManualRateRegression(config.regressionWindowDays(), config.regressionWindowDays(), currentRate,
                previousRate, delta, regression, config.manualRateRegressionThreshold());
    }

    private PipelineCounts pipeline(SellerId sellerId, Channel channel) {
        long total = InboxScans.count(interactions, InboxQuery.builder(sellerId).channels(channel));
        long open = InboxScans.count(interactions, InboxQuery.builder(sellerId).channels(channel).needsResponse(true));
        long responded = InboxScans.count(interactions,
                InboxQuery.builder(sellerId).channels(channel).statuses(InteractionStatus.RESPONDED));
        return new PipelineCounts(total, open, responded);
    }

    /** Channels in wire-name order (chat, question, review), or just {@code channel}. */
    static List<Channel> channels(Channel channel) {
        if (channel != null) {
            return List.of(channel);
        }
        return java.util.Arrays.stream(Channel.values()).sorted(Comparator.comparing(Channel::wire)).toList();
    }

    /** The event store's upper bound is exclusive; "now" itself belongs to the window. */
    static Instant inclusiveEnd(Instant now) {
        return now.truncatedTo(ChronoUnit.MICROS).plus(1, ChronoUnit.MICROS);
    }
}
