package ru.agentiq.wb.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import ru.agentiq.core.interaction.Channel;
import ru.agentiq.core.interaction.InteractionData;
import ru.agentiq.core.interaction.InteractionSource;
import ru.agentiq.core.interaction.InteractionStatus;
import ru.agentiq.core.interaction.Priority;
import ru.agentiq.core.interaction.SellerId;
import ru.agentiq.core.sync.FeedItem;
import ru.agentiq.wb.Fixtures;
import ru.agentiq.wb.WbMalformedResponseException;
import ru.agentiq.wb.WbValidationException;

class WbNormalizerTest {

    static final SellerId SELLER = SellerId.of(4);
    final WbPayloads payloads = new WbPayloads(new WbNormalizer());

    List<InteractionData> items(PayloadKind kind, String json) {
        return payloads.normalize(SELLER, kind, json.getBytes(StandardCharsets.UTF_8)).stream()
                .filter(FeedItem::accepted).map(FeedItem::data).toList();
    }

    @Nested
    class Reviews {

        @Test
        void composesTextWithProsAndConsAndMapsTheProduct() {
            InteractionData r = items(PayloadKind.FEEDBACKS, """
                    {"data":{"feedbacks":[{"id":"f1","text":"Тонкая ткань","pros":"Цвет","cons":"Маломерит",
                    "productValuation":2,"createdDate":"2026-08-20T10:15:00Z","state":"none","answer":null,
                    "userName":"Анна","productDetails":{"nmId":123456,"supplierArticle":"ART-1","productName":"Платье"}}]}}
                    """).get(0);

            assertThat(r.channel()).isEqualTo(Channel.REVIEW);
            assertThat(r.text()).isEqualTo("Тонкая ткань\nПлюсы: Цвет\nМинусы: Маломерит");
            assertThat(r.rating()).isEqualTo(2);
            assertThat(r.nmId()).isEqualTo("123456");
            assertThat(r.productArticle()).isEqualTo("ART-1");
            assertThat(r.subject()).isEqualTo("Отзыв 2★ · Платье");
            assertThat(r.needsResponse()).isTrue();
            assertThat(r.status()).isEqualTo(InteractionStatus.OPEN);
            assertThat(r.source()).isEqualTo(InteractionSource.WB_API);
            assertThat(r.customerId()).as("a name is never an identity").isNull();
            assertThat(r.extraData().asMap()).containsEntry("user_name", "Анна");
        }

        @Test
        void anAnsweredReviewIsConfirmedAndNeedsNoResponse() {
            InteractionData r = items(PayloadKind.FEEDBACKS, """
                    {"data":{"feedbacks":[{"id":"f1","text":"Супер","productValuation":5,
                    "answer":{"text":"Спасибо!","state":"wbRu","editable":true}}]}}""").get(0);

            assertThat(r.needsResponse()).isFalse();
            assertThat(r.priority()).isEqualTo(Priority.LOW);
            assertThat(r.extraData().asMap()).containsEntry("last_reply_source", "wb_api")
                    .containsEntry("wb_sync_state", "confirmed").containsEntry("wb_answer_text", "Спасибо!");
        }

        @Test
        void aRatingOnlyReviewNeedsNoResponse() {
            assertThat(items(PayloadKind.FEEDBACKS, "{\"data\":{\"feedbacks\":[{\"id\":\"f1\",\"text\":\"\","
                    + "\"productValuation\":4}]}}").get(0).needsResponse()).isFalse();
        }

        @Test
        void everyOfficialFeedbackExampleNormalises() {
            for (String fixture : List.of("feedbacks_list.json", "feedbacks_archive_list.json")) {
                List<FeedItem> all = payloads.normalize(SELLER, PayloadKind.FEEDBACKS, Fixtures.bytes(fixture));
                assertThat(all).isNotEmpty().allSatisfy(i -> assertThat(i.accepted()).isTrue());
            }
            assertThat(payloads.normalize(SELLER, PayloadKind.FEEDBACK, Fixtures.bytes("feedback_by_id.json")))
                    .singleElement().satisfies(i -> assertThat(i.data().occurredAt()).isNotNull());
        }

        @Test
        void anItemWithoutIdIsRejectedNotDropped() {
            List<FeedItem> all = payloads.normalize(SELLER, PayloadKind.FEEDBACKS,
                    "{\"data\":{\"feedbacks\":[{\"text\":\"без id\"},{\"id\":\"ok\"}]}}".getBytes(StandardCharsets.UTF_8));

            assertThat(all).hasSize(2);
            assertThat(all.get(0).accepted()).isFalse();
            assertThat(all.get(0).rejection()).contains("externalId");
            assertThat(all.get(1).accepted()).isTrue();
        }
    }

    @Nested
    class Questions {

