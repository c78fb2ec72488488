package ru.agentiq.core.draft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static ru.agentiq.core.testing.Store.SELLER;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import ru.agentiq.core.interaction.Channel;
import ru.agentiq.core.interaction.ExtraData;
import ru.agentiq.core.interaction.Interaction;
import ru.agentiq.core.interaction.InteractionEvent;
import ru.agentiq.core.interaction.InteractionEventType;
import ru.agentiq.core.interaction.InteractionId;
import ru.agentiq.core.interaction.InteractionNotFoundException;
import ru.agentiq.core.interaction.InteractionStatus;
import ru.agentiq.core.testing.Store;

class DraftServiceTest {

    private final Store store = new Store();
    private final List<DraftRequest> requests = new ArrayList<>();
    private Function<DraftRequest, DraftResult> model = r -> new DraftResult("Спасибо, разберёмся!", DraftSource.LLM,
            LlmUsage.builder("deepseek", "deepseek").outputTokens(5).build(),
            new DraftAnalysis("quality_complaint", "negative", "high", List.of(), "complaint", false, null));
    private DraftSettings settings = DraftSettings.defaults();
    private DraftReviewer reviewer = (seller, channel, draft, customer) -> draft.contains("бот")
            ? List.of(new DraftWarning("banned_phrase", "error", "mentions a bot", "бот", "ai_mention")) : List.of();

    private DraftService service() {
        ProductCatalog catalog = nmId -> Optional.of(new ProductCard(nmId, "Рюкзак", null, null, null, Map.of()));
        GroundingBuilder grounding = new GroundingBuilder(catalog, ProductMemory.scanning(store.interactions),
                i -> Optional.of("Клиент: Анна. Обращений: 3."), (chat, limit) -> List.of(
                        new ChatLine(true, null, "Где мой заказ?", null)), DraftConfig.defaults());
        return DraftService.builder(store.interactions, store.events, r -> {
            requests.add(r);
            return model.apply(r);
        }, store.clock).grounding(grounding).reviewer(reviewer).settings(id -> settings).build();
    }

    private Interaction negativeReview() {
        return store.add(store.item(Channel.REVIEW).rating(2).text("Лямка порвалась через неделю").nmId("555")
                .customerId("c1").extraData(ExtraData.of("user_name", "Смирнова Анна")));
    }

    private List<InteractionEventType> events(Interaction i) {
        return store.events.forInteraction(SELLER, i.id()).stream().map(InteractionEvent::type).toList();
    }

    @Nested
    class Generation {
        @Test
        void aModelDraftIsCleanedGroundedStoredAndRecorded() {
            model = r -> new DraftResult("Добрый день! Наш бот всё проверит, работа идёт.", DraftSource.LLM, null,
                    DraftAnalysis.of("quality_complaint", "negative"));
            Interaction review = negativeReview();

            Draft draft = service().draft(SELLER, review.id(), false);

            assertThat(draft.text()).isEqualTo("Анна, здравствуйте! Наш всё проверит, работа идёт.");
            assertThat(draft.source()).isEqualTo(DraftSource.LLM);
            assertThat(draft.usedFallback()).isFalse();
            assertThat(draft.intent()).isEqualTo("quality_complaint");
            assertThat(draft.slaPriority()).isEqualTo("normal");
            assertThat(draft.grounding()).extracting(GroundingItem::kind).contains(GroundingItem.Kind.PRODUCT_CARD,
                    GroundingItem.Kind.CUSTOMER_PROFILE, GroundingItem.Kind.RATING_INSTRUCTION,
                    GroundingItem.Kind.TONE, GroundingItem.Kind.CHANNEL_RULES);
            assertThat(events(review)).containsExactly(InteractionEventType.DRAFT_GENERATED);
            Interaction stored = store.interactions.findById(SELLER, review.id()).orElseThrow();
            Map<?, ?> last = (Map<?, ?>) stored.data().extraData().get("last_ai_draft").orElseThrow();
            assertThat(last.get("text")).isEqualTo(draft.text());
            assertThat(last.get("source")).isEqualTo("llm");
        }

