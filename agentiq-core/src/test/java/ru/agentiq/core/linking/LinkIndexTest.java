package ru.agentiq.core.linking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static ru.agentiq.core.linking.Pairs.SELLER;
import static ru.agentiq.core.linking.Pairs.T0;
import static ru.agentiq.core.linking.Pairs.chat;
import static ru.agentiq.core.linking.Pairs.question;
import static ru.agentiq.core.linking.Pairs.review;
import static ru.agentiq.core.linking.Pairs.stored;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import ru.agentiq.core.ValidationException;
import ru.agentiq.core.interaction.Channel;
import ru.agentiq.core.interaction.Interaction;
import ru.agentiq.core.interaction.InteractionData;
import ru.agentiq.core.interaction.InteractionId;
import ru.agentiq.core.interaction.InteractionNotFoundException;
import ru.agentiq.core.interaction.Marketplace;
import ru.agentiq.core.interaction.SellerId;

class LinkIndexTest {

    private static LinkIndex index(LinkingConfig config, Interaction... interactions) {
        return LinkIndex.build(SELLER, Marketplace.WB, config, List.of(interactions), 1);
    }

    private static List<InteractionId> ids(List<LinkCandidate> candidates) {
        return candidates.stream().map(LinkCandidate::interactionId).toList();
    }

    @Nested
    class WhatIsLinked {

        @Test
        void interactionsOfTheSameChannelAreNeverLinked() {
            Interaction a = stored(review().orderId("o"));
            Interaction b = stored(review().orderId("o"));

            assertThat(index(LinkingConfig.piloted(), a, b).candidates(a.id())).isEmpty();
        }

        @Test
        void linksAreFoundFromEitherSide() {
            Interaction r = stored(review().orderId("o"));
            Interaction c = stored(chat().orderId("o"));
            LinkIndex index = index(LinkingConfig.piloted(), r, c);

            assertThat(ids(index.candidates(r.id()))).containsExactly(c.id());
            assertThat(ids(index.candidates(c.id()))).containsExactly(r.id());
            LinkCandidate candidate = index.candidates(r.id()).get(0);
            assertThat(candidate.channel()).isEqualTo(Channel.CHAT);
            assertThat(candidate.externalId()).isEqualTo(c.data().externalId());
            assertThat(candidate.confidence()).isEqualTo(0.90);
        }

        @Test
        void interactionsSharingNoReferenceAreNeverLinkedWhateverElseMatches() {
            LinkingConfig generous = LinkingConfig.builder().weight(LinkSignal.TIME_WINDOW_24H, 0.6).build();
            Interaction a = stored(review().occurredAt(T0));
            Interaction b = stored(chat().occurredAt(T0));

            assertThat(index(generous, a, b).candidates(a.id())).isEmpty();
        }

        @Test
        void aProductOnlyPairMustHaveOccurredWithinTheProductWindow() {
            LinkingConfig config = LinkingConfig.piloted().toBuilder().productWindow(Duration.ofDays(2)).build();
            Interaction r = stored(review().nmId("n").productArticle("a").occurredAt(T0));
            Interaction inside = stored(chat().nmId("n").productArticle("a").occurredAt(T0.plus(Duration.ofDays(2))));
            Interaction outside = stored(question().nmId("n").productArticle("a")
                    .occurredAt(T0.minus(Duration.ofDays(2)).minusMillis(1)));
            Interaction unknownTime = stored(question().nmId("n").productArticle("a"));

            assertThat(ids(index(config, r, inside, outside, unknownTime).candidates(r.id())))
                    .containsExactly(inside.id());
        }

        @Test
        void anOrderLinkHasNoTimeLimit() {
            Interaction r = stored(review().orderId("o").occurredAt(T0));
            Interaction c = stored(chat().orderId("o").occurredAt(T0.plus(Duration.ofDays(400))));
            Interaction unknown = stored(question().orderId("o"));

            assertThat(ids(index(LinkingConfig.piloted(), r, c, unknown).candidates(r.id())))
                    .containsExactly(c.id(), unknown.id());
        }
    }

    @Nested
    class DropAndTopFive {

        @Test
        void aCandidateAtExactlyTheDropThresholdIsKeptAndJustBelowIsDropped() {
            LinkingConfig at = LinkingConfig.builder().weight(LinkSignal.NM_ID_EXACT, 0.55).build();
            LinkingConfig below = LinkingConfig.builder().weight(LinkSignal.NM_ID_EXACT, 0.549).build();
            Interaction r = stored(review().nmId("n").occurredAt(T0));
            Interaction c = stored(chat().nmId("n").occurredAt(T0));

            assertThat(index(at, r, c).candidates(r.id())).singleElement()
                    .satisfies(x -> assertThat(x.confidence()).isEqualTo(0.55));
            assertThat(index(below, r, c).candidates(r.id())).isEmpty();
        }

        @Test
        void thePilotedSignalsCanLandExactlyOnTheDropThreshold() {
            // article 0.28 + 30-day window 0.05 + name 0.12 + high overlap 0.10 = 0.55
            Interaction r = stored(review().productArticle("a").occurredAt(T0).text("куртка молния сломалась")
                    .extraData(Pairs.named("user_name", "Олег")));
            Interaction c = stored(chat().productArticle("a").occurredAt(T0.plus(Duration.ofDays(20)))
                    .text("сломалась молния куртка").extraData(Pairs.named("customer_name", "Олег")));

            assertThat(index(LinkingConfig.piloted(), r, c).candidates(r.id())).singleElement()
                    .satisfies(x -> assertThat(x.confidence()).isEqualTo(0.55));
        }

