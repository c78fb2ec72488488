package ru.agentiq.core.analytics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ru.agentiq.core.interaction.Channel;
import ru.agentiq.core.interaction.ExtraData;
import ru.agentiq.core.interaction.InboxQuery;
import ru.agentiq.core.interaction.Interaction;
import ru.agentiq.core.interaction.InteractionData;
import ru.agentiq.core.interaction.InteractionEvent;
import ru.agentiq.core.interaction.InteractionEventStore;
import ru.agentiq.core.interaction.InteractionEventType;
import ru.agentiq.core.interaction.InteractionId;
import ru.agentiq.core.interaction.InteractionRepository;
import ru.agentiq.core.interaction.InteractionSource;
import ru.agentiq.core.interaction.SellerId;
import ru.agentiq.core.internal.Checks;
import ru.agentiq.core.quality.InboxScans;
import ru.agentiq.core.quality.QualityRecorder;
import ru.agentiq.core.quality.Rates;

/**
 * Communication analytics of a seller (plan §13.3, seed §h.6). Every figure is computed inside one
 * (source, channel) bucket, so WB API numbers never absorb fallback or demo data; revenue figures are ranges.
 * Reads only; thread-safe when the ports are.
 *
 * <p>An interaction belongs to the period when its buyer event ({@code occurredAt}, else when it was stored) falls in
 * it. Its first answer is the earliest of its reply events ({@code reply_sent}, {@code auto_response_sent}) and,
 * for an answered item, the {@code last_reply_at} recorded at ingest (an answer given in WB's own cabinet); replies
 * logged before the buyer's message are ignored.
 */
public final class CommunicationAnalytics {

    private static final Set<InteractionEventType> REPLY_EVENTS = EnumSet.of(InteractionEventType.REPLY_SENT,
            InteractionEventType.AUTO_RESPONSE_SENT, InteractionEventType.DRAFT_ACCEPTED,
            InteractionEventType.DRAFT_EDITED, InteractionEventType.REPLY_MANUAL);

    private final InteractionRepository interactions;
    private final InteractionEventStore events;
    private final Clock clock;
    private final AnalyticsConfig config;

    public CommunicationAnalytics(InteractionRepository interactions, InteractionEventStore events, Clock clock) {
        this(interactions, events, clock, AnalyticsConfig.defaults());
    }

    public CommunicationAnalytics(InteractionRepository interactions, InteractionEventStore events, Clock clock,
            AnalyticsConfig config) {
        this.interactions = Checks.required(interactions, "interactions");
        this.events = Checks.required(events, "events");
        this.clock = Checks.required(clock, "clock");
        this.config = Checks.required(config, "config");
    }

    /** The definitions this instance computes with. */
    public AnalyticsConfig config() {
        return config;
    }

    /**
     * The same analytics over the same ports with other definitions, e.g. a seller's own average order value for one
     * report; this instance is unchanged.
     */
    public CommunicationAnalytics withConfig(AnalyticsConfig config) {
        return new CommunicationAnalytics(interactions, events, clock, config);
    }

    /** @param periodDays 1..{@value AnalyticsConfig#MAX_PERIOD_DAYS} */
    public CommunicationReport report(SellerId sellerId, int periodDays) {
        Checks.required(sellerId, "sellerId");
        Checks.inRange(periodDays, 1, AnalyticsConfig.MAX_PERIOD_DAYS, "periodDays");
        Instant now = clock.instant();
        return compute(sellerId, now.minus(Duration.ofDays(periodDays)), now, now, periodDays);
    }

