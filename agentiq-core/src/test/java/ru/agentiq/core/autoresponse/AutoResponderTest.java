package ru.agentiq.core.autoresponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static ru.agentiq.core.testing.Store.SELLER;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import ru.agentiq.core.ValidationException;
import ru.agentiq.core.draft.DraftService;
import ru.agentiq.core.draft.DraftWarning;
import ru.agentiq.core.draft.LlmDisabledException;
import ru.agentiq.core.interaction.Channel;
import ru.agentiq.core.interaction.ExtraData;
import ru.agentiq.core.interaction.Interaction;
import ru.agentiq.core.interaction.InteractionData;
import ru.agentiq.core.interaction.InteractionEventType;
import ru.agentiq.core.interaction.InteractionStatus;
import ru.agentiq.core.interaction.Priority;
import ru.agentiq.core.testing.Store;

class AutoResponderTest {

    private final Store store = new Store();
    private AutoResponseConfig config = AutoResponseConfig.builder().enabled(true).delay(DelayPolicy.DEFAULT).build();
    private boolean sandbox;
    private final List<String> sent = new ArrayList<>();
    private final List<Duration> slept = new ArrayList<>();
    private List<String> strictProblems = List.of();
    private boolean sendOk = true;
    private boolean settingsBroken;
    private ru.agentiq.core.promo.PromoSettingsSource promos = ru.agentiq.core.promo.PromoSettingsSource.NONE;

    private AutoResponder responder() {
        DraftService drafts = DraftService.builder(store.interactions, store.events, r -> {
            throw new LlmDisabledException("off");
        }, store.clock).build();
        return AutoResponder.builder(store.interactions, store.events, drafts, id -> {
            if (settingsBroken) {
                throw new IllegalStateException("settings store down");
            }
            return new AutoResponseSettings(config, sandbox);
        }, (i, text) -> {
            sent.add(text);
            return sendOk;
        }, store.clock)
                .guardrails((s, c, text, customer) -> text.contains("бот")
                        ? List.of(new DraftWarning("banned_phrase", "error", "bot", "бот", "ai_mention")) : List.of())
                .strictChecks((s, c, text, now) -> strictProblems)
                .promos(promos)
                .sleeper(slept::add)
                .random(() -> 0.5)
                .build();
    }

    private Interaction fiveStar() {
        return store.add(store.item(Channel.REVIEW).rating(5).text("Отлично!").nmId("100"));
    }

    private AutoResponseDecision respond(Interaction i) {
        return responder().respond(SELLER, i.id());
    }

    @Nested
    class DecisionOrder {
        @Test
        void unreadableSettingsSkipFirst() {
            settingsBroken = true;
            assertThat(respond(fiveStar()).skipReason()).isEqualTo(SkipReason.CONFIG_UNAVAILABLE);
        }

        @Test
        void disabledComesBeforeEveryOtherRule() {
            config = AutoResponseConfig.builder().enabled(false).channels(Set.of()).build();
            assertThat(respond(fiveStar()).skipReason()).isEqualTo(SkipReason.DISABLED);
        }

        @Test
        void aChannelOutsideTheListIsSkipped() {
            Interaction chat = store.add(store.item(Channel.CHAT).extraData(ExtraData.of("chat_intent", "thanks")));
            assertThat(respond(chat).skipReason()).isEqualTo(SkipReason.CHANNEL_NOT_ALLOWED);
        }

        @Test
        void theNmIdWhitelistAppliesOnlyWhenNotEmpty() {
            config = AutoResponseConfig.builder().enabled(true).nmIds(Set.of("200")).build();
            assertThat(respond(fiveStar()).skipReason()).isEqualTo(SkipReason.NM_ID_NOT_ALLOWED);

            config = AutoResponseConfig.builder().enabled(true).nmIds(Set.of("100")).build();
            assertThat(respond(fiveStar()).outcome()).isEqualTo(Outcome.SENT);
        }

        @Test
        void scenariosBlockDraftOnlyDisabledAndChannelEachSkip() {
            config = AutoResponseConfig.builder().enabled(true).channels(Set.of(Channel.values()[0],
                    Channel.QUESTION, Channel.CHAT)).build();
            Interaction defect = store.add(store.item(Channel.CHAT)
                    .extraData(ExtraData.of("chat_intent", "defect_not_working")));
            Interaction refund = store.add(store.item(Channel.CHAT)
                    .extraData(ExtraData.of("chat_intent", "refund_exchange")));
            Interaction sizing = store.add(store.item(Channel.QUESTION)
                    .extraData(ExtraData.of("question_intent", "sizing_fit")));
            Interaction thanksChat = store.add(store.item(Channel.CHAT)
                    .extraData(ExtraData.of("chat_intent", "thanks")));

            assertThat(respond(defect).skipReason()).isEqualTo(SkipReason.SCENARIO_BLOCK);
            assertThat(respond(refund).skipReason()).isEqualTo(SkipReason.SCENARIO_DRAFT_ONLY);
            assertThat(respond(sizing).skipReason()).isEqualTo(SkipReason.SCENARIO_DISABLED);
            assertThat(respond(thanksChat).skipReason()).isEqualTo(SkipReason.SCENARIO_CHANNEL);
        }

