package ru.agentiq.core.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static ru.agentiq.core.interaction.Interactions.OTHER_SELLER;
import static ru.agentiq.core.interaction.Interactions.SELLER;
import static ru.agentiq.core.interaction.Interactions.T0;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import ru.agentiq.core.ValidationException;
import ru.agentiq.core.interaction.Channel;
import ru.agentiq.core.interaction.InteractionId;
import ru.agentiq.core.interaction.Marketplace;
import ru.agentiq.core.interaction.SellerId;

/** Conformance kit for {@link ResponseHistoryStore}; every implementation extends it. */
public abstract class ResponseHistoryStoreContract {

    protected ResponseHistoryStore store;

    protected abstract ResponseHistoryStore newStore();

    @BeforeEach
    void createStore() {
        store = newStore();
    }

    static ResponseRecord reply(SellerId seller, long interaction, String nmId, String intent, String text,
            Instant at) {
        return new ResponseRecord(seller, Marketplace.WB, InteractionId.of(interaction), Channel.QUESTION, nmId,
                null, intent, text, at);
    }

    static ResponseRecord reply(long interaction, String nmId, String intent, String text, Instant at) {
        return reply(SELLER, interaction, nmId, intent, text, at);
    }

    static List<String> texts(List<ResponseRecord> records) {
        return records.stream().map(ResponseRecord::text).toList();
    }

    @Nested
    class Recording {

        @Test
        void readsBackEveryFieldOfARecord() {
            ResponseRecord record = new ResponseRecord(SELLER, Marketplace.WB, InteractionId.of(7), Channel.REVIEW,
                    "123456", "ART-1", "sizing_fit", "Спасибо за отзыв! Размер соответствует таблице.",
                    Instant.parse("2026-11-20T09:00:00.123456Z"));

            store.record(record);

            assertThat(store.find(SELLER, InteractionId.of(7))).contains(record);
            assertThat(store.recent(SELLER, ProductRef.nmId("123456"), null, 10)).containsExactly(record);
            assertThat(store.recent(SELLER, ProductRef.article("ART-1"), null, 10)).containsExactly(record);
        }

        @Test
        void keepsARecordWithOnlyAnArticleOrWithoutIntent() {
            ResponseRecord byArticle = new ResponseRecord(SELLER, Marketplace.WB, InteractionId.of(8), Channel.CHAT,
                    null, "ART-2", null, "Отправим завтра", T0);

            store.record(byArticle);

            assertThat(store.recent(SELLER, ProductRef.article("ART-2"), null, 5)).containsExactly(byArticle);
            assertThat(store.recent(SELLER, ProductRef.article("ART-2"), "pre_purchase", 5)).isEmpty();
        }

        @Test
        void aLaterReplyToTheSameInteractionReplacesTheEarlierOne() {
            store.record(reply(1, "100", "sizing_fit", "Первый ответ", T0));
            ResponseRecord resent = reply(1, "100", "availability_delivery", "Исправленный ответ", T0.plusSeconds(60));

            store.record(resent);

            assertThat(store.find(SELLER, InteractionId.of(1))).contains(resent);
            assertThat(store.recent(SELLER, ProductRef.nmId("100"), null, 10)).containsExactly(resent);
            assertThat(store.recent(SELLER, ProductRef.nmId("100"), "sizing_fit", 10)).isEmpty();
        }

        @Test
        void aReplyThatMovedToAnotherProductLeavesTheOldProduct() {
            store.record(reply(1, "100", null, "Ответ", T0));

            store.record(reply(1, "200", null, "Ответ", T0.plusSeconds(1)));

            assertThat(store.recent(SELLER, ProductRef.nmId("100"), null, 10)).isEmpty();
            assertThat(texts(store.recent(SELLER, ProductRef.nmId("200"), null, 10))).containsExactly("Ответ");
        }

        @Test
        void anOlderReplyNeverReplacesANewerOne() {
            ResponseRecord newer = reply(1, "100", null, "Новый ответ", T0.plusSeconds(60));
            store.record(newer);

            store.record(reply(1, "100", null, "Старый ответ", T0));

            assertThat(store.find(SELLER, InteractionId.of(1))).contains(newer);
        }

        @Test
        void recordingTheSameReplyAgainChangesNothing() {
            ResponseRecord record = reply(1, "100", "sizing_fit", "Ответ", T0);
            store.record(record);

            store.record(record);
            store.recordAll(SELLER, List.of(record, record));

            assertThat(store.recent(SELLER, ProductRef.nmId("100"), null, 10)).containsExactly(record);
        }

        @Test
        void theNewerOfTwoRecordsOfOneInteractionInOneBatchWins() {
            ResponseRecord newer = reply(1, "100", null, "Новый", T0.plusSeconds(5));

            store.recordAll(SELLER, List.of(newer, reply(1, "100", null, "Старый", T0)));

            assertThat(store.find(SELLER, InteractionId.of(1))).contains(newer);
        }

        @Test
        void refusesABatchHoldingAnotherSellersRecordAndWritesNothing() {
            List<ResponseRecord> batch = List.of(reply(1, "100", null, "Мой", T0),
                    reply(OTHER_SELLER, 2, "100", null, "Чужой", T0));

            assertThatThrownBy(() -> store.recordAll(SELLER, batch)).isInstanceOf(ValidationException.class)
                    .hasMessageContaining("belongs to seller 2");
            assertThat(store.find(SELLER, InteractionId.of(1))).isEmpty();
        }