    /**
     * Analytics of the interactions whose buyer event falls in {@code [from, to)} — a day, for daily facts. Their
     * answers count whenever they came up to now, so recomputing a past day later sees the answers given since;
     * operator replies and reply quality count the reply events logged in {@code [from, to)}.
     *
     * @param from start, inclusive
     * @param to   end, exclusive; after {@code from}, at most {@value AnalyticsConfig#MAX_PERIOD_DAYS} days later
     */
    public CommunicationReport report(SellerId sellerId, Instant from, Instant to) {
        Checks.required(sellerId, "sellerId");
        Checks.required(from, "from");
        Checks.required(to, "to");
        if (!to.isAfter(from)) {
            throw new ru.agentiq.core.ValidationException("to must be after from (" + from + "), was " + to);
        }
        Duration span = Duration.between(from, to);
        if (span.compareTo(Duration.ofDays(AnalyticsConfig.MAX_PERIOD_DAYS)) > 0) {
            throw new ru.agentiq.core.ValidationException("the period must be at most "
                    + AnalyticsConfig.MAX_PERIOD_DAYS + " days, was " + span.toDays() + " days");
        }
        int days = (int) Math.max(1, (span.getSeconds() + 86_399) / 86_400);
        return compute(sellerId, from, to.minusNanos(1), clock.instant(), days);
    }

    /** Interactions of {@code [start, last]}, answers up to {@code now}, reply events of {@code [start, last]}. */
    private CommunicationReport compute(SellerId sellerId, Instant start, Instant last, Instant now,
            int periodDays) {
        Map<InteractionId, Interaction> byId = new HashMap<>();
        InboxScans.forEach(interactions, InboxQuery.builder(sellerId), i -> byId.put(i.id(), i));
        List<InteractionEvent> replyEvents = events.forSeller(sellerId, start,
                (now.isAfter(last) ? now : last).plusNanos(1000), REPLY_EVENTS);
        Map<InteractionId, List<Instant>> answerTimes = new HashMap<>();
        for (InteractionEvent e : replyEvents) {
            if (e.type() == InteractionEventType.REPLY_SENT || e.type() == InteractionEventType.AUTO_RESPONSE_SENT) {
                answerTimes.computeIfAbsent(e.interactionId(), k -> new ArrayList<>()).add(e.createdAt());
            }
        }

        Map<InteractionSource, Map<Channel, Bucket>> buckets = new EnumMap<>(InteractionSource.class);
        RepeatIndex repeats = new RepeatIndex(byId.values(), config.repeatWindow());
        for (Interaction i : byId.values()) {
            Instant at = activityTime(i);
            if (at.isBefore(start) || at.isAfter(last)) {
                continue;
            }
            Bucket b = bucket(buckets, i.data().source(), i.channel());
            b.add(i, at, answerTimes.get(i.id()), now, repeats);
        }
        for (InteractionEvent e : replyEvents) {
            Interaction i = byId.get(e.interactionId());
            if (i != null && !e.createdAt().isAfter(last)) {
                bucket(buckets, i.data().source(), i.channel()).addEvent(e);
            }
        }

        List<SourceAnalytics> sections = new ArrayList<>();
        for (Map.Entry<InteractionSource, Map<Channel, Bucket>> entry : buckets.entrySet()) {
            InteractionSource source = entry.getKey();
            List<ChannelMetrics> channels = new ArrayList<>();
            Arrays.stream(Channel.values()).sorted(Comparator.comparing(Channel::wire)).forEach(c -> {
                Bucket b = entry.getValue().get(c);
                if (b != null) {
                    channels.add(b.metrics(source, c));
                }
            });
            sections.add(new SourceAnalytics(source, SourceAnalytics.labelOf(source),
                    source != InteractionSource.WB_API, channels, revenue(source, entry.getValue())));
        }
        return new CommunicationReport(now, periodDays, start, last.isBefore(now) ? last : now, sections);
    }

    private Bucket bucket(Map<InteractionSource, Map<Channel, Bucket>> buckets, InteractionSource s, Channel c) {
        return buckets.computeIfAbsent(s, k -> new EnumMap<>(Channel.class)).computeIfAbsent(c, k -> new Bucket());
    }

