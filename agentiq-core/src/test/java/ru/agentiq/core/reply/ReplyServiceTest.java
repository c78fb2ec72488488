package ru.agentiq.core.reply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import ru.agentiq.core.AgentIqException;
import ru.agentiq.core.ValidationException;
import ru.agentiq.core.guardrails.FindingType;
import ru.agentiq.core.guardrails.GuardrailFinding;
import ru.agentiq.core.guardrails.GuardrailsConfig;
import ru.agentiq.core.guardrails.GuardrailsConfigSource;
import ru.agentiq.core.guardrails.ReplyBlockedException;
import ru.agentiq.core.guardrails.SellerGuardrails;
import ru.agentiq.core.interaction.Channel;
import ru.agentiq.core.interaction.ExtraData;
import ru.agentiq.core.interaction.Interaction;
import ru.agentiq.core.interaction.InteractionData;
import ru.agentiq.core.interaction.InteractionEvent;
import ru.agentiq.core.interaction.InteractionEventType;
import ru.agentiq.core.interaction.InteractionNotFoundException;
import ru.agentiq.core.interaction.InteractionStatus;
import ru.agentiq.core.interaction.Priority;
import ru.agentiq.core.interaction.SellerId;
import ru.agentiq.core.memory.InMemoryInteractionEventStore;
import ru.agentiq.core.memory.InMemoryInteractionRepository;
import ru.agentiq.core.memory.InMemoryReplyAttemptStore;
import ru.agentiq.core.quality.ReplyClassifier;
import ru.agentiq.core.quality.ReplyOutcome;

class ReplyServiceTest {

    static final SellerId SELLER = SellerId.of(9);
    static final Instant NOW = Instant.parse("2026-09-03T08:00:00Z");

    final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    final InMemoryInteractionRepository repository = new InMemoryInteractionRepository();
    final InMemoryInteractionEventStore events = new InMemoryInteractionEventStore();
    final InMemoryReplyAttemptStore attempts = new InMemoryReplyAttemptStore();
    final FakeDispatcher dispatcher = new FakeDispatcher();
    GuardrailsConfig guardrails = GuardrailsConfig.defaults();

    ReplyService service() {
        return new ReplyService(repository, events, dispatcher,
                new SellerGuardrails(GuardrailsConfigSource.fixed(guardrails)), attempts, clock);
    }

    Interaction review(ExtraData extra) {
        return repository.upsert(InteractionData.builder(SELLER, Channel.REVIEW, "fb-1").text("Плохое качество")
                .rating(2).priority(Priority.HIGH).slaDueAt(NOW.plusSeconds(3600)).extraData(extra).build(),
                NOW.minusSeconds(600)).interaction();
    }

    static final class FakeDispatcher implements ReplyDispatcher {
        final List<ReplyRequest> sent = new ArrayList<>();
        RuntimeException failure;
        boolean deliverBeforeFailing;
        Delivery verification = Delivery.ABSENT;
        int verifications;

        boolean chat;

        @Override
        public Set<Channel> channels() {
            return chat ? EnumSet.allOf(Channel.class) : EnumSet.of(Channel.REVIEW, Channel.QUESTION);
        }

        @Override
        public void send(ReplyRequest request) {
            if (failure != null) {
                if (deliverBeforeFailing) {
                    sent.add(request);
                }
                RuntimeException f = failure;
                failure = null;
                throw f;
            }
            sent.add(request);
        }

        @Override
        public Delivery verify(ReplyRequest request) {
            verifications++;
            return verification;
        }
    }

    @Test
    void sendsRecordsEventsAndMarksTheInteractionRespondedAndPending() {
        Interaction review = review(ExtraData.of("last_ai_draft", java.util.Map.of("text", "Нам очень жаль!",
                "source", "llm")));

        ReplyResult result = service().reply(SELLER, review.id(), "  Нам очень   жаль! ", "key-1");

        assertThat(dispatcher.sent).singleElement().satisfies(r -> assertThat(r.text()).isEqualTo("Нам очень   жаль!"));
        InteractionData data = result.interaction().data();
        assertThat(data.status()).isEqualTo(InteractionStatus.RESPONDED);
        assertThat(data.needsResponse()).isFalse();
        assertThat(data.priority()).isEqualTo(Priority.LOW);
        assertThat(data.slaDueAt()).isNull();
        assertThat(data.extraData().asMap()).containsEntry("last_reply_source", "agentiq")
                .containsEntry("wb_sync_state", "pending").containsEntry("last_reply_outcome", "draft_accepted")
                .containsEntry("last_reply_at", NOW.toString());
        assertThat(result.outcome()).isEqualTo(ReplyOutcome.DRAFT_ACCEPTED);
        assertThat(events.forInteraction(SELLER, review.id())).extracting(InteractionEvent::type)
                .containsExactly(InteractionEventType.REPLY_SENT, InteractionEventType.DRAFT_ACCEPTED);
        assertThat(events.forInteraction(SELLER, review.id()).get(1).details().asMap())
                .containsEntry("draft_source", "llm");
    }

