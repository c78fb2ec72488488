package ru.agentiq.core.quality;

import java.math.BigDecimal;
import ru.agentiq.core.interaction.InteractionEvent;
import ru.agentiq.core.interaction.InteractionEventType;

/** Mutable counter behind {@link QualityCounts}; not thread-safe, one per aggregation. */
final class QualityTally {

    private final BigDecimal lightEditMaxRatio;
    long replies;
    long generated;
    long cacheHits;
    long accepted;
    long edited;
    long manual;
    long lightlyEdited;

    QualityTally(BigDecimal lightEditMaxRatio) {
        this.lightEditMaxRatio = lightEditMaxRatio;
    }

    void add(InteractionEvent event) {
        add(event.type(), event);
    }

    void add(InteractionEventType type, InteractionEvent event) {
        switch (type) {
            case REPLY_SENT -> replies++;
            case DRAFT_GENERATED -> generated++;
            case DRAFT_CACHE_HIT -> cacheHits++;
            case DRAFT_ACCEPTED -> accepted++;
            case DRAFT_EDITED -> {
                edited++;
                BigDecimal ratio = editRatio(event);
                if (ratio != null && ratio.compareTo(lightEditMaxRatio) <= 0) {
                    lightlyEdited++;
                }
            }
            case REPLY_MANUAL -> manual++;
            default -> {
                // auto-responses are counted by analytics, not by the operator funnel
            }
        }
    }

    QualityCounts counts() {
        return new QualityCounts(replies, generated, cacheHits, accepted, edited, manual, lightlyEdited);
    }

    /** The {@code edit_ratio} an outcome event carries, or null (events written by older code have none). */
    static BigDecimal editRatio(InteractionEvent event) {
        Object value = event.details().get(QualityRecorder.EDIT_RATIO).orElse(null);
        if (value instanceof BigDecimal d) {
            return d;
        }
        if (value instanceof Long l) {
            return BigDecimal.valueOf(l);
        }
        return null;
    }
}
