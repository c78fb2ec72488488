package ru.agentiq.core.priority;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.FutureTask;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ru.agentiq.core.interaction.InteractionData;
import ru.agentiq.core.interaction.Priority;
import ru.agentiq.core.interaction.SellerId;
import ru.agentiq.core.internal.Checks;

/**
 * Decides priority, intent and answer deadline for interactions as they are ingested — the one entry point the WB
 * connector and ingestion call ({@link #prioritise}).
 *
 * <ul>
 *   <li><b>Reviews</b> (seed §b.1): answered → low; no rating → normal; 1–2★ → high; 3★ → normal; 4–5★ → low.
 *       No deadline.</li>
 *   <li><b>Questions</b> (§b.2): keyword rules pick one of six intents, which fixes priority and SLA target; an
 *       answered question is low with intent {@code answered}. Unanswered questions escalate with age: 24 h or more →
 *       urgent, 8 h or more and high → urgent. An unplaced question may go to the optional {@link IntentFallback}.</li>
 *   <li><b>Chats</b> (§b.3–b.5): the buyer's messages pick an intent; the seller's {@link ChatSlaTable} gives
 *       priority and target; three or more buyer messages, and a last buyer message in capitals or with {@code !!!},
 *       each raise the priority one step (normal → high → urgent).</li>
 *   <li>On every channel, medical, legal and counterfeit words in the buyer's text set {@code needsEscalation}.</li>
 * </ul>
 *
 * <p>Keywords are matched as whole words and stems with {@code ё/е} folded ({@code рост} does not fire inside
 * {@code простой}, nor {@code вес} inside {@code весь}). Deadlines run on the seller's {@link SlaCalendar}.
 *
 * <p>Thread-safe. Without an enabled fallback a call is pure computation: microseconds, no I/O, no locks.
 */
public final class InteractionPrioritizer {

    private static final Logger log = LoggerFactory.getLogger(InteractionPrioritizer.class);

    /** Capital letters over all characters above this makes a message shouting (seed §b.4). */
    public static final double SHOUTING_CAPITALS_SHARE = 0.5;
    /** Fewer letters than this never count as shouting, so {@code ОК} or {@code ДА} stay calm. */
    public static final int SHOUTING_MIN_LETTERS = 4;
    /** This many {@code !} in the last buyer message count as shouting (seed §b.4). */
    public static final int SHOUTING_EXCLAMATIONS = 3;
    /** This many buyer messages in a chat raise its priority (seed §b.4). */
    public static final int REPEATED_BUYER_MESSAGES = 3;
    public static final Duration ESCALATE_HIGH_AFTER = Duration.ofHours(8);
    public static final Duration ESCALATE_ANY_AFTER = Duration.ofHours(24);

    /** Created on first use, so embedders that never enable the fallback start no threads. */
    private static final class SharedFallbackExecutor {
        static final ExecutorService INSTANCE = Executors.newCachedThreadPool(daemonThreads());
    }

    private final PriorityConfigSource configs;
    private final IntentFallback fallback;
    private final Executor fallbackExecutor;
    private final BuyerTextRules rules = BuyerTextRules.INSTANCE;

    private InteractionPrioritizer(Builder builder) {
        this.configs = builder.configs;
        this.fallback = builder.fallback;
        this.fallbackExecutor = builder.fallbackExecutor;
    }