    private RevenueEstimate revenue(InteractionSource source, Map<Channel, Bucket> channels) {
        Bucket reviews = channels.getOrDefault(Channel.REVIEW, new Bucket());
        Bucket questions = channels.getOrDefault(Channel.QUESTION, new Bucket());
        RevenueCoefficients k = config.revenue();
        Range aov = k.averageOrderValue();
        Range saveValue = aov.times(k.negativeSaveRate()).times(k.repeatPurchaseFactor());
        Range atRisk = aov.times(k.conversionDropPerStar()).times(k.atRiskShare()).times(reviews.negativeUnresolved);
        Range saved = saveValue.times(reviews.negativeInSla);
        Range potential = saveValue.times(Math.max(0, reviews.negativeTotal - reviews.negativeInSla));
        Range questionImpact = aov.times(k.fastResponseBoost()).times(questions.questionsFast);
        BigDecimal fastShare = questions.interactions == 0 ? BigDecimal.ZERO
                : BigDecimal.valueOf(questions.questionsFast).divide(BigDecimal.valueOf(questions.interactions), 10,
                        RoundingMode.HALF_UP);
        Range roi = k.fastResponseBoost().times(fastShare).times(100);
        return new RevenueEstimate(source, reviews.negativeTotal, reviews.negativeResponded,
                reviews.negativeUnresolved, reviews.negativeInSla, questions.interactions, questions.responded,
                questions.questionsFast, atRisk.rounded(2), saved.rounded(2), potential.rounded(2),
                questionImpact.rounded(2), roi.rounded(2));
    }

    /** Accumulates one (source, channel). Not thread-safe. */
    private final class Bucket {
        long interactions;
        long responded;
        final List<Duration> firstResponse = new ArrayList<>();
        final List<Duration> toClose = new ArrayList<>();
        long slaSample;
        long slaHit;
        long repeatSample;
        long repeats;
        long qualitySample;
        long qualityPass;
        long operatorReplies;
        final Set<Long> operatorHours = new HashSet<>();
        long negativeTotal;
        long negativeResponded;
        long negativeUnresolved;
        long negativeInSla;
        long questionsFast;

        void add(Interaction i, Instant at, List<Instant> replies, Instant now, RepeatIndex repeatIndex) {
            InteractionData d = i.data();
            interactions++;
            // a reply logged before the buyer's message answers an earlier message, not this one
            Instant firstAnswer = null;
            Instant lastAnswer = null;
            if (replies != null) {
                for (Instant t : replies) {
                    if (!t.isBefore(at)) {
                        firstAnswer = firstAnswer == null || t.isBefore(firstAnswer) ? t : firstAnswer;
                        lastAnswer = lastAnswer == null || t.isAfter(lastAnswer) ? t : lastAnswer;
                    }
                }
            }
            if (!d.needsResponse()) {
                Instant elsewhere = instant(d.extraData(), "last_reply_at");
                if (elsewhere != null && elsewhere.isBefore(at)) {
                    elsewhere = null;
                }
                if (firstAnswer == null || (elsewhere != null && elsewhere.isBefore(firstAnswer))) {
                    firstAnswer = elsewhere != null ? elsewhere : firstAnswer;
                }
                if (lastAnswer == null || (elsewhere != null && elsewhere.isAfter(lastAnswer))) {
                    lastAnswer = elsewhere != null ? elsewhere : lastAnswer;
                }
            }
            boolean answered = firstAnswer != null || !d.needsResponse();
            if (answered) {
                responded++;
            }
            if (firstAnswer != null) {
                firstResponse.add(Duration.between(at, firstAnswer));
            }
            if (!d.needsResponse() && lastAnswer != null) {
                toClose.add(Duration.between(at, lastAnswer));
            }
            Instant due = d.slaDueAt() != null ? d.slaDueAt() : at.plus(config.defaultSlaTargets().get(d.channel()));
            if (firstAnswer != null) {
                slaSample++;
                if (!firstAnswer.isAfter(due)) {
                    slaHit++;
                }
            } else if (due.isBefore(now)) {
                slaSample++;
            }
            String intent = intent(d.extraData());
            if (intent != null && RepeatIndex.identity(d) != null) {
                repeatSample++;
                if (repeatIndex.isRepeat(i, intent, at)) {
                    repeats++;
                }
            }
            boolean inSla = firstAnswer != null
                    && !firstAnswer.isAfter(at.plus(config.revenue().slaThreshold()));
            if (d.channel() == Channel.REVIEW && d.rating() != null && d.rating() <= 2) {
                negativeTotal++;
                if (answered) {
                    negativeResponded++;
                } else {
                    negativeUnresolved++;
                }
                if (inSla) {
                    negativeInSla++;
                }
            }
            if (d.channel() == Channel.QUESTION && inSla) {
                questionsFast++;
            }
        }