    @Test
    void classifiesEditedAndManualReplies() {
        ReplyClassifier classifier = ReplyClassifier.instance();
        assertThat(classifier.classify("Спасибо за отзыв", "llm", "Спасибо за ваш отзыв").outcome())
                .isEqualTo(ReplyOutcome.DRAFT_EDITED);
        assertThat(classifier.classify(null, null, "Спасибо").outcome()).isEqualTo(ReplyOutcome.REPLY_MANUAL);
        assertThat(classifier.classify(" СПАСИБО\n ", "llm", "спасибо").outcome())
                .isEqualTo(ReplyOutcome.DRAFT_ACCEPTED);
    }

    @Nested
    class Guardrails {

        @Test
        void aViolationRefusesTheReplyListingEveryViolationAndSendsNothing() {
            Interaction review = review(ExtraData.EMPTY);

            assertThatThrownBy(() -> service().reply(SELLER, review.id(),
                    "Я бот, мы вернём деньги. Ваша вина, что товар сломался.", "k"))
                    .isInstanceOfSatisfying(ReplyBlockedException.class, e -> {
                        assertThat(e.verdict().violations()).extracting(GuardrailFinding::phrase)
                                .contains("бот", "вернём деньги", "ваша вина");
                        assertThat(e.getMessage()).startsWith("Reply blocked by guardrails: ");
                    });
            assertThat(dispatcher.sent).isEmpty();
            assertThat(attempts.find(SELLER, "k")).isEmpty();
        }

        @Test
        void theChatChannelIsRelaxedWhereTheSeedWasRelaxed() {
            Interaction chat = repository.upsert(InteractionData.builder(SELLER, Channel.CHAT, "c-1")
                    .text("Где заказ?").build(), NOW).interaction();
            dispatcher.chat = true;

            ReplyResult result = service().reply(SELLER, chat.id(), "Ускорим доставку, заказ уже в пути.", "k");

            assertThat(dispatcher.sent).hasSize(1);
            assertThat(result.interaction().data().needsResponse()).isFalse();
        }

        @Test
        void warningsDoNotBlockAndAreReturned() {
            Interaction review = review(ExtraData.EMPTY);

            ReplyResult result = service().reply(SELLER, review.id(), "Спасибо!", "k");

            assertThat(result.warnings()).extracting(GuardrailFinding::type).contains(FindingType.TOO_SHORT);
            assertThat(dispatcher.sent).hasSize(1);
        }
    }

    @Nested
    class Idempotency {

        @Test
        void aRetryWithTheSameKeyNeverSendsTwice() {
            Interaction review = review(ExtraData.EMPTY);

            service().reply(SELLER, review.id(), "Спасибо за отзыв", "key-1");
            ReplyResult again = service().reply(SELLER, review.id(), "Спасибо за отзыв", "key-1");

            assertThat(dispatcher.sent).hasSize(1);
            assertThat(again.alreadyDone()).isTrue();
            assertThat(events.forInteraction(SELLER, review.id())).hasSize(2);
        }

        @Test
        void aKeyReusedForAnotherTextIsRejected() {
            Interaction review = review(ExtraData.EMPTY);
            service().reply(SELLER, review.id(), "Спасибо за отзыв", "key-1");

            assertThatThrownBy(() -> service().reply(SELLER, review.id(), "Другой текст", "key-1"))
                    .isInstanceOf(ValidationException.class).hasMessageContaining("different reply");
        }

        @Test
        void anAmbiguousFailureThatWasDeliveredIsConfirmedByReadingBack() {
            Interaction review = review(ExtraData.EMPTY);
            dispatcher.failure = new DispatchAmbiguousException("timeout after sending", null);
            dispatcher.deliverBeforeFailing = true;
            dispatcher.verification = Delivery.PRESENT;

            ReplyResult result = service().reply(SELLER, review.id(), "Спасибо за отзыв", "key-1");

            assertThat(dispatcher.sent).hasSize(1);
            assertThat(dispatcher.verifications).isEqualTo(1);
            assertThat(result.interaction().data().needsResponse()).isFalse();
        }