        @Test
        void keepsTheBestFiveByConfidenceThenNearestThenNewest() {
            Interaction anchor = stored(10, review().nmId("n").productArticle("a").occurredAt(T0));
            List<Interaction> all = new ArrayList<>(List.of(anchor));
            // Eight candidates at nm + article + 24h = 0.78: at 1..6 hours, at 20 hours, and a second one at 2 hours.
            all.add(stored(20, chat().nmId("n").productArticle("a").occurredAt(T0.plus(Duration.ofHours(20)))));
            for (int h = 1; h <= 6; h++) {
                all.add(stored(100 + h, chat().nmId("n").productArticle("a").occurredAt(T0.plus(Duration.ofHours(h)))));
            }
            Interaction tieOlderId = stored(50, question().nmId("n").productArticle("a")
                    .occurredAt(T0.minus(Duration.ofHours(2))));
            all.add(tieOlderId);

            List<LinkCandidate> kept = index(LinkingConfig.piloted(), all.toArray(Interaction[]::new))
                    .candidates(anchor.id());

            assertThat(kept).hasSize(5);
            assertThat(kept).extracting(LinkCandidate::confidence).containsOnly(0.78);
            assertThat(ids(kept)).containsExactly(InteractionId.of(101), InteractionId.of(102), InteractionId.of(50),
                    InteractionId.of(103), InteractionId.of(104));
        }

        @Test
        void maxCandidatesIsConfigurable() {
            LinkingConfig three = LinkingConfig.piloted().toBuilder().maxCandidates(3).build();
            List<Interaction> all = new ArrayList<>();
            all.add(stored(review().orderId("o")));
            for (int i = 0; i < 6; i++) {
                all.add(stored(chat().orderId("o")));
            }

            assertThat(index(three, all.toArray(Interaction[]::new)).candidates(all.get(0).id())).hasSize(3);
        }

        @Test
        void aBlockContributesOnlyItsNearestNeighbours() {
            LinkingConfig one = LinkingConfig.piloted().toBuilder().blockNeighbours(1).build();
            Interaction anchor = stored(review().nmId("n").productArticle("a").occurredAt(T0));
            Interaction near = stored(chat().nmId("n").occurredAt(T0.plusSeconds(60)));
            Interaction farButBetter = stored(chat().nmId("n").productArticle("a").occurredAt(T0.plusSeconds(120)));

            // nm block gives `near`, article block gives `farButBetter`: both are compared.
            assertThat(ids(index(one, anchor, near, farButBetter).candidates(anchor.id())))
                    .containsExactly(farButBetter.id());
            Interaction farOnlyByNm = stored(question().nmId("n").productArticle("b").occurredAt(T0.plusSeconds(90)));
            assertThat(ids(index(one, anchor, near, farOnlyByNm).candidates(anchor.id()))).isEmpty();
        }
    }

    @Nested
    class Incremental {

        @Test
        void aNewInteractionIsLinkedAndItsPartnersAreRefreshedReciprocally() {
            Interaction review = stored(review().orderId("o").occurredAt(T0));
            LinkIndex index = index(LinkingConfig.piloted(), review);
            Interaction chat = stored(chat().orderId("o").occurredAt(T0.plusSeconds(600)));

            LinkUpdate update = index.upsert(chat);

            assertThat(update.subject()).isEqualTo(chat.id());
            assertThat(update.changed().keySet()).containsExactly(chat.id(), review.id());
            assertThat(ids(update.changed().get(review.id()))).containsExactly(chat.id());
            assertThat(ids(index.candidates(review.id()))).containsExactly(chat.id());
        }

        @Test
        void upsertingTheSameLinkingFeaturesChangesNothing() {
            Interaction review = stored(review().orderId("o").occurredAt(T0));
            Interaction chat = stored(chat().orderId("o").occurredAt(T0));
            LinkIndex index = index(LinkingConfig.piloted(), review, chat);
            Interaction answered = chat.withData(b -> b.needsResponse(false).subject("Чат"));

            assertThat(index.upsert(answered).isEmpty()).isTrue();
        }

        @Test
        void aChangedReferenceUnlinksTheOldPartner() {
            Interaction review = stored(review().orderId("o").occurredAt(T0));
            Interaction chat = stored(chat().orderId("o").occurredAt(T0));
            LinkIndex index = index(LinkingConfig.piloted(), review, chat);

            LinkUpdate update = index.upsert(chat.withData(b -> b.orderId("other")));

            assertThat(update.changed()).containsEntry(chat.id(), List.of()).containsEntry(review.id(), List.of());
            assertThat(index.candidates(review.id())).isEmpty();
            assertThat(index.size()).isEqualTo(2);
        }

        @Test
        void rejectsAnotherSellersInteraction() {
            LinkIndex index = LinkIndex.create(SELLER, Marketplace.WB, LinkingConfig.piloted());
            Interaction foreign = stored(InteractionData.builder(SellerId.of(99), Channel.CHAT, "x"));

            assertThatThrownBy(() -> index.upsert(foreign)).isInstanceOf(ValidationException.class)
                    .hasMessageContaining("belongs to seller 99");
        }

        @Test
        void rejectsRepeatedIdsInABuild() {
            Interaction r = stored(review());
            Interaction again = new Interaction(r.id(), chat().build(), T0, T0);

            assertThatThrownBy(() -> index(LinkingConfig.piloted(), r, again))
                    .isInstanceOf(ValidationException.class).hasMessageContaining("appears more than once");
        }

        @Test
        void anUnknownIdHasNoCandidates() {
            LinkIndex index = LinkIndex.create(SELLER, Marketplace.WB, LinkingConfig.piloted());

            assertThatThrownBy(() -> index.candidates(InteractionId.of(5)))
                    .isInstanceOf(InteractionNotFoundException.class);
            assertThat(index.contains(InteractionId.of(5))).isFalse();
        }
    }
}
