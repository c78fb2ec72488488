package ru.agentiq.core.history;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ru.agentiq.core.draft.Intents;
import ru.agentiq.core.ingest.IngestionListener;
import ru.agentiq.core.interaction.ExtraData;
import ru.agentiq.core.interaction.Interaction;
import ru.agentiq.core.interaction.InteractionData;
import ru.agentiq.core.interaction.SellerId;
import ru.agentiq.core.interaction.UpsertResult;
import ru.agentiq.core.internal.Checks;
import ru.agentiq.core.reply.ReplyListener;
import ru.agentiq.core.reply.SentReply;

/**
 * Feeds a {@link ResponseHistoryStore}: every reply sent through {@link ru.agentiq.core.reply.ReplyService} (as a
 * {@link ReplyListener}, with the full text) and every answer ingestion sees on a created or changed interaction — an
 * answer given in the marketplace's own cabinet, or an auto-response coming back from the marketplace — (as an
 * {@link IngestionListener}, with the stored {@code last_reply_text} and {@code last_reply_at}). Interactions without
 * a product reference (most chats) are skipped: history is recalled by product. Thread-safe when the store is.
 */
public final class ResponseHistoryRecorder implements ReplyListener, IngestionListener {

    private static final Logger log = LoggerFactory.getLogger(ResponseHistoryRecorder.class);

    private final ResponseHistoryStore store;

    public ResponseHistoryRecorder(ResponseHistoryStore store) {
        this.store = Checks.required(store, "store");
    }

    @Override
    public void onReply(SentReply reply) {
        Checks.required(reply, "reply");
        toRecord(reply.interaction(), reply.text(), reply.sentAt()).ifPresent(store::record);
    }

    @Override
    public void afterIngest(List<UpsertResult> results) {
        // one batch per seller: an ingest run is one seller's in practice, but the port does not promise it
        java.util.Map<SellerId, List<ResponseRecord>> bySeller = new java.util.LinkedHashMap<>();
        for (UpsertResult result : results) {
            if (result.outcome() == UpsertResult.Outcome.UNCHANGED) {
                continue;
            }
            Interaction i = result.interaction();
            ExtraData extra = i.data().extraData();
            String text = extra.getString("last_reply_text").orElse(null);
            if (text == null || text.isBlank()) {
                continue;
            }
            Instant at = instant(extra.get("last_reply_at").orElse(null));
            if (at == null) {
                // an answer without a time: it came no earlier than the buyer's message
                at = i.data().occurredAt() != null ? i.data().occurredAt() : i.createdAt();
            }
            try {
                toRecord(i, text, at).ifPresent(r -> bySeller.computeIfAbsent(r.sellerId(), k -> new ArrayList<>())
                        .add(r));
            } catch (RuntimeException e) {
                log.debug("response_history_skipped interaction={} reason={}", i.id(), e.getMessage());
            }
        }
        bySeller.forEach(store::recordAll);
    }

    /** The record of {@code text} answering {@code interaction}, or empty when it has no product reference. */
    static Optional<ResponseRecord> toRecord(Interaction interaction, String text, Instant at) {
        InteractionData d = interaction.data();
        if (d.nmId() == null && d.productArticle() == null) {
            return Optional.empty();
        }
        String intent = Intents.of(d.extraData());
        if (intent != null && intent.length() > ResponseRecord.MAX_INTENT_LENGTH) {
            intent = null;
        }
        return Optional.of(new ResponseRecord(interaction.sellerId(), d.marketplace(), interaction.id(), d.channel(),
                d.nmId(), d.productArticle(), intent, text, at));
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof String s && !s.isBlank()) {
            try {
                return Instant.parse(s);
            } catch (DateTimeParseException e) {
                try {
                    return OffsetDateTime.parse(s).toInstant();
                } catch (DateTimeParseException e2) {
                    return null;
                }
            }
        }
        return null;
    }
}
