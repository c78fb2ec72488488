package ru.agentiq.core.reply;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.agentiq.core.interaction.ExtraData;
import ru.agentiq.core.interaction.Interaction;
import ru.agentiq.core.interaction.InteractionEvent;
import ru.agentiq.core.quality.QualityRecorder;

/** Replies sent through the reply service carry the quality module's edit ratio. */
class ReplyEditRatioTest {

    private static final ru.agentiq.core.interaction.SellerId SELLER = ReplyServiceTest.SELLER;
    /** The reply service fixture (repository, events, dispatcher) of the reply tests. */
    private final ReplyServiceTest fixture = new ReplyServiceTest();

    @Test
    void anEditedReplyRecordsItsEditDistanceAndRatio() {
        Interaction review = fixture.review(ExtraData.of("last_ai_draft", Map.of("text", "Спасибо за отзыв", "source", "llm")));

        ReplyResult result = fixture.service().reply(SELLER, review.id(), "Спасибо за ваш отзыв", "key-edit");

        InteractionEvent outcome = fixture.events.forInteraction(SELLER, review.id()).get(1);
        assertThat(outcome.details().getLong(QualityRecorder.EDIT_DISTANCE)).contains(4L);
        assertThat((BigDecimal) outcome.details().get(QualityRecorder.EDIT_RATIO).orElseThrow())
                .isEqualByComparingTo("0.2");
        assertThat((BigDecimal) result.interaction().data().extraData().get("last_reply_edit_ratio").orElseThrow())
                .isEqualByComparingTo("0.2");
    }

    @Test
    void aManualReplyHasNoRatio() {
        Interaction review = fixture.review(ExtraData.EMPTY);

        fixture.service().reply(SELLER, review.id(), "Спасибо, разберёмся", "key-manual");

        assertThat(fixture.events.forInteraction(SELLER, review.id()).get(1).details().contains(QualityRecorder.EDIT_RATIO))
                .isFalse();
    }
}
