package ru.agentiq.core.interaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static ru.agentiq.core.interaction.Interactions.SELLER;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import ru.agentiq.core.ValidationException;

class InteractionDataTest {

    @Nested
    class Validation {

        @Test
        void rejectsRatingAboveFiveNamingTheValue() {
            assertThatThrownBy(() -> Interactions.review("r1").rating(7).build())
                    .isInstanceOf(ValidationException.class)
                    .hasMessage("rating must be 1..5, was 7");
        }

        @Test
        void rejectsRatingBelowOne() {
            assertThatThrownBy(() -> Interactions.review("r1").rating(0).build())
                    .hasMessage("rating must be 1..5, was 0");
        }

        @Test
        void rejectsRatingOnAQuestion() {
            assertThatThrownBy(() -> Interactions.question("q1").rating(3).build())
                    .isInstanceOf(ValidationException.class)
                    .hasMessage("rating is only allowed on reviews, channel was question");
        }

        @Test
        void requiresAnExternalId() {
            assertThatThrownBy(() -> InteractionData.builder(SELLER, Channel.CHAT, "   ").build())
                    .isInstanceOf(ValidationException.class)
                    .hasMessage("externalId is required and must not be blank");
        }

        @Test
        void requiresASeller() {
            assertThatThrownBy(() -> InteractionData.builder(null, Channel.CHAT, "c1").build())
                    .hasMessage("sellerId is required");
        }

        @Test
        void requiresAChannel() {
            assertThatThrownBy(() -> InteractionData.builder(SELLER, null, "c1").build())
                    .hasMessage("channel is required");
        }

        @Test
        void rejectsAnExternalIdLongerThan255Characters() {
            assertThatThrownBy(() -> Interactions.chat("x".repeat(256)).build())
                    .hasMessage("externalId must be at most 255 characters, was 256");
        }

        @Test
        void rejectsReferencesLongerThan100Characters() {
            assertThatThrownBy(() -> Interactions.chat("c1").nmId("1".repeat(101)).build())
                    .hasMessage("nmId must be at most 100 characters, was 101");
            assertThatThrownBy(() -> Interactions.chat("c1").customerId("c".repeat(101)).build())
                    .hasMessage("customerId must be at most 100 characters, was 101");
        }

        @Test
        void rejectsASubjectLongerThan255Characters() {
            assertThatThrownBy(() -> Interactions.chat("c1").subject("s".repeat(256)).build())
                    .hasMessage("subject must be at most 255 characters, was 256");
        }

        @Test
        void rejectsANonPositiveSellerId() {
            assertThatThrownBy(() -> SellerId.of(0)).hasMessage("sellerId must be positive, was 0");
        }
    }

    @Nested
    class Normalisation {

        @Test
        void trimsTextsAndTurnsBlankIntoAbsent() {
            InteractionData data = Interactions.chat("  c1 ").text("  привет  ").orderId("   ").build();

            assertThat(data.externalId()).isEqualTo("c1");
            assertThat(data.text()).isEqualTo("привет");
            assertThat(data.orderId()).isNull();
        }

        @Test
        void keepsInstantsToTheMicrosecond() {
            InteractionData data = Interactions.chat("c1")
                    .occurredAt(java.time.Instant.parse("2026-11-20T09:00:00.123456789Z")).build();

            assertThat(data.occurredAt()).isEqualTo(java.time.Instant.parse("2026-11-20T09:00:00.123456Z"));
        }

        @Test
        void appliesTheSeedDefaults() {
            InteractionData data = InteractionData.builder(SELLER, Channel.QUESTION, "q1").build();

            assertThat(data.marketplace()).isEqualTo(Marketplace.WB);
            assertThat(data.status()).isEqualTo(InteractionStatus.OPEN);
            assertThat(data.priority()).isEqualTo(Priority.NORMAL);
            assertThat(data.needsResponse()).isTrue();
            assertThat(data.source()).isEqualTo(InteractionSource.WB_API);
            assertThat(data.autoResponse()).isFalse();
            assertThat(data.extraData()).isEqualTo(ExtraData.EMPTY);
        }

        @Test
        void identityIsSellerMarketplaceChannelAndExternalId() {
            InteractionData a = Interactions.review("42").text("один").build();
            InteractionData b = Interactions.review("42").text("другой").rating(1).build();
            InteractionData otherChannel = Interactions.question("42").build();

            assertThat(a.key()).isEqualTo(b.key());
            assertThat(a.key()).isNotEqualTo(otherChannel.key());
        }
    }

    @Nested
    class WireValues {

        @Test
        void enumsCarryTheSeedStrings() {
            assertThat(Channel.REVIEW.wire()).isEqualTo("review");
            assertThat(InteractionSource.WB_API.wire()).isEqualTo("wb_api");
            assertThat(InteractionSource.WBCON_FALLBACK.wire()).isEqualTo("wbcon_fallback");
            assertThat(Priority.URGENT.wire()).isEqualTo("urgent");
            assertThat(InteractionStatus.RESPONDED.wire()).isEqualTo("responded");
            assertThat(InteractionEventType.DRAFT_ACCEPTED.wire()).isEqualTo("draft_accepted");
        }

        @Test
        void parsesIgnoringCaseAndBlanks() {
            assertThat(Channel.fromWire(" Question ")).isEqualTo(Channel.QUESTION);
            assertThat(Priority.fromWire("LOW")).isEqualTo(Priority.LOW);
        }

        @Test
        void acceptsTheSeedsLongMarketplaceNameButWritesTheShortOne() {
            assertThat(Marketplace.fromWire("wildberries")).isEqualTo(Marketplace.WB);
            assertThat(Marketplace.WB.wire()).isEqualTo("wb");
        }

        @Test
        void rejectsAnUnknownValueListingTheAcceptedOnes() {
            assertThatThrownBy(() -> Channel.fromWire("email"))
                    .isInstanceOf(ValidationException.class)
                    .hasMessage("channel must be one of review|question|chat, was 'email'");
        }

        @Test
        void publicChannelsAreReviewsAndQuestions() {
            assertThat(Channel.REVIEW.isPublic()).isTrue();
            assertThat(Channel.QUESTION.isPublic()).isTrue();
            assertThat(Channel.CHAT.isPublic()).isFalse();
        }

        @Test
        void priorityRankPutsUrgentFirst() {
            assertThat(Priority.URGENT.rank()).isLessThan(Priority.HIGH.rank());
            assertThat(Priority.HIGH.rank()).isLessThan(Priority.NORMAL.rank());
            assertThat(Priority.NORMAL.rank()).isLessThan(Priority.LOW.rank());
        }
    }
}
