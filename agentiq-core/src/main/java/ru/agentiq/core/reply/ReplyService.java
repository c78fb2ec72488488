package ru.agentiq.core.reply;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ru.agentiq.core.AgentIqException;
import ru.agentiq.core.ValidationException;
import ru.agentiq.core.guardrails.ReplyBlockedException;
import ru.agentiq.core.guardrails.ReplyVerdict;
import ru.agentiq.core.guardrails.SellerGuardrails;
import ru.agentiq.core.interaction.Channel;
import ru.agentiq.core.interaction.ExtraData;
import ru.agentiq.core.interaction.Interaction;
import ru.agentiq.core.interaction.InteractionEventStore;
import ru.agentiq.core.interaction.InteractionEventType;
import ru.agentiq.core.interaction.InteractionId;
import ru.agentiq.core.interaction.InteractionNotFoundException;
import ru.agentiq.core.interaction.InteractionRepository;
import ru.agentiq.core.interaction.InteractionStatus;
import ru.agentiq.core.interaction.Priority;
import ru.agentiq.core.interaction.SellerId;
import ru.agentiq.core.internal.Checks;
import ru.agentiq.core.quality.ReplyOutcome;

/**
 * Sends a seller's reply exactly once.
 *
 * <ol>
 *   <li>The text is trimmed and checked (not blank; at most {@value #MAX_TEXT_LENGTH} characters,
 *       {@value #MAX_CHAT_TEXT_LENGTH} in chats), then by the seller's guardrails ({@link SellerGuardrails}, the
 *       pre-send check): any error-severity violation refuses it with a {@link ReplyBlockedException} whose verdict
 *       lists every violation; warnings do not block and come back in the result.</li>
 *   <li>An idempotency record is written before sending. A retry with the same key never sends twice: a completed
 *       reply is returned as it is; a reply whose fate is unknown (the process died, or sending timed out) is first
 *       read back from the marketplace through {@link ReplyDispatcher#verify}.</li>
 *   <li>After delivery: events {@code reply_sent} and the quality outcome ({@code draft_accepted},
 *       {@code draft_edited} or {@code reply_manual}), and the interaction becomes {@code responded}, needs no
 *       response, priority {@code low}, with {@code last_reply_*} and {@code wb_sync_state=pending} in its extra
 *       data.</li>
 * </ol>
 *
 * <p>Thread-safe. Two concurrent calls with one key in this process: the second fails fast with
 * {@link ReplyOutcomeUnknownException} instead of racing.
 */
public final class ReplyService {

    /** The seed's reply endpoint accepted 1..5000 characters; WB answers allow up to 5000. */
    public static final int MAX_TEXT_LENGTH = 5_000;
    /** WB buyer-chat messages are limited to 1000 characters. */
    public static final int MAX_CHAT_TEXT_LENGTH = 1_000;
    public static final int MAX_KEY_LENGTH = 200;
    /** {@code last_reply_text} keeps this many characters (the seed's limit). */
    public static final int MAX_STORED_REPLY_LENGTH = 500;

    private static final Logger log = LoggerFactory.getLogger(ReplyService.class);

    private final InteractionRepository repository;
    private final InteractionEventStore events;
    private final ReplyDispatcher dispatcher;
    private final SellerGuardrails guardrails;
    private final ReplyAttemptStore attempts;
    private final Clock clock;
    private final ReplyListener listener;
    private final Set<String> inFlight = ConcurrentHashMap.newKeySet();

    public ReplyService(InteractionRepository repository, InteractionEventStore events, ReplyDispatcher dispatcher,
            SellerGuardrails guardrails, ReplyAttemptStore attempts, Clock clock) {
        this(repository, events, dispatcher, guardrails, attempts, clock, ReplyListener.none());
    }

    /** @param listener told about every completed reply (see {@link ReplyListener} for when) */
    public ReplyService(InteractionRepository repository, InteractionEventStore events, ReplyDispatcher dispatcher,
            SellerGuardrails guardrails, ReplyAttemptStore attempts, Clock clock, ReplyListener listener) {
        this.listener = Checks.required(listener, "listener");
        this.repository = Checks.required(repository, "repository");
        this.events = Checks.required(events, "events");
        this.dispatcher = Checks.required(dispatcher, "dispatcher");
        this.guardrails = Checks.required(guardrails, "guardrails");
        this.attempts = Checks.required(attempts, "attempts");
        this.clock = Checks.required(clock, "clock");
    }