        void addEvent(InteractionEvent e) {
            switch (e.type()) {
                case REPLY_SENT -> {
                    operatorReplies++;
                    operatorHours.add(Math.floorDiv(e.createdAt().getEpochSecond(), 3600L));
                }
                case DRAFT_ACCEPTED, AUTO_RESPONSE_SENT -> {
                    qualitySample++;
                    qualityPass++;
                }
                case DRAFT_EDITED -> {
                    qualitySample++;
                    Object ratio = e.details().get(QualityRecorder.EDIT_RATIO).orElse(null);
                    BigDecimal r = ratio instanceof BigDecimal b ? b
                            : ratio instanceof Long l ? BigDecimal.valueOf(l) : null;
                    if (r != null && r.compareTo(config.lightEditMaxRatio()) <= 0) {
                        qualityPass++;
                    }
                }
                case REPLY_MANUAL -> qualitySample++;
                default -> {
                }
            }
        }

        ChannelMetrics metrics(InteractionSource source, Channel channel) {
            BigDecimal perHour = operatorHours.isEmpty() ? BigDecimal.ZERO.setScale(2)
                    : BigDecimal.valueOf(operatorReplies).divide(BigDecimal.valueOf(operatorHours.size()), 2,
                            RoundingMode.HALF_UP);
            return new ChannelMetrics(channel, source, interactions, responded, DurationStats.of(firstResponse),
                    Rates.of(slaHit, slaSample), slaSample, Rates.of(qualityPass, qualitySample), qualitySample,
                    Rates.of(repeats, repeatSample), repeatSample, perHour, operatorReplies,
                    DurationStats.of(toClose));
        }
    }

    /** Per (source, identity, intent), the sorted buyer-event times, to find an earlier occurrence in the window. */
    private static final class RepeatIndex {
        private final Map<String, List<Instant>> times = new HashMap<>();
        private final Duration window;

        RepeatIndex(Iterable<Interaction> all, Duration window) {
            this.window = window;
            for (Interaction i : all) {
                String intent = intent(i.data().extraData());
                String id = identity(i.data());
                if (intent != null && id != null) {
                    times.computeIfAbsent(key(i.data().source(), id, intent), k -> new ArrayList<>())
                            .add(activityTime(i));
                }
            }
            times.values().forEach(Collections::sort);
        }

        boolean isRepeat(Interaction i, String intent, Instant at) {
            List<Instant> list = times.get(key(i.data().source(), identity(i.data()), intent));
            if (list == null) {
                return false;
            }
            Instant from = at.minus(window);
            for (Instant t : list) {
                if (!t.isBefore(at)) {
                    return false;
                }
                if (!t.isBefore(from)) {
                    return true;
                }
            }
            return false;
        }

        static String identity(InteractionData d) {
            if (d.customerId() != null) {
                return "c:" + d.customerId();
            }
            return d.nmId() != null ? "p:" + d.nmId() : null;
        }

        private static String key(InteractionSource s, String identity, String intent) {
            return s.wire() + '|' + identity + '|' + intent;
        }
    }

    static Instant activityTime(Interaction i) {
        return i.data().occurredAt() != null ? i.data().occurredAt() : i.createdAt();
    }

    /** The interaction's intent as prioritisation, an auto-response or a draft recorded it. */
    static String intent(ExtraData extra) {
        return ru.agentiq.core.draft.Intents.of(extra);
    }

    private static Instant instant(ExtraData extra, String key) {
        String v = extra.getString(key).orElse(null);
        if (v == null) {
            return null;
        }
        try {
            return Instant.parse(v);
        } catch (DateTimeParseException e) {
            try {
                return java.time.OffsetDateTime.parse(v).toInstant();
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }

}