        @Test
        void thePromptCarriesTheGroundingAndTheRatingPrefix() {
            Interaction review = negativeReview();
            service().draft(SELLER, review.id(), false);

            DraftRequest r = requests.get(0);
            assertThat(r.userPrompt()).contains("[** (2/5)] Лямка порвалась").contains("О товаре: Товар: Рюкзак")
                    .contains("О покупателе: Клиент: Анна");
            assertThat(r.systemPrompt()).contains("отзывы").contains(Tone.NEUTRAL.instruction()).contains("JSON");
            assertThat(r.fallbackText()).isNotBlank();
            assertThat(r.interactionId()).isEqualTo(review.id());
        }

        @Test
        void guardrailWarningsAreAttachedButTheTextIsNotChanged() {
            reviewer = (s, c, d, t) -> List.of(new DraftWarning("too_short", "warning", "short", null, null));
            Interaction review = negativeReview();

            Draft draft = service().draft(SELLER, review.id(), false);

            assertThat(draft.guardrailWarnings()).extracting(DraftWarning::type).containsExactly("too_short");
            assertThat(draft.text()).isEqualTo("Анна, здравствуйте! Спасибо, разберёмся!");
        }

        @Test
        void chatsGetTheirHistoryInThePrompt() {
            Interaction chat = store.add(store.item(Channel.CHAT).text("Где мой заказ?"));
            service().draft(SELLER, chat.id(), false);
            assertThat(requests.get(0).userPrompt()).contains("История чата:\nПокупатель: Где мой заказ?");
        }

        @Test
        void anUnknownInteractionIsNotFound() {
            assertThatThrownBy(() -> service().draft(SELLER, InteractionId.of(999), false))
                    .isInstanceOf(InteractionNotFoundException.class);
        }
    }

    @Nested
    class Cache {
        @Test
        void theSecondCallReturnsTheStoredDraftAsCachedUnlessForced() {
            Interaction review = negativeReview();
            DraftService service = service();
            Draft first = service.draft(SELLER, review.id(), false);

            Draft again = service.draft(SELLER, review.id(), false);
            assertThat(again.source()).isEqualTo(DraftSource.CACHED);
            assertThat(again.text()).isEqualTo(first.text());
            assertThat(again.grounding()).isEqualTo(first.grounding());
            assertThat(requests).hasSize(1);
            InteractionEvent hit = store.events.forInteraction(SELLER, review.id()).get(1);
            assertThat(hit.type()).isEqualTo(InteractionEventType.DRAFT_CACHE_HIT);
            assertThat(hit.details().getString("source")).contains("llm");

            Draft forced = service.draft(SELLER, review.id(), true);
            assertThat(forced.source()).isEqualTo(DraftSource.LLM);
            assertThat(requests).hasSize(2);
            assertThat(store.events.forInteraction(SELLER, review.id()).get(2).details()
                    .getBoolean("force_regenerate")).contains(true);
        }
    }

    @Nested
    class Fallbacks {
        @Test
        void aFailedModelCallFallsBackToTheKeywordRecommendationWithUsedFallback() {
            model = r -> {
                throw new LlmCallException("timeout", LlmUsage.builder("deepseek", "deepseek")
                        .status(LlmCallStatus.TIMEOUT).build());
            };
            Interaction chat = store.add(store.item(Channel.CHAT).text("Где мой заказ?")
                    .extraData(ExtraData.of("chat_intent", "delivery_status")));

            Draft draft = service().draft(SELLER, chat.id(), false);

            assertThat(draft.source()).isEqualTo(DraftSource.FALLBACK);
            assertThat(draft.usedFallback()).isTrue();
            assertThat(draft.usage().status()).isEqualTo(LlmCallStatus.TIMEOUT);
            assertThat(draft.usage().usedFallback()).isTrue();
            assertThat(draft.text()).contains("личном кабинете WB");
            assertThat(draft.recommendationReason()).isEqualTo(DraftAnalysis.FALLBACK_REASON);
            assertThat(store.events.forInteraction(SELLER, chat.id()).get(0).details().getBoolean("used_fallback"))
                    .contains(true);
        }

