package ru.agentiq.core.quality;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import ru.agentiq.core.interaction.ExtraData;
import ru.agentiq.core.interaction.Interaction;
import ru.agentiq.core.interaction.InteractionEventStore;
import ru.agentiq.core.interaction.InteractionEventType;
import ru.agentiq.core.internal.Checks;

/**
 * Records a sent reply for quality metrics (seed §e.1): a {@code reply_sent} event, then the outcome event with the
 * draft's source and, for edited drafts, the edit distance and ratio. Thread-safe when the event store is.
 */
public final class QualityRecorder {

    /** Details key of the edit ratio on {@code draft_edited} (and {@code 0} on {@code draft_accepted}) events. */
    public static final String EDIT_RATIO = "edit_ratio";
    /** Details key of the edit distance on {@code draft_edited} events. */
    public static final String EDIT_DISTANCE = "edit_distance";
    /** Extra-data key where the outcome of the last reply is kept. */
    public static final String LAST_REPLY_OUTCOME = "last_reply_outcome";
    /** Extra-data key where the edit ratio of the last reply is kept (absent for manual replies). */
    public static final String LAST_REPLY_EDIT_RATIO = "last_reply_edit_ratio";

    private final InteractionEventStore events;
    private final Clock clock;
    private final ReplyClassifier classifier = ReplyClassifier.instance();

    public QualityRecorder(InteractionEventStore events, Clock clock) {
        this.events = Checks.required(events, "events");
        this.clock = Checks.required(clock, "clock");
    }

    /**
     * Classifies {@code replyText} against the interaction's last draft and appends the two events.
     *
     * @return the classification, to be kept on the interaction with {@link #annotate(ExtraData, ReplyClassification)}
     */
    public ReplyClassification recordReply(Interaction interaction, String replyText) {
        Checks.required(interaction, "interaction");
        String text = replyText == null ? "" : replyText.strip();
        ReplyClassification result = classifier.classify(interaction.data().extraData(), text);
        Instant now = clock.instant();
        events.append(interaction.sellerId(), interaction.id(), interaction.channel(), InteractionEventType.REPLY_SENT,
                ExtraData.of("text_len", text.length()), now);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("text_len", text.length());
        details.put("draft_source", result.draftSource());
        if (result.editRatio() != null) {
            details.put(EDIT_DISTANCE, result.editDistance());
            details.put(EDIT_RATIO, result.editRatio());
        }
        events.append(interaction.sellerId(), interaction.id(), interaction.channel(), result.outcome().eventType(),
                ExtraData.of(details), now);
        return result;
    }

    /** {@code extraData} with the outcome (and edit ratio, when there was a draft) of the last reply. */
    public static ExtraData annotate(ExtraData extraData, ReplyClassification result) {
        ExtraData out = (extraData == null ? ExtraData.EMPTY : extraData)
                .with(LAST_REPLY_OUTCOME, result.outcome().wire());
        return result.editRatio() == null ? out.without(LAST_REPLY_EDIT_RATIO)
                : out.with(LAST_REPLY_EDIT_RATIO, result.editRatio());
    }
}
