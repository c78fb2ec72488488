package ru.agentiq.core.history;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.agentiq.core.interaction.Interactions.OTHER_SELLER;
import static ru.agentiq.core.interaction.Interactions.SELLER;
import static ru.agentiq.core.interaction.Interactions.T0;

import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.agentiq.core.draft.ProductMemory;
import ru.agentiq.core.interaction.Channel;
import ru.agentiq.core.interaction.InteractionId;
import ru.agentiq.core.interaction.Marketplace;
import ru.agentiq.core.memory.InMemoryResponseHistoryStore;

class ResponseHistoryMemoryTest {

    final InMemoryResponseHistoryStore store = new InMemoryResponseHistoryStore();
    final ResponseHistoryMemory memory = new ResponseHistoryMemory(store);

    void reply(long id, String nmId, String intent, String text, int second) {
        store.record(new ResponseRecord(SELLER, Marketplace.WB, InteractionId.of(id), Channel.QUESTION, nmId, null,
                intent, text, T0.plusSeconds(second)));
    }

    @Test
    void recallsTheNewestRepliesOfTheIntentAndTheMostFrequentIntentsOfTheProduct() {
        reply(1, "100", "sizing_fit", "Берите свой размер", 1);
        reply(2, "100", "sizing_fit", "Размер в размер", 2);
        reply(3, "100", "availability_delivery", "Доставка 2 дня", 3);
        reply(4, "100", "sizing_fit", "Маломерит на размер", 4);
        reply(5, "200", "sizing_fit", "Другой товар", 5);

        ProductMemory.Recall recall = memory.recall(SELLER, "100", "sizing_fit", null, 2, 5);

        assertThat(recall.pastReplies()).containsExactly("Маломерит на размер", "Размер в размер");
        assertThat(recall.frequentIntents()).containsExactly(Map.entry("sizing_fit", 3),
                Map.entry("availability_delivery", 1));
    }

    @Test
    void leavesOutTheInteractionBeingDraftedAndStillFillsTheLimit() {
        reply(1, "100", null, "старый", 1);
        reply(2, "100", null, "средний", 2);
        reply(3, "100", null, "текущий", 3);

        ProductMemory.Recall recall = memory.recall(SELLER, "100", null, InteractionId.of(3), 2, 3);

        assertThat(recall.pastReplies()).containsExactly("средний", "старый");
    }

    @Test
    void withoutAProductOrForAnotherSellerThereIsNothingToRecall() {
        reply(1, "100", "sizing_fit", "ответ", 1);

        assertThat(memory.recall(SELLER, null, null, null, 3, 3)).isEqualTo(ProductMemory.Recall.EMPTY);
        assertThat(memory.recall(SELLER, " ", null, null, 3, 3)).isEqualTo(ProductMemory.Recall.EMPTY);
        assertThat(memory.recall(OTHER_SELLER, "100", null, null, 3, 3).pastReplies()).isEmpty();
    }

    @Test
    void zeroLimitsAskForNothing() {
        reply(1, "100", "sizing_fit", "ответ", 1);

        ProductMemory.Recall recall = memory.recall(SELLER, "100", null, null, 0, 0);

        assertThat(recall.pastReplies()).isEmpty();
        assertThat(recall.frequentIntents()).isEmpty();
    }
}