        @Test
        void withoutAScenarioTheLegacyIntentListDecides() {
            config = AutoResponseConfig.builder().enabled(true).channels(Set.of(Channel.CHAT))
                    .legacyIntents(Set.of("usage_howto")).build();
            Interaction howto = store.add(store.item(Channel.CHAT).text("Как включить?")
                    .extraData(ExtraData.of("chat_intent", "usage_howto")));
            Interaction other = store.add(store.item(Channel.CHAT).extraData(ExtraData.of("chat_intent", "other")));

            assertThat(respond(howto).outcome()).isEqualTo(Outcome.SENT);
            assertThat(respond(other).skipReason()).isEqualTo(SkipReason.NO_SCENARIO);
        }

        @Test
        void reviewsNeedFourStarsFourIsEnough() {
            Interaction three = store.add(store.item(Channel.REVIEW).rating(3)
                    .extraData(ExtraData.of("chat_intent", "thanks")));
            Interaction four = store.add(store.item(Channel.REVIEW).rating(4).text("Хорошо"));

            assertThat(respond(three).skipReason()).isEqualTo(SkipReason.RATING_TOO_LOW);
            assertThat(respond(four).outcome()).isEqualTo(Outcome.SENT);
        }

        @Test
        void questionsHaveNoRatingAndAreNotBlockedByTheRatingRule() {
            config = AutoResponseConfig.preset(AutoResponseConfig.Preset.BALANCED);
            Interaction q = store.add(store.item(Channel.QUESTION).text("Есть в наличии?")
                    .extraData(ExtraData.of("question_intent", "availability")));
            assertThat(respond(q).outcome()).isEqualTo(Outcome.SENT);
        }

        @Test
        void standardGuardrailErrorsStopBeforeTheStrictChecks() {
            config = AutoResponseConfig.builder().enabled(true).promoSentence("Наш бот дарит скидку.").build();
            strictProblems = List.of("never reached");
            AutoResponseDecision d = respond(fiveStar());
            assertThat(d.skipReason()).isEqualTo(SkipReason.GUARDRAILS_FAILED);
            assertThat(d.guardrailsPassed()).isFalse();
            assertThat(d.autoGuardrailsPassed()).isNull();
        }

        @Test
        void strictCheckProblemsSkip() {
            strictProblems = List.of("risky_wording: скидка");
            AutoResponseDecision d = respond(fiveStar());
            assertThat(d.skipReason()).isEqualTo(SkipReason.STRICT_CHECKS_FAILED);
            assertThat(d.problems()).containsExactly("risky_wording: скидка");
            assertThat(sent).isEmpty();
        }

        @Test
        void aRefusedSendIsASkipAndChangesNothing() {
            sendOk = false;
            Interaction review = fiveStar();
            assertThat(respond(review).skipReason()).isEqualTo(SkipReason.SEND_FAILED);
            assertThat(store.interactions.findById(SELLER, review.id()).orElseThrow().data().needsResponse()).isTrue();
        }
    }

    @Nested
    class Sending {
        @Test
        void aSentReplyMarksTheInteractionAndRecordsTheEvent() {
            Interaction review = fiveStar();

            AutoResponseDecision d = respond(review);

            assertThat(d.outcome()).isEqualTo(Outcome.SENT);
            assertThat(sent).containsExactly(d.draftText());
            InteractionData after = store.interactions.findById(SELLER, review.id()).orElseThrow().data();
            assertThat(after.autoResponse()).isTrue();
            assertThat(after.needsResponse()).isFalse();
            assertThat(after.status()).isEqualTo(InteractionStatus.RESPONDED);
            assertThat(after.priority()).isEqualTo(Priority.LOW);
            assertThat(after.extraData().getString("last_reply_source")).contains("auto_response");
            assertThat(after.extraData().getString("auto_response_intent")).contains("thanks");
            assertThat(store.events.forInteraction(SELLER, review.id())).extracting(e -> e.type())
                    .containsExactly(InteractionEventType.AUTO_RESPONSE_SENT);
        }

        @Test
        void theSecondAttemptFindsItAnswered() {
            Interaction review = fiveStar();
            respond(review);
            assertThat(respond(review).skipReason()).isEqualTo(SkipReason.ALREADY_ANSWERED);
        }

