package ru.agentiq.core.draft;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.agentiq.core.testing.Store.SELLER;

import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import ru.agentiq.core.interaction.Channel;
import ru.agentiq.core.interaction.ExtraData;
import ru.agentiq.core.interaction.Interaction;
import ru.agentiq.core.interaction.SellerId;
import ru.agentiq.core.testing.Store;

class ProductMemoryTest {

    private final Store store = new Store();

    private ProductMemory memory(String kind) {
        if (kind.equals("scan")) {
            return ProductMemory.scanning(store.interactions);
        }
        ProductHistoryIndex index = new ProductHistoryIndex();
        index.rebuild(store.interactions, SELLER);
        return index;
    }

    private Interaction add(String nmId, String intent, String reply, Duration age) {
        ExtraData extra = ExtraData.of("question_intent", intent);
        if (reply != null) {
            extra = extra.with("last_reply_text", reply);
        }
        return store.add(store.item(Channel.QUESTION).nmId(nmId).occurredAt(Store.ago(age)).extraData(extra));
    }

    @ParameterizedTest
    @ValueSource(strings = {"scan", "index"})
    void recallsTheNewestRepliesOfTheSameProductAndIntentAndTheFrequentIntents(String kind) {
        add("555", "sizing_fit", "Берите на размер больше.", Duration.ofDays(3));
        add("555", "sizing_fit", "Размер в размер.", Duration.ofDays(1));
        add("555", "availability_delivery", "Будет в пятницу.", Duration.ofDays(2));
        add("555", "sizing_fit", null, Duration.ofHours(1));
        add("5550", "sizing_fit", "Другой товар.", Duration.ofHours(2));
        Interaction current = add("555", "sizing_fit", null, Duration.ZERO);

        ProductMemory.Recall recall = memory(kind).recall(SELLER, "555", "sizing_fit", current.id(), 5, 1);

        assertThat(recall.pastReplies()).containsExactly("Размер в размер.", "Берите на размер больше.");
        assertThat(recall.frequentIntents()).containsExactly(java.util.Map.entry("sizing_fit", 3));
    }

    @ParameterizedTest
    @ValueSource(strings = {"scan", "index"})
    void anotherSellerOrNoProductRecallsNothing(String kind) {
        add("555", "sizing_fit", "Ответ", Duration.ofDays(1));
        assertThat(memory(kind).recall(SellerId.of(2), "555", null, null, 3, 3).pastReplies()).isEmpty();
        assertThat(memory(kind).recall(SELLER, null, null, null, 3, 3)).isEqualTo(ProductMemory.Recall.EMPTY);
    }

    @org.junit.jupiter.api.Test
    void theIndexFollowsAnInteractionThatChangesProductOrGetsAReply() {
        ProductHistoryIndex index = new ProductHistoryIndex();
        Interaction i = add("555", "sizing_fit", null, Duration.ofDays(1));
        index.observe(i);
        Function<String, List<String>> replies = nm -> index.recall(SELLER, nm, null, null, 5, 5).pastReplies();
        assertThat(replies.apply("555")).isEmpty();

        Interaction answered = store.interactions.update(i.withData(b -> b.extraData(i.data().extraData()
                .with("last_reply_text", "Ответили"))), Store.NOW);
        index.afterIngest(List.of(new ru.agentiq.core.interaction.UpsertResult(answered,
                ru.agentiq.core.interaction.UpsertResult.Outcome.UPDATED)));
        assertThat(replies.apply("555")).containsExactly("Ответили");

        index.observe(answered.withData(b -> b.nmId("777")));
        assertThat(replies.apply("555")).isEmpty();
        assertThat(replies.apply("777")).containsExactly("Ответили");
    }
}