        @Test
        void withoutAKnownIntentTheChannelTemplateIsUsedRatingAware() {
            settings = new DraftSettings(Tone.FORMAL, false, "deepseek", "deepseek-chat");
            Interaction low = store.add(store.item(Channel.REVIEW).rating(3).text("Так себе, но носить можно"));
            Interaction question = store.add(store.item(Channel.QUESTION).text("Какой размер на рост 180?"));

            Draft review = service().draft(SELLER, low.id(), false);
            Draft answer = service().draft(SELLER, question.id(), false);

            assertThat(review.text()).isEqualTo("Здравствуйте! " + FallbackDrafts.REVIEW_NEGATIVE);
            assertThat(answer.text()).isEqualTo("Здравствуйте! " + FallbackDrafts.QUESTION_SIZING);
            assertThat(review.usage()).isNull();
            assertThat(requests).isEmpty();
        }

        @Test
        void aModelAnswerThatCleansToNothingFallsBack() {
            model = r -> new DraftResult("Здравствуйте! Уважаемый покупатель", DraftSource.LLM, null, null);
            Interaction review = negativeReview();

            Draft draft = service().draft(SELLER, review.id(), false);

            assertThat(draft.source()).isEqualTo(DraftSource.FALLBACK);
        }

        @Test
        void aSimplePositiveReviewTakesTheTemplateFastPathWithoutTheModel() {
            Interaction review = store.add(store.item(Channel.REVIEW).rating(5).text("Отлично!")
                    .status(InteractionStatus.OPEN));

            Draft draft = service().draft(SELLER, review.id(), false);

            assertThat(draft.source()).isEqualTo(DraftSource.CACHE);
            assertThat(draft.usedFallback()).isFalse();
            assertThat(draft.intent()).isEqualTo("thanks");
            assertThat(requests).isEmpty();
            assertThat(ResponseTemplates.POSITIVE_REVIEW).anySatisfy(t -> assertThat(draft.text()).endsWith(t));
        }

        @Test
        void keywordEscalationIsReportedEvenWhenTheModelMissesIt() {
            Interaction chat = store.add(store.item(Channel.CHAT).text("У ребёнка аллергия")
                    .extraData(ExtraData.of("needs_escalation", true, "escalation_reason", "medical: аллергия")));

            Draft draft = service().draft(SELLER, chat.id(), false);

            assertThat(draft.needsEscalation()).isTrue();
            assertThat(draft.escalationReason()).isEqualTo("medical: аллергия");
        }
    }

    @Nested
    class Listener {
        private final List<String> seen = new ArrayList<>();

        private DraftService listened(DraftListener listener) {
            GroundingBuilder grounding = new GroundingBuilder(ProductCatalog.none(),
                    ProductMemory.scanning(store.interactions), CustomerContextSource.none(),
                    ChatHistorySource.none(), DraftConfig.defaults());
            return DraftService.builder(store.interactions, store.events, r -> model.apply(r), store.clock)
                    .grounding(grounding).reviewer(reviewer).settings(id -> settings).listener(listener).build();
        }

        @Test
        void hearsGeneratedAndCachedDraftsWithTheirSource() {
            Interaction review = negativeReview();
            DraftService service = listened((seller, draft) -> seen.add(seller.value() + ":" + draft.source().wire()
                    + ":" + draft.usedFallback()));

            service.draft(SELLER, review.id(), false);
            service.draft(SELLER, review.id(), false);

            assertThat(seen).containsExactly(SELLER.value() + ":llm:false", SELLER.value() + ":cached:false");
        }

        @Test
        void aFailingListenerDoesNotCostTheDraft() {
            Interaction review = negativeReview();

            Draft draft = listened((seller, d) -> {
                throw new IllegalStateException("metrics backend down");
            }).draft(SELLER, review.id(), false);

            assertThat(draft.source()).isEqualTo(DraftSource.LLM);
            assertThat(events(review)).containsExactly(InteractionEventType.DRAFT_GENERATED);
        }
    }

    @Test
    void tokenBudgetFollowsTheIntent() {
        assertThat(DraftService.maxTokens("thanks")).isEqualTo(300);
        assertThat(DraftService.maxTokens("wrong_item")).isEqualTo(1000);
        assertThat(DraftService.maxTokens(null)).isEqualTo(600);
    }
}