        @Test
        void aRunAnswersAtMostMaxPerRunAndWaitsAfterEachSend() throws InterruptedException {
            config = AutoResponseConfig.builder().enabled(true).maxPerRun(2).build();
            fiveStar();
            fiveStar();
            fiveStar();

            List<AutoResponseDecision> run = responder().run(SELLER);

            assertThat(run).hasSize(2).allSatisfy(d -> assertThat(d.outcome()).isEqualTo(Outcome.SENT));
            assertThat(slept).hasSize(2);
            assertThat(slept.get(0)).isBetween(Duration.ofSeconds(3), Duration.ofSeconds(12));
        }

        @Test
        void aFiveStarReviewGetsThePromoSentence() {
            config = AutoResponseConfig.builder().enabled(true).promoSentence("Промокод SPRING на следующую покупку.")
                    .build();
            assertThat(respond(fiveStar()).draftText()).endsWith("Промокод SPRING на следующую покупку.");
            Interaction four = store.add(store.item(Channel.REVIEW).rating(4).text("Хорошо"));
            assertThat(respond(four).draftText()).doesNotContain("SPRING");
        }

        @Test
        void withoutASentenceOfItsOwnAFiveStarReviewGetsTheFirstCodeFlaggedForPositiveReviews() {
            promos = seller -> new ru.agentiq.core.promo.PromoSettings(List.of(
                    ru.agentiq.core.promo.PromoCode.of("CHATS", "5%"),
                    new ru.agentiq.core.promo.PromoCode("REVIEWS", "10%", true, null,
                            Set.of(ru.agentiq.core.promo.PromoAudience.REVIEWS_POSITIVE))), false, true);

            AutoResponseDecision decision = respond(fiveStar());

            assertThat(decision.draftText()).endsWith("Дарим вам промокод REVIEWS на следующую покупку: 10%.");
            assertThat(decision.draftText()).doesNotContain("CHATS");
        }

        @Test
        void aCodeOnlyForChatsNeverReachesAReviewAndABrokenPromoStoreStillAnswers() {
            promos = seller -> new ru.agentiq.core.promo.PromoSettings(List.of(
                    ru.agentiq.core.promo.PromoCode.of("CHATS", "5%")), false, true);
            assertThat(respond(fiveStar()).draftText()).doesNotContain("промокод");

            promos = seller -> {
                throw new IllegalStateException("promo store down");
            };
            AutoResponseDecision decision = respond(fiveStar());
            assertThat(decision.outcome()).isEqualTo(Outcome.SENT);
            assertThat(decision.draftText()).doesNotContain("промокод");
        }
    }

    @Nested
    class Sandbox {
        @Test
        void runsEverythingSendsNothingAndRecordsWhatItWouldHaveSent() throws InterruptedException {
            sandbox = true;
            Interaction review = fiveStar();

            List<AutoResponseDecision> run = responder().run(SELLER);

            assertThat(run).singleElement().extracting(AutoResponseDecision::outcome).isEqualTo(Outcome.SANDBOX);
            assertThat(sent).isEmpty();
            assertThat(slept).isEmpty();
            InteractionData after = store.interactions.findById(SELLER, review.id()).orElseThrow().data();
            assertThat(after.needsResponse()).isTrue();
            Map<?, ?> record = (Map<?, ?>) after.extraData().get("sandbox_auto_response").orElseThrow();
            assertThat(record.get("draft_text")).isEqualTo(run.get(0).draftText());
            assertThat(record.get("guardrails_passed")).isEqualTo(true);
            assertThat(store.events.forInteraction(SELLER, review.id()).get(0).type())
                    .isEqualTo(InteractionEventType.AUTO_RESPONSE_SANDBOX);
        }
    }

    @Nested
    class Links {
        private Interaction reviewLinkedTo(Interaction other, boolean autoAllowed) {
            return store.add(store.item(Channel.REVIEW).rating(5).text("Отлично!").extraData(ExtraData.of(
                    "link_candidates", List.of(Map.of("interaction_id", other.id().value(),
                            "auto_action_allowed", autoAllowed, "link_type",
                            autoAllowed ? "deterministic" : "probabilistic")))));
        }

        @Test
        void aDeterministicLinkToAnOpenComplaintHoldsTheAutoReply() {
            Interaction complaint = store.add(store.item(Channel.CHAT).text("Брак!")
                    .extraData(ExtraData.of("chat_intent", "defect_not_working")));
            assertThat(respond(reviewLinkedTo(complaint, true)).skipReason()).isEqualTo(SkipReason.LINKED_OPEN_ISSUE);
        }

        @Test
        void aProbabilisticLinkNeverDrivesTheDecision() {
            Interaction complaint = store.add(store.item(Channel.CHAT).text("Брак!")
                    .extraData(ExtraData.of("chat_intent", "defect_not_working")));
            assertThat(respond(reviewLinkedTo(complaint, false)).outcome()).isEqualTo(Outcome.SENT);
        }

