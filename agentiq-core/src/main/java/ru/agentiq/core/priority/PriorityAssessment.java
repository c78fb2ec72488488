package ru.agentiq.core.priority;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import ru.agentiq.core.ValidationException;
import ru.agentiq.core.interaction.Channel;
import ru.agentiq.core.interaction.ExtraData;
import ru.agentiq.core.interaction.InteractionData;
import ru.agentiq.core.interaction.Priority;
import ru.agentiq.core.internal.Checks;

/**
 * What prioritisation decided for one interaction.
 *
 * @param priority                queue priority
 * @param intent                  intent label ({@link QuestionIntent} or {@link ChatIntent} wire name); null for
 *                                reviews
 * @param slaTargetMinutes        minutes the intent allows for an answer; null when no SLA applies
 * @param slaDueAt                answer deadline; null when answered, no SLA applies or the start time is unknown
 * @param priorityReason          why: the intent or rating, then {@code +}-joined escalations, for example
 *                                {@code sizing_fit+age_8h}, {@code defect_not_working+buyer_messages+shouting},
 *                                {@code rating_2}, {@code answered}
 * @param intentDetectionMethod   how the intent was found; null when there is no intent
 * @param needsEscalation         whether the buyer's words (medical, legal, counterfeit) call for a senior person
 * @param escalationReason        which words, for example {@code medical: аллергия}; null unless escalation is needed
 */
public record PriorityAssessment(
        Priority priority,
        String intent,
        Integer slaTargetMinutes,
        Instant slaDueAt,
        String priorityReason,
        DetectionMethod intentDetectionMethod,
        boolean needsEscalation,
        String escalationReason) {

    /** {@code extra_data} keys {@link #applyTo} writes (seed names, plus the chat and escalation ones). */
    public static final String QUESTION_INTENT_KEY = "question_intent";
    public static final String CHAT_INTENT_KEY = "chat_intent";
    public static final String INTENT_DETECTION_METHOD_KEY = "intent_detection_method";
    public static final String PRIORITY_REASON_KEY = "priority_reason";
    public static final String SLA_TARGET_MINUTES_KEY = "sla_target_minutes";
    public static final String SLA_DUE_AT_KEY = "sla_due_at";
    public static final String NEEDS_ESCALATION_KEY = "needs_escalation";
    public static final String ESCALATION_REASON_KEY = "escalation_reason";

    public PriorityAssessment {
        Checks.required(priority, "priority");
        Checks.requiredText(priorityReason, "priorityReason", 200);
        if ((intent == null) != (intentDetectionMethod == null)) {
            throw new ValidationException("intentDetectionMethod must be present exactly when there is an intent");
        }
        if (needsEscalation != (escalationReason != null)) {
            throw new ValidationException("escalationReason must be present exactly when escalation is needed");
        }
        if (slaDueAt != null && slaTargetMinutes == null) {
            throw new ValidationException("slaDueAt needs slaTargetMinutes");
        }
    }

    /**
     * {@code data} with this assessment written in: {@code priority}, {@code slaDueAt}, and the extra-data keys
     * {@code question_intent} (questions) or {@code chat_intent} (chats), {@code intent_detection_method},
     * {@code priority_reason}, {@code sla_target_minutes}, {@code sla_due_at} (ISO-8601), {@code needs_escalation}
     * and {@code escalation_reason}. Keys whose value is absent are removed, so re-assessing never leaves stale
     * values behind.
     */
    public InteractionData applyTo(InteractionData data) {
        Checks.required(data, "data");
        // one copy of the document instead of one per key: this runs for every ingested item
        Map<String, Object> extra = new LinkedHashMap<>(data.extraData().asMap());
        String intentKey = data.channel() == Channel.QUESTION ? QUESTION_INTENT_KEY
                : data.channel() == Channel.CHAT ? CHAT_INTENT_KEY : null;
        if (intentKey != null) {
            set(extra, intentKey, intent);
        }
        set(extra, INTENT_DETECTION_METHOD_KEY, intentDetectionMethod == null ? null : intentDetectionMethod.wire());
        set(extra, PRIORITY_REASON_KEY, priorityReason);
        set(extra, SLA_TARGET_MINUTES_KEY, slaTargetMinutes == null ? null : slaTargetMinutes.longValue());
        set(extra, SLA_DUE_AT_KEY, slaDueAt == null ? null : slaDueAt.toString());
        set(extra, NEEDS_ESCALATION_KEY, needsEscalation ? Boolean.TRUE : null);
        set(extra, ESCALATION_REASON_KEY, escalationReason);
        return data.toBuilder().priority(priority).slaDueAt(slaDueAt).extraData(ExtraData.of(extra)).build();
    }

    private static void set(Map<String, Object> extra, String key, Object value) {
        if (value == null) {
            extra.remove(key);
        } else {
            extra.put(key, value);
        }
    }
}