    /** Sends a reply under a fresh idempotency key (no protection against the caller retrying). */
    public ReplyResult reply(SellerId sellerId, InteractionId interactionId, String text) {
        return reply(sellerId, interactionId, text, UUID.randomUUID().toString());
    }

    /**
     * Sends {@code text} as the reply to an interaction, at most once per {@code idempotencyKey}.
     *
     * @throws ValidationException           blank or too long text, a channel the dispatcher does not serve, or a key
     *                                       reused for a different reply
     * @throws ReplyBlockedException         the guardrails refused the text (its verdict lists the violations)
     * @throws InteractionNotFoundException  no such interaction for the seller
     * @throws ReplyOutcomeUnknownException  delivery could not be confirmed; retry later with the same key
     * @throws AgentIqException              the marketplace refused the reply (nothing was delivered)
     */
    public ReplyResult reply(SellerId sellerId, InteractionId interactionId, String text, String idempotencyKey) {
        Checks.required(sellerId, "sellerId");
        Checks.required(interactionId, "interactionId");
        String key = Checks.requiredText(idempotencyKey, "idempotencyKey", MAX_KEY_LENGTH);
        Interaction interaction = repository.findById(sellerId, interactionId)
                .orElseThrow(() -> new InteractionNotFoundException(sellerId, interactionId));
        Channel channel = interaction.channel();
        String reply = Checks.requiredText(text, "text",
                channel == Channel.CHAT ? MAX_CHAT_TEXT_LENGTH : MAX_TEXT_LENGTH);
        if (!dispatcher.channels().contains(channel)) {
            throw new ValidationException("replies to " + channel.wire() + " interactions are not supported");
        }
        ReplyVerdict verdict = guardrails.forSeller(sellerId).validate(channel, reply, interaction.data().text());
        if (!verdict.valid()) {
            throw new ReplyBlockedException(verdict);
        }

        String flightKey = sellerId + "\u0000" + key;
        if (!inFlight.add(flightKey)) {
            throw new ReplyOutcomeUnknownException("a reply with idempotency key " + key + " is being sent right now",
                    null);
        }
        try {
            return deliver(interaction, reply, key, verdict);
        } finally {
            inFlight.remove(flightKey);
        }
    }

    private ReplyResult deliver(Interaction interaction, String reply, String key, ReplyVerdict verdict) {
        Instant now = clock.instant();
        ReplyAttempt fresh = new ReplyAttempt(interaction.sellerId(), key, interaction.id(), reply,
                ReplyAttempt.State.PENDING, now, now);
        ReplyAttempt attempt = attempts.putIfAbsent(fresh);
        boolean existing = attempt != fresh;
        if (existing && (!attempt.interactionId().equals(interaction.id()) || !attempt.text().equals(reply))) {
            throw new ValidationException("idempotencyKey " + key + " was already used for a different reply");
        }
        ReplyRequest request = new ReplyRequest(interaction, reply, key);
        switch (attempt.state()) {
            case COMPLETED -> {
                Interaction current = repository.findById(interaction.sellerId(), interaction.id()).orElse(interaction);
                String stored = current.data().extraData().getString("last_reply_outcome").orElse(null);
                ReplyOutcome outcome = ReplyOutcome.REPLY_MANUAL;
                if (stored != null) {
                    try {
                        outcome = ru.agentiq.core.interaction.WireValue.parse(ReplyOutcome.class, stored,
                                "last_reply_outcome");
                    } catch (ValidationException e) {
                        // another writer stored something else; the reply itself was delivered
                    }
                }
                return new ReplyResult(current, outcome, true, verdict.warnings());
            }
            case DELIVERED -> {
                return complete(interaction, attempt, reply, verdict, true);
            }
            case PENDING -> {
                if (existing) {
                    Delivery delivery = dispatcher.verify(request);
                    if (delivery == Delivery.PRESENT) {
                        attempt = mark(attempt, ReplyAttempt.State.DELIVERED);
                        return complete(interaction, attempt, reply, verdict, true);
                    }
                    if (delivery == Delivery.UNKNOWN) {
                        throw new ReplyOutcomeUnknownException("an earlier attempt with idempotency key " + key
                                + " may have delivered the reply and the marketplace cannot confirm it yet", null);
                    }
                }
                return sendAndComplete(interaction, attempt, request, verdict);
            }
            case FAILED -> {
                attempt = mark(attempt, ReplyAttempt.State.PENDING);
                return sendAndComplete(interaction, attempt, request, verdict);
            }
            default -> throw new IllegalStateException("unknown attempt state " + attempt.state());
        }
    }