        @Test
        void anAmbiguousFailureThatCannotBeConfirmedStaysPendingAndTheRetryReadsBackBeforeSending() {
            Interaction review = review(ExtraData.EMPTY);
            dispatcher.failure = new DispatchAmbiguousException("timeout after sending", null);
            dispatcher.deliverBeforeFailing = true;
            dispatcher.verification = Delivery.UNKNOWN;

            assertThatThrownBy(() -> service().reply(SELLER, review.id(), "Спасибо за отзыв", "key-1"))
                    .isInstanceOf(ReplyOutcomeUnknownException.class);
            assertThat(attempts.find(SELLER, "key-1")).get().extracting(ReplyAttempt::state)
                    .isEqualTo(ReplyAttempt.State.PENDING);
            dispatcher.verification = Delivery.PRESENT;
            ReplyResult retried = service().reply(SELLER, review.id(), "Спасибо за отзыв", "key-1");

            assertThat(dispatcher.sent).as("posted once in total").hasSize(1);
            assertThat(retried.alreadyDone()).isTrue();
            assertThat(attempts.find(SELLER, "key-1")).get().extracting(ReplyAttempt::state)
                    .isEqualTo(ReplyAttempt.State.COMPLETED);
        }

        @Test
        void aDefiniteFailureMayBeRetriedAndSendsAgain() {
            Interaction review = review(ExtraData.EMPTY);
            dispatcher.failure = new AgentIqException("WB rejected the answer (400)");

            assertThatThrownBy(() -> service().reply(SELLER, review.id(), "Спасибо за отзыв", "key-1"))
                    .hasMessageContaining("400");
            service().reply(SELLER, review.id(), "Спасибо за отзыв", "key-1");

            assertThat(dispatcher.sent).hasSize(1);
            assertThat(dispatcher.verifications).isZero();
            assertThat(review.data().needsResponse()).isTrue();
        }
    }

    @Nested
    class Validation {

        @Test
        void rejectsBlankText() {
            Interaction review = review(ExtraData.EMPTY);

            assertThatThrownBy(() -> service().reply(SELLER, review.id(), "   ", "k"))
                    .isInstanceOf(ValidationException.class).hasMessage("text is required and must not be blank");
        }

        @Test
        void rejectsAChannelTheDispatcherDoesNotServe() {
            Interaction chat = repository.upsert(InteractionData.builder(SELLER, Channel.CHAT, "c-1").build(), NOW)
                    .interaction();

            assertThatThrownBy(() -> service().reply(SELLER, chat.id(), "Добрый день", "k"))
                    .isInstanceOf(ValidationException.class).hasMessage("replies to chat interactions are not supported");
        }

        @Test
        void rejectsAnInteractionOfAnotherSeller() {
            Interaction review = review(ExtraData.EMPTY);

            assertThatThrownBy(() -> service().reply(SellerId.of(10), review.id(), "Спасибо", "k"))
                    .isInstanceOf(InteractionNotFoundException.class);
        }
    }

    @Nested
    class Listeners {

        final List<SentReply> heard = new ArrayList<>();

        ReplyService listened(ReplyListener listener) {
            return new ReplyService(repository, events, dispatcher,
                    new SellerGuardrails(GuardrailsConfigSource.fixed(guardrails)), attempts, clock, listener);
        }

        @Test
        void hearsEveryCompletedReplyWithItsFullTextOutcomeAndTime() {
            Interaction review = review(ExtraData.EMPTY);
            String longReply = "Спасибо за отзыв! " + "Мы разберёмся. ".repeat(60);

            listened(heard::add).reply(SELLER, review.id(), longReply, "k1");

            assertThat(heard).hasSize(1);
            SentReply sent = heard.get(0);
            assertThat(sent.text()).isEqualTo(longReply.strip());
            assertThat(sent.text().length()).isGreaterThan(ReplyService.MAX_STORED_REPLY_LENGTH);
            assertThat(sent.outcome()).isEqualTo(ReplyOutcome.REPLY_MANUAL);
            assertThat(sent.sentAt()).isEqualTo(NOW);
            assertThat(sent.interaction().data().status()).isEqualTo(InteractionStatus.RESPONDED);
        }

        @Test
        void aRetryOfACompletedReplyIsNotHeardAgain() {
            Interaction review = review(ExtraData.EMPTY);
            ReplyService service = listened(heard::add);
            service.reply(SELLER, review.id(), "Спасибо за отзыв", "k1");

            service.reply(SELLER, review.id(), "Спасибо за отзыв", "k1");

            assertThat(heard).hasSize(1);
        }

        @Test
        void aFailingListenerNeitherFailsNorUndoesTheReply() {
            Interaction review = review(ExtraData.EMPTY);

            ReplyResult result = listened(reply -> {
                throw new IllegalStateException("history is down");
            }).reply(SELLER, review.id(), "Спасибо за отзыв", "k1");

            assertThat(result.interaction().data().status()).isEqualTo(InteractionStatus.RESPONDED);
            assertThat(dispatcher.sent).hasSize(1);
        }

        @Test
        void aRefusedReplyIsNotHeard() {
            Interaction review = review(ExtraData.EMPTY);
            dispatcher.failure = new AgentIqException("WB refused");

            assertThatThrownBy(() -> listened(heard::add).reply(SELLER, review.id(), "Спасибо за отзыв", "k1"))
                    .isInstanceOf(AgentIqException.class);
            assertThat(heard).isEmpty();
        }
    }
}