    /** Rules only, with {@link PriorityConfig#defaults()} for every seller. */
    public static InteractionPrioritizer defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** {@code data} with its assessment at {@code now} applied (see {@link PriorityAssessment#applyTo}). */
    public InteractionData prioritise(InteractionData data, Instant now) {
        return assess(data, now).applyTo(data);
    }

    /**
     * Assesses {@code data} at {@code now}. A chat is read from the interaction alone: its text is the buyer's last
     * message and {@code extra_data.unread_count} (when present) the number of buyer messages; call
     * {@link #assessChat} when the messages are at hand.
     */
    public PriorityAssessment assess(InteractionData data, Instant now) {
        Checks.required(data, "data");
        Checks.required(now, "now");
        return switch (data.channel()) {
            case REVIEW -> assessReview(data.rating(), data.text(), data.needsResponse());
            case QUESTION -> assessQuestion(data.sellerId(), data.text(), !data.needsResponse(), data.occurredAt(),
                    now);
            case CHAT -> {
                long unread = data.extraData().getLong("unread_count").orElse(1L);
                int buyerMessages = (int) Math.max(1, Math.min(unread, Integer.MAX_VALUE));
                yield chat(data.sellerId(), data.text(), data.text(), buyerMessages, data.needsResponse(),
                        data.occurredAt(), now);
            }
        };
    }

    /** Review priority from rating and answer state (seed §b.1); escalation words still flag the review. */
    public PriorityAssessment assessReview(Integer rating, String text, boolean needsResponse) {
        String escalation = escalation(text);
        Priority priority;
        String reason;
        if (!needsResponse) {
            priority = Priority.LOW;
            reason = "answered";
        } else if (rating == null) {
            priority = Priority.NORMAL;
            reason = "no_rating";
        } else {
            Checks.inRange(rating, 1, 5, "rating");
            priority = rating <= 2 ? Priority.HIGH : rating == 3 ? Priority.NORMAL : Priority.LOW;
            reason = "rating_" + rating;
        }
        return new PriorityAssessment(priority, null, null, null, reason, null, escalation != null, escalation);
    }

    /**
     * Question intent, priority and deadline (seed §b.2).
     *
     * @param occurredAt when the question was asked; nullable (then no age escalation and no deadline)
     */
    public PriorityAssessment assessQuestion(SellerId sellerId, String text, boolean answered, Instant occurredAt,
            Instant now) {
        Checks.required(sellerId, "sellerId");
        Checks.required(now, "now");
        long[] hits = text == null ? rules.matcher.newHits() : rules.matcher.scan(text);
        String escalation = rules.escalationReason(hits);
        if (answered) {
            QuestionIntent intent = QuestionIntent.ANSWERED;
            return new PriorityAssessment(intent.priority(), intent.wire(), intent.slaMinutes(), null, intent.wire(),
                    DetectionMethod.RULE_BASED, escalation != null, escalation);
        }
        PriorityConfig config = config(sellerId);
        QuestionIntent intent = rules.questionIntent(hits);
        DetectionMethod method = DetectionMethod.RULE_BASED;
        if (intent == QuestionIntent.GENERAL_QUESTION && fallback != null && config.intentFallbackEnabled()
                && text != null) {
            Optional<QuestionIntent> suggested = askFallback(text, config.intentFallbackTimeout());
            if (suggested.isPresent()) {
                intent = suggested.get();
                method = DetectionMethod.LLM;
            }
        }
        Priority priority = intent.priority();
        String reason = intent.wire();
        if (occurredAt != null) {
            Duration age = Duration.between(occurredAt, now);
            if (age.compareTo(ESCALATE_ANY_AFTER) >= 0 && priority != Priority.URGENT) {
                priority = Priority.URGENT;
                reason += "+age_24h";
            } else if (age.compareTo(ESCALATE_HIGH_AFTER) >= 0 && priority == Priority.HIGH) {
                priority = Priority.URGENT;
                reason += "+age_8h";
            }
        }
        Instant due = occurredAt == null ? null
                : config.calendar().dueAt(occurredAt, Duration.ofMinutes(intent.slaMinutes()));
        return new PriorityAssessment(priority, intent.wire(), intent.slaMinutes(), due, reason, method,
                escalation != null, escalation);
    }

    /**
     * Chat intent, priority and deadline from its messages (seed §b.3–b.5).
     *
     * @param messages      the chat so far, oldest first
     * @param needsResponse whether the seller owes an answer (otherwise low, no deadline)
     * @param occurredAt    when the buyer last wrote; nullable (then no deadline)
     */
    public PriorityAssessment assessChat(SellerId sellerId, List<ChatMessage> messages, boolean needsResponse,
            Instant occurredAt, Instant now) {
        Checks.required(sellerId, "sellerId");
        Checks.required(messages, "messages");
        Checks.required(now, "now");
        StringBuilder buyerText = new StringBuilder();
        String lastBuyerMessage = null;
        int buyerMessages = 0;
        for (ChatMessage message : messages) {
            if (Checks.required(message, "message").author() == ChatMessage.Author.BUYER) {
                buyerMessages++;
                lastBuyerMessage = message.text();
                if (buyerText.length() > 0) {
                    buyerText.append('\n');
                }
                buyerText.append(message.text());
            }
        }
        return chat(sellerId, buyerText.toString(), lastBuyerMessage, buyerMessages, needsResponse, occurredAt, now);
    }

    /**
     * Where {@code data} stands against its deadline at {@code now}, with the seller's due-soon window;
     * {@link SlaStatus#NONE} when it needs no response or has no deadline.
     */
    public SlaStatus slaStatus(InteractionData data, Instant now) {
        Checks.required(data, "data");
        if (!data.needsResponse() || data.slaDueAt() == null) {
            return SlaStatus.NONE;
        }
        return SlaStatus.of(data.slaDueAt(), now, config(data.sellerId()).dueSoonWindow());
    }

    private PriorityAssessment chat(SellerId sellerId, String buyerText, String lastBuyerMessage, int buyerMessages,
            boolean needsResponse, Instant occurredAt, Instant now) {
        long[] hits = buyerText == null || buyerText.isEmpty() ? rules.matcher.newHits()
                : rules.matcher.scan(buyerText);
        String escalation = rules.escalationReason(hits);
        ChatIntent intent = rules.chatIntent(hits);
        PriorityConfig config = config(sellerId);
        IntentSla sla = config.chatSla().get(intent);
        if (!needsResponse) {
            return new PriorityAssessment(Priority.LOW, intent.wire(), null, null, "answered",
                    DetectionMethod.RULE_BASED, escalation != null, escalation);
        }
        Priority priority = sla.priority();
        StringBuilder reason = new StringBuilder(intent.wire());
        if (buyerMessages >= REPEATED_BUYER_MESSAGES && raisable(priority)) {
            priority = raise(priority);
            reason.append("+buyer_messages");
        }
        if (isShouting(lastBuyerMessage) && raisable(priority)) {
            priority = raise(priority);
            reason.append("+shouting");
        }
        Instant due = occurredAt == null ? null
                : config.calendar().dueAt(occurredAt, Duration.ofMinutes(sla.slaMinutes()));
        return new PriorityAssessment(priority, intent.wire(), sla.slaMinutes(), due, reason.toString(),
                DetectionMethod.RULE_BASED, escalation != null, escalation);
    }

    /** Capitals over more than half of the characters (with at least four letters), or three {@code !}. */
    static boolean isShouting(String message) {
        if (message == null || message.isBlank()) {
            return false;
        }
        int upper = 0;
        int letters = 0;
        int exclamations = 0;
        for (int i = 0; i < message.length(); i++) {
            char c = message.charAt(i);
            if (c == '!') {
                exclamations++;
            } else if (Character.isLetter(c)) {
                letters++;
                if (Character.isUpperCase(c)) {
                    upper++;
                }
            }
        }
        return exclamations >= SHOUTING_EXCLAMATIONS
                || letters >= SHOUTING_MIN_LETTERS && upper > SHOUTING_CAPITALS_SHARE * message.length();
    }

    private static boolean raisable(Priority priority) {
        return priority == Priority.NORMAL || priority == Priority.HIGH;
    }

    private static Priority raise(Priority priority) {
        return priority == Priority.NORMAL ? Priority.HIGH : Priority.URGENT;
    }

    private String escalation(String text) {
        return text == null ? null : rules.escalationReason(rules.matcher.scan(text));
    }

    private PriorityConfig config(SellerId sellerId) {
        PriorityConfig config = configs.forSeller(sellerId);
        if (config == null) {
            throw new IllegalStateException("the priority config source returned nothing for seller " + sellerId);
        }
        return config;
    }

    private Optional<QuestionIntent> askFallback(String text, Duration timeout) {
        FutureTask<Optional<String>> task = new FutureTask<>(() -> fallback.suggestQuestionIntent(text));
        try {
            (fallbackExecutor != null ? fallbackExecutor : SharedFallbackExecutor.INSTANCE).execute(task);
            Optional<String> answer = task.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
            return answer == null ? Optional.empty() : answer.flatMap(QuestionIntent::fromModelAnswer);
        } catch (TimeoutException e) {
            task.cancel(true);
            log.debug("Intent fallback did not answer within {}; keeping the rule-based intent", timeout);
        } catch (InterruptedException e) {
            task.cancel(true);
            Thread.currentThread().interrupt();
        } catch (ExecutionException | RejectedExecutionException e) {
            log.debug("Intent fallback failed; keeping the rule-based intent", e);
        }
        return Optional.empty();
    }

    private static java.util.concurrent.ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "agentiq-intent-fallback-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /** Mutable, single-use builder. */
    public static final class Builder {
        private PriorityConfigSource configs = PriorityConfigSource.fixed(PriorityConfig.defaults());
        private IntentFallback fallback;
        private Executor fallbackExecutor;

        private Builder() {
        }

        /** The same settings for every seller. */
        public Builder config(PriorityConfig config) {
            Checks.required(config, "config");
            this.configs = PriorityConfigSource.fixed(config);
            return this;
        }

        /** Per-seller settings. */
        public Builder configs(PriorityConfigSource source) {
            this.configs = Checks.required(source, "configs");
            return this;
        }

        /** The LLM intent fallback; used only for sellers whose config enables it. */
        public Builder intentFallback(IntentFallback fallback) {
            this.fallback = Checks.required(fallback, "intentFallback");
            return this;
        }

        /**
         * Where fallback calls run so the caller can stop waiting; a shared pool of daemon threads by default. The
         * executor must run each task on a thread other than the caller's.
         */
        public Builder fallbackExecutor(Executor executor) {
            this.fallbackExecutor = Checks.required(executor, "fallbackExecutor");
            return this;
        }

        public InteractionPrioritizer build() {
            return new InteractionPrioritizer(this);
        }
    }
}
