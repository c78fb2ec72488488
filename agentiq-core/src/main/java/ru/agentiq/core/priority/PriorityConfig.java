package ru.agentiq.core.priority;

import java.time.Duration;
import ru.agentiq.core.ValidationException;
import ru.agentiq.core.internal.Checks;

/**
 * A seller's prioritisation settings. {@link #defaults()}: the seed's chat SLA table, always open on Moscow time,
 * a 60-minute due-soon window, the LLM intent fallback off (the seed's {@code ENABLE_LLM_INTENT=false}) with a
 * 5-second time box.
 *
 * @param chatSla               priority and SLA target per chat intent
 * @param calendar              time zone and working hours deadlines run on
 * @param dueSoonWindow         how close a deadline must be to count as due soon; 1 minute..7 days
 * @param intentFallbackEnabled whether unplaced questions are sent to the {@link IntentFallback}
 * @param intentFallbackTimeout how long to wait for the fallback; 1 ms..60 s
 */
public record PriorityConfig(
        ChatSlaTable chatSla,
        SlaCalendar calendar,
        Duration dueSoonWindow,
        boolean intentFallbackEnabled,
        Duration intentFallbackTimeout) {

    public static final Duration DEFAULT_DUE_SOON_WINDOW = Duration.ofMinutes(60);
    public static final Duration DEFAULT_INTENT_FALLBACK_TIMEOUT = Duration.ofSeconds(5);
    public static final Duration MAX_DUE_SOON_WINDOW = Duration.ofDays(7);
    public static final Duration MAX_INTENT_FALLBACK_TIMEOUT = Duration.ofSeconds(60);

    private static final PriorityConfig DEFAULTS = new PriorityConfig(ChatSlaTable.defaults(),
            SlaCalendar.alwaysOpen(), DEFAULT_DUE_SOON_WINDOW, false, DEFAULT_INTENT_FALLBACK_TIMEOUT);

    public PriorityConfig {
        Checks.required(chatSla, "chatSla");
        Checks.required(calendar, "calendar");
        within(dueSoonWindow, Duration.ofMinutes(1), MAX_DUE_SOON_WINDOW, "dueSoonWindow");
        within(intentFallbackTimeout, Duration.ofMillis(1), MAX_INTENT_FALLBACK_TIMEOUT, "intentFallbackTimeout");
    }

    public static PriorityConfig defaults() {
        return DEFAULTS;
    }

    public static Builder builder() {
        return DEFAULTS.toBuilder();
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    private static void within(Duration value, Duration min, Duration max, String field) {
        Checks.required(value, field);
        if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
            throw new ValidationException(field + " must be " + min + ".." + max + ", was " + value);
        }
    }

    /** Mutable, single-use builder; {@link #build()} validates. */
    public static final class Builder {
        private ChatSlaTable chatSla;
        private SlaCalendar calendar;
        private Duration dueSoonWindow;
        private boolean intentFallbackEnabled;
        private Duration intentFallbackTimeout;

        private Builder(PriorityConfig base) {
            chatSla = base.chatSla;
            calendar = base.calendar;
            dueSoonWindow = base.dueSoonWindow;
            intentFallbackEnabled = base.intentFallbackEnabled;
            intentFallbackTimeout = base.intentFallbackTimeout;
        }

        public Builder chatSla(ChatSlaTable table) {
            this.chatSla = Checks.required(table, "chatSla");
            return this;
        }

        /** Overrides one chat intent's priority and SLA target (minutes 1..10080). */
        public Builder chatSla(ChatIntent intent, ru.agentiq.core.interaction.Priority priority, int slaMinutes) {
            this.chatSla = chatSla.with(intent, priority, slaMinutes);
            return this;
        }

        public Builder calendar(SlaCalendar calendar) {
            this.calendar = Checks.required(calendar, "calendar");
            return this;
        }

        public Builder dueSoonWindow(Duration window) {
            this.dueSoonWindow = window;
            return this;
        }

        public Builder intentFallbackEnabled(boolean enabled) {
            this.intentFallbackEnabled = enabled;
            return this;
        }

        public Builder intentFallbackTimeout(Duration timeout) {
            this.intentFallbackTimeout = timeout;
            return this;
        }

        public PriorityConfig build() {
            return new PriorityConfig(chatSla, calendar, dueSoonWindow, intentFallbackEnabled, intentFallbackTimeout);
        }
    }
}