        @Test
        void anEmptyBatchIsFine() {
            store.recordAll(SELLER, List.of());

            assertThat(store.find(SELLER, InteractionId.of(1))).isEmpty();
        }
    }

    @Nested
    class Recall {

        @Test
        void returnsTheNewestRepliesOfTheProductNewestFirstUpToTheLimit() {
            for (int i = 1; i <= 5; i++) {
                store.record(reply(i, "100", null, "ответ " + i, T0.plusSeconds(i)));
            }
            store.record(reply(9, "999", null, "другой товар", T0.plusSeconds(99)));

            assertThat(texts(store.recent(SELLER, ProductRef.nmId("100"), null, 3)))
                    .containsExactly("ответ 5", "ответ 4", "ответ 3");
        }

        @Test
        void breaksTiesOnTheSameInstantByTheNewerInteraction() {
            store.record(reply(1, "100", null, "первый", T0));
            store.record(reply(3, "100", null, "третий", T0));
            store.record(reply(2, "100", null, "второй", T0));

            assertThat(texts(store.recent(SELLER, ProductRef.nmId("100"), null, 10)))
                    .containsExactly("третий", "второй", "первый");
        }

        @Test
        void filtersByIntentWhenOneIsGiven() {
            store.record(reply(1, "100", "sizing_fit", "про размер", T0));
            store.record(reply(2, "100", "availability_delivery", "про доставку", T0.plusSeconds(1)));
            store.record(reply(3, "100", "sizing_fit", "снова про размер", T0.plusSeconds(2)));
            store.record(reply(4, "100", null, "без интента", T0.plusSeconds(3)));

            assertThat(texts(store.recent(SELLER, ProductRef.nmId("100"), "sizing_fit", 10)))
                    .containsExactly("снова про размер", "про размер");
            assertThat(store.recent(SELLER, ProductRef.nmId("100"), null, 10)).hasSize(4);
        }

        @Test
        void returnsAtMostTheMaximumEvenWhenMoreExist() {
            List<ResponseRecord> many = new ArrayList<>();
            for (int i = 1; i <= ResponseHistoryStore.MAX_LIMIT + 5; i++) {
                many.add(reply(i, "100", null, "ответ " + i, T0.plusSeconds(i)));
            }
            store.recordAll(SELLER, many);

            List<ResponseRecord> recent = store.recent(SELLER, ProductRef.nmId("100"), null,
                    ResponseHistoryStore.MAX_LIMIT);

            assertThat(recent).hasSize(ResponseHistoryStore.MAX_LIMIT);
            assertThat(recent.get(0).text()).isEqualTo("ответ " + (ResponseHistoryStore.MAX_LIMIT + 5));
        }

        @Test
        void rejectsALimitOutsideOneToTheMaximum() {
            assertThatThrownBy(() -> store.recent(SELLER, ProductRef.nmId("100"), null, 0))
                    .isInstanceOf(ValidationException.class).hasMessageContaining("limit");
            assertThatThrownBy(() -> store.recent(SELLER, ProductRef.nmId("100"), null,
                    ResponseHistoryStore.MAX_LIMIT + 1)).isInstanceOf(ValidationException.class);
        }

        @Test
        void anUnknownProductHasNoHistory() {
            assertThat(store.recent(SELLER, ProductRef.nmId("404"), null, 10)).isEmpty();
        }
    }

    @Nested
    class TenantIsolation {

        @Test
        void anotherSellerSeesNothingOfTheSellersHistory() {
            store.record(reply(1, "100", "sizing_fit", "ответ продавца 1", T0));

            assertThat(store.find(OTHER_SELLER, InteractionId.of(1))).isEmpty();
            assertThat(store.recent(OTHER_SELLER, ProductRef.nmId("100"), null, 10)).isEmpty();
            assertThat(store.recent(OTHER_SELLER, ProductRef.nmId("100"), "sizing_fit", 10)).isEmpty();
        }

        @Test
        void twoSellersKeepTheirOwnRecordOfTheSameInteractionNumber() {
            store.record(reply(SELLER, 1, "100", null, "ответ 1", T0));
            store.record(reply(OTHER_SELLER, 1, "100", null, "ответ 2", T0.plusSeconds(1)));

            assertThat(texts(store.recent(SELLER, ProductRef.nmId("100"), null, 10))).containsExactly("ответ 1");
            assertThat(texts(store.recent(OTHER_SELLER, ProductRef.nmId("100"), null, 10)))
                    .containsExactly("ответ 2");
        }

        @Test
        void injectionStringsAreJustValues() {
            String evil = "100' OR '1'='1";
            store.record(reply(1, "100", "sizing_fit", "ответ", T0));
            store.record(reply(2, evil, "x'; DROP TABLE response_history; --", "ответ 2", T0));

            assertThat(store.recent(SELLER, ProductRef.nmId(evil), null, 10)).extracting(ResponseRecord::text)
                    .containsExactly("ответ 2");
            assertThat(store.recent(SELLER, ProductRef.nmId("100"), "' OR 1=1 --", 10)).isEmpty();
            assertThat(store.recent(SELLER, ProductRef.nmId("100"), null, 10)).hasSize(1);
        }
    }
}