        @Test
        void anUnansweredQuestionNeedsAResponseAndARejectedOneDoesNot() {
            List<InteractionData> qs = items(PayloadKind.QUESTIONS, """
                    {"data":{"questions":[{"id":"q1","text":"Какой размер брать?","state":"suppliersPortalSynch",
                    "createdDate":"2026-08-20T10:15:00Z","productDetails":{"nmId":55,"productName":"Куртка"}},
                    {"id":"q2","text":"Спам","state":"none"}]}}""");

            assertThat(qs.get(0).needsResponse()).isTrue();
            assertThat(qs.get(0).subject()).isEqualTo("Вопрос по товару · Куртка");
            assertThat(qs.get(0).rating()).isNull();
            assertThat(qs.get(1).needsResponse()).isFalse();
        }

        @Test
        void theOfficialExamplesNormalise() {
            assertThat(payloads.normalize(SELLER, PayloadKind.QUESTIONS, Fixtures.bytes("questions_list.json")))
                    .isNotEmpty().allSatisfy(i -> assertThat(i.accepted()).isTrue());
        }
    }

    @Nested
    class Chats {

        @Test
        void theChatListGivesOrderProductAndSignature() {
            List<InteractionData> chats = items(PayloadKind.CHATS, Fixtures.text("chats_list_assembled.json"));

            assertThat(chats).isNotEmpty();
            InteractionData c = chats.get(0);
            assertThat(c.channel()).isEqualTo(Channel.CHAT);
            assertThat(c.nmId()).isNotBlank();
            assertThat(c.orderId()).isNotBlank();
            assertThat(c.extraData().getString("reply_sign")).isPresent();
        }

        @Test
        void theOldChatShapeIgnoresTheBlankedFields() {
            List<InteractionData> chats = items(PayloadKind.CHATS, Fixtures.text("chats_list_docs_sample_pre2026.json"));

            assertThat(chats).isNotEmpty();
        }

        @Test
        void eventsGiveOneItemPerChatWithTheNewestSender() {
            List<InteractionData> chats = items(PayloadKind.EVENTS, """
                    {"result":{"next":3,"totalEvents":3,"events":[
                    {"chatID":"c1","eventID":"e1","isNewChat":true,"replySign":"1:s::x","sender":"client",
                     "addTimestamp":1000,"clientName":"Иван","message":{"text":"Где заказ?"}},
                    {"chatID":"c1","eventID":"e2","sender":"seller","addTimestamp":2000,"message":{"text":"Уже едет"}},
                    {"chatID":"c2","eventID":"e3","sender":"client","addTimestamp":3000,
                     "message":{"attachments":{"images":[{"url":"u1"},{"url":"u2"}]}}}]},"errors":null}""");

            assertThat(chats).hasSize(2);
            InteractionData c1 = chats.get(0);
            assertThat(c1.text()).isEqualTo("Уже едет");
            assertThat(c1.needsResponse()).isFalse();
            assertThat(c1.extraData().asMap()).containsEntry("reply_sign", "1:s::x").containsEntry("last_sender",
                    "seller");
            assertThat(chats.get(1).text()).isEqualTo("[2 изображений]");
            assertThat(chats.get(1).needsResponse()).isTrue();
        }

        @Test
        void theOfficialEventsExampleNormalises() {
            assertThat(payloads.normalize(SELLER, PayloadKind.EVENTS, Fixtures.bytes("chat_events.json")))
                    .isNotEmpty().allSatisfy(i -> assertThat(i.accepted()).isTrue());
        }
    }

    @Nested
    class BadPayloads {

        @Test
        void aWbErrorEnvelopeIsAValidationError() {
            assertThatThrownBy(() -> payloads.normalize(SELLER, PayloadKind.FEEDBACK,
                    Fixtures.bytes("error_fq_422_feedback_by_id.json")))
                    .isInstanceOf(WbValidationException.class).hasMessageContaining("Невозможно получить отзыв");
        }

        @Test
        void aProblemDetailsBodyIsAValidationError() {
            assertThatThrownBy(() -> payloads.normalize(SELLER, PayloadKind.CHATS, Fixtures.bytes("error_401.json")))
                    .isInstanceOf(WbValidationException.class);
        }

        @Test
        void truncatedJsonIsMalformed() {
            byte[] cut = java.util.Arrays.copyOf(Fixtures.bytes("feedbacks_list.json"), 120);

            assertThatThrownBy(() -> payloads.normalize(SELLER, PayloadKind.FEEDBACKS, cut))
                    .isInstanceOf(WbMalformedResponseException.class).hasMessageContaining("not valid JSON");
        }

        @Test
        void theWrongShapeIsMalformed() {
            assertThatThrownBy(() -> payloads.normalize(SELLER, PayloadKind.FEEDBACKS,
                    Fixtures.bytes("chats_list_assembled.json")))
                    .isInstanceOf(WbMalformedResponseException.class).hasMessageContaining("data");
        }
    }
}