    private ReplyResult sendAndComplete(Interaction interaction, ReplyAttempt attempt, ReplyRequest request,
            ReplyVerdict verdict) {
        try {
            dispatcher.send(request);
        } catch (DispatchAmbiguousException e) {
            Delivery delivery = dispatcher.verify(request);
            if (delivery == Delivery.ABSENT) {
                mark(attempt, ReplyAttempt.State.FAILED);
                throw e;
            }
            if (delivery == Delivery.UNKNOWN) {
                log.warn("reply_outcome_unknown seller={} interaction={} key={}", interaction.sellerId(),
                        interaction.id(), attempt.idempotencyKey());
                throw new ReplyOutcomeUnknownException("the reply may have been delivered; retry with idempotency key "
                        + attempt.idempotencyKey() + " to confirm without sending twice", e);
            }
        } catch (AgentIqException e) {
            mark(attempt, ReplyAttempt.State.FAILED);
            throw e;
        }
        attempt = mark(attempt, ReplyAttempt.State.DELIVERED);
        return complete(interaction, attempt, request.text(), verdict, false);
    }

    private ReplyResult complete(Interaction interaction, ReplyAttempt attempt, String reply, ReplyVerdict verdict,
            boolean alreadyDelivered) {
        Instant now = clock.instant();
        Interaction current = repository.findById(interaction.sellerId(), interaction.id()).orElse(interaction);
        ExtraData extra = current.data().extraData();
        String draft = null;
        String draftSource = null;
        if (extra.get("last_ai_draft").orElse(null) instanceof Map<?, ?> draftMap) {
            draft = draftMap.get("text") instanceof String s ? s : null;
            draftSource = draftMap.get("source") instanceof String s ? s : null;
        }
        // the quality module's classification: the seed's normalised comparison plus the edit distance and ratio
        ru.agentiq.core.quality.ReplyClassification quality = ru.agentiq.core.quality.ReplyClassifier.instance()
                .classify(draft, draftSource, reply);
        ReplyOutcome outcome = quality.outcome();
        events.append(current.sellerId(), current.id(), current.channel(), InteractionEventType.REPLY_SENT,
                ExtraData.of("text_len", reply.length()), now);
        java.util.Map<String, Object> details = new java.util.LinkedHashMap<>();
        details.put("text_len", reply.length());
        details.put("draft_source", quality.draftSource());
        if (quality.editRatio() != null) {
            details.put(ru.agentiq.core.quality.QualityRecorder.EDIT_DISTANCE, quality.editDistance());
            details.put(ru.agentiq.core.quality.QualityRecorder.EDIT_RATIO, quality.editRatio());
        }
        events.append(current.sellerId(), current.id(), current.channel(), outcome.eventType(),
                ExtraData.of(details), now);
        String stored = reply.length() > MAX_STORED_REPLY_LENGTH ? reply.substring(0, MAX_STORED_REPLY_LENGTH) : reply;
        ExtraData newExtra = extra
                .with("last_reply_text", stored)
                .with("last_reply_source", "agentiq")
                .with("last_reply_at", now)
                .with("last_reply_outcome", outcome.wire())
                .with("last_reply_edit_ratio", quality.editRatio())
                .with("wb_sync_state", "pending");
        Interaction updated = repository.update(current.withData(b -> b
                .status(InteractionStatus.RESPONDED)
                .needsResponse(false)
                .priority(Priority.LOW)
                .slaDueAt(null)
                .extraData(newExtra)), now);
        mark(attempt, ReplyAttempt.State.COMPLETED);
        try {
            listener.onReply(new SentReply(updated, reply, outcome, now));
        } catch (RuntimeException e) {
            log.warn("reply_listener_failed seller={} interaction={} error={}", updated.sellerId(), updated.id(),
                    e.toString());
        }
        log.info("reply_sent seller={} interaction={} channel={} outcome={} text_len={}", updated.sellerId(),
                updated.id(), updated.channel().wire(), outcome.wire(), reply.length());
        return new ReplyResult(updated, outcome, alreadyDelivered, verdict.warnings());
    }

    private ReplyAttempt mark(ReplyAttempt attempt, ReplyAttempt.State state) {
        ReplyAttempt next = attempt.withState(state, clock.instant());
        attempts.update(next);
        return next;
    }
}
