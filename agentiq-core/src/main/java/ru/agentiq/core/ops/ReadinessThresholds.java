package ru.agentiq.core.ops;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Set;
import ru.agentiq.core.ValidationException;
import ru.agentiq.core.interaction.Channel;
import ru.agentiq.core.internal.Checks;

/**
 * Calibration of the pilot gate (seed §e.5 defaults and bounds). Immutable; {@link #defaults()} or
 * {@link #builder()}, whose setters reject out-of-bounds values at once.
 *
 * @param requiredChannels         a channel here with no interactions blocks the pilot
 * @param recommendedChannels      a channel here with no interactions warns
 * @param maxSyncAgeMinutes        {@value #MIN_SYNC_AGE_MINUTES}..{@value #MAX_SYNC_AGE_MINUTES}
 * @param maxOverdueQuestions      0..{@value #MAX_OVERDUE_QUESTIONS}
 * @param maxManualRate            0..1
 * @param maxOpenBacklog           0..{@value #MAX_OPEN_BACKLOG}
 * @param minReplyActivity         0..{@value #MAX_REPLY_ACTIVITY}
 * @param replyActivityWindowDays  1..{@value #MAX_WINDOW_DAYS}
 */
public record ReadinessThresholds(Set<Channel> requiredChannels, Set<Channel> recommendedChannels,
        int maxSyncAgeMinutes, int maxOverdueQuestions, BigDecimal maxManualRate, int maxOpenBacklog,
        int minReplyActivity, int replyActivityWindowDays) {

    public static final Set<Channel> DEFAULT_REQUIRED_CHANNELS = Set.of(Channel.REVIEW, Channel.QUESTION);
    public static final Set<Channel> DEFAULT_RECOMMENDED_CHANNELS = Set.of(Channel.CHAT);
    public static final int DEFAULT_MAX_SYNC_AGE_MINUTES = 30;
    public static final int MIN_SYNC_AGE_MINUTES = 5;
    public static final int MAX_SYNC_AGE_MINUTES = 1440;
    public static final int DEFAULT_MAX_OVERDUE_QUESTIONS = 0;
    public static final int MAX_OVERDUE_QUESTIONS = 10_000;
    public static final BigDecimal DEFAULT_MAX_MANUAL_RATE = new BigDecimal("0.6");
    public static final int DEFAULT_MAX_OPEN_BACKLOG = 250;
    public static final int MAX_OPEN_BACKLOG = 100_000;
    public static final int DEFAULT_MIN_REPLY_ACTIVITY = 1;
    public static final int MAX_REPLY_ACTIVITY = 10_000;
    public static final int DEFAULT_REPLY_ACTIVITY_WINDOW_DAYS = 30;
    public static final int MAX_WINDOW_DAYS = 365;

    private static final ReadinessThresholds DEFAULTS = builder().build();

    public ReadinessThresholds {
        requiredChannels = channels(requiredChannels, "requiredChannels");
        recommendedChannels = channels(recommendedChannels, "recommendedChannels");
        Checks.inRange(maxSyncAgeMinutes, MIN_SYNC_AGE_MINUTES, MAX_SYNC_AGE_MINUTES, "maxSyncAgeMinutes");
        Checks.inRange(maxOverdueQuestions, 0, MAX_OVERDUE_QUESTIONS, "maxOverdueQuestions");
        Checks.required(maxManualRate, "maxManualRate");
        if (maxManualRate.signum() < 0 || maxManualRate.compareTo(BigDecimal.ONE) > 0) {
            throw new ValidationException("maxManualRate must be 0..1, was " + maxManualRate.toPlainString());
        }
        Checks.inRange(maxOpenBacklog, 0, MAX_OPEN_BACKLOG, "maxOpenBacklog");
        Checks.inRange(minReplyActivity, 0, MAX_REPLY_ACTIVITY, "minReplyActivity");
        Checks.inRange(replyActivityWindowDays, 1, MAX_WINDOW_DAYS, "replyActivityWindowDays");
    }

    public static ReadinessThresholds defaults() {
        return DEFAULTS;
    }

    public static Builder builder() {
        return new Builder();
    }

    private static Set<Channel> channels(Set<Channel> values, String field) {
        Checks.required(values, field);
        for (Channel c : values) {
            Checks.required(c, field + " element");
        }
        return values.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(values));
    }

    /** Builder starting from the seed's defaults; every setter validates its bound. */
    public static final class Builder {
        private Set<Channel> requiredChannels = DEFAULT_REQUIRED_CHANNELS;
        private Set<Channel> recommendedChannels = DEFAULT_RECOMMENDED_CHANNELS;
        private int maxSyncAgeMinutes = DEFAULT_MAX_SYNC_AGE_MINUTES;
        private int maxOverdueQuestions = DEFAULT_MAX_OVERDUE_QUESTIONS;
        private BigDecimal maxManualRate = DEFAULT_MAX_MANUAL_RATE;
        private int maxOpenBacklog = DEFAULT_MAX_OPEN_BACKLOG;
        private int minReplyActivity = DEFAULT_MIN_REPLY_ACTIVITY;
        private int replyActivityWindowDays = DEFAULT_REPLY_ACTIVITY_WINDOW_DAYS;

        private Builder() {
        }

        public Builder requiredChannels(Set<Channel> value) {
            this.requiredChannels = channels(value, "requiredChannels");
            return this;
        }

        public Builder recommendedChannels(Set<Channel> value) {
            this.recommendedChannels = channels(value, "recommendedChannels");
            return this;
        }

        public Builder maxSyncAgeMinutes(int value) {
            this.maxSyncAgeMinutes = Checks.inRange(value, MIN_SYNC_AGE_MINUTES, MAX_SYNC_AGE_MINUTES,
                    "maxSyncAgeMinutes");
            return this;
        }

        public Builder maxOverdueQuestions(int value) {
            this.maxOverdueQuestions = Checks.inRange(value, 0, MAX_OVERDUE_QUESTIONS, "maxOverdueQuestions");
            return this;
        }

        public Builder maxManualRate(BigDecimal value) {
            Checks.required(value, "maxManualRate");
            if (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0) {
                throw new ValidationException("maxManualRate must be 0..1, was " + value.toPlainString());
            }
            this.maxManualRate = value;
            return this;
        }

        public Builder maxOpenBacklog(int value) {
            this.maxOpenBacklog = Checks.inRange(value, 0, MAX_OPEN_BACKLOG, "maxOpenBacklog");
            return this;
        }

        public Builder minReplyActivity(int value) {
            this.minReplyActivity = Checks.inRange(value, 0, MAX_REPLY_ACTIVITY, "minReplyActivity");
            return this;
        }

        public Builder replyActivityWindowDays(int value) {
            this.replyActivityWindowDays = Checks.inRange(value, 1, MAX_WINDOW_DAYS, "replyActivityWindowDays");
            return this;
        }

        public ReadinessThresholds build() {
            return new ReadinessThresholds(requiredChannels, recommendedChannels, maxSyncAgeMinutes,
                    maxOverdueQuestions, maxManualRate, maxOpenBacklog, minReplyActivity, replyActivityWindowDays);
        }
    }
}