        @Test
        void anAnsweredLinkedComplaintDoesNotHold() {
            Interaction answered = store.add(store.answered(Channel.CHAT)
                    .extraData(ExtraData.of("chat_intent", "defect_not_working")));
            assertThat(respond(reviewLinkedTo(answered, true)).outcome()).isEqualTo(Outcome.SENT);
        }
    }

    @Nested
    class Preview {
        @Test
        void previewJudgesWithoutStoringOrSending() {
            InteractionData data = store.item(Channel.REVIEW).rating(5).text("Супер").build();

            AutoResponseDecision d = responder().preview(data, null);

            assertThat(d.outcome()).isEqualTo(Outcome.WOULD_SEND);
            assertThat(d.wouldAutoSend()).isTrue();
            assertThat(d.guardrailsPassed()).isTrue();
            assertThat(d.autoGuardrailsPassed()).isTrue();
            assertThat(d.interactionId()).isNull();
            assertThat(sent).isEmpty();
            assertThat(store.events.forSeller(SELLER, Store.ago(Duration.ofDays(1)), Store.NOW.plusSeconds(1),
                    Set.of())).isEmpty();
        }

        @Test
        void previewWithAPresetShowsTheScenario() {
            InteractionData data = store.item(Channel.CHAT).text("Верните деньги")
                    .extraData(ExtraData.of("chat_intent", "refund_exchange")).build();
            AutoResponseDecision safe = responder().preview(data, AutoResponseConfig.preset(
                    AutoResponseConfig.Preset.SAFE));
            AutoResponseDecision max = responder().preview(data, AutoResponseConfig.preset(
                    AutoResponseConfig.Preset.MAX));
            assertThat(safe.skipReason()).isEqualTo(SkipReason.CHANNEL_NOT_ALLOWED);
            assertThat(max.scenarioAction()).isEqualTo(ScenarioAction.AUTO);
        }
    }

    @Nested
    class Configuration {
        @Test
        void presetsNeverUnblockTheBlockIntents() {
            for (AutoResponseConfig.Preset p : AutoResponseConfig.Preset.values()) {
                AutoResponseConfig c = AutoResponseConfig.preset(p);
                for (String intent : AutoResponseConfig.BLOCK_INTENTS) {
                    assertThat(c.scenarios().get(intent).action()).isEqualTo(ScenarioAction.BLOCK);
                    assertThat(c.scenarios().get(intent).enabled()).isTrue();
                }
            }
            assertThatThrownBy(() -> AutoResponseConfig.builder().scenario(new Scenario("wrong_item",
                    ScenarioAction.AUTO, Set.of(), true)).build()).isInstanceOf(ValidationException.class)
                    .hasMessageContaining("wrong_item");
        }

        @Test
        void presetsSetChannelsAndScenarios() {
            AutoResponseConfig safe = AutoResponseConfig.preset(AutoResponseConfig.Preset.SAFE);
            assertThat(safe.channels()).containsExactly(Channel.REVIEW);
            assertThat(safe.scenarios().get("delivery_status").enabled()).isFalse();
            AutoResponseConfig balanced = AutoResponseConfig.preset(AutoResponseConfig.Preset.BALANCED);
            assertThat(balanced.channels()).containsExactlyInAnyOrder(Channel.REVIEW, Channel.QUESTION);
            assertThat(balanced.scenarios().get("sizing_fit").enabled()).isTrue();
            assertThat(balanced.scenarios().get("refund_exchange").action()).isEqualTo(ScenarioAction.DRAFT);
            AutoResponseConfig max = AutoResponseConfig.preset(AutoResponseConfig.Preset.MAX);
            assertThat(max.scenarios().get("refund_exchange").action()).isEqualTo(ScenarioAction.AUTO);
            assertThat(AutoResponseConfig.Preset.fromWire(" Balanced ")).isEqualTo(AutoResponseConfig.Preset.BALANCED);
            assertThatThrownBy(() -> AutoResponseConfig.Preset.fromWire("yolo"))
                    .isInstanceOf(ValidationException.class);
        }

        @Test
        void theDelayIsUniformPlusWordsCapped() {
            DelayPolicy p = DelayPolicy.DEFAULT;
            assertThat(p.delayFor("", 0)).isEqualTo(Duration.ofSeconds(3));
            assertThat(p.delayFor("", 1)).isEqualTo(Duration.ofSeconds(8));
            assertThat(p.delayFor("раз два три четыре", 0)).isEqualTo(Duration.ofMillis(3100));
            assertThat(p.delayFor("слово ".repeat(1000), 1)).isEqualTo(Duration.ofSeconds(12));
            assertThatThrownBy(() -> new DelayPolicy(Duration.ofSeconds(5), Duration.ofSeconds(4), Duration.ZERO,
                    Duration.ZERO)).isInstanceOf(ValidationException.class);
        }
    }
}
