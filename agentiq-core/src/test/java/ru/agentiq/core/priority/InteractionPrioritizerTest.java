package ru.agentiq.core.priority;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import ru.agentiq.core.ValidationException;
import ru.agentiq.core.interaction.Channel;
import ru.agentiq.core.interaction.ExtraData;
import ru.agentiq.core.interaction.InteractionData;
import ru.agentiq.core.interaction.Priority;
import ru.agentiq.core.interaction.SellerId;
import ru.agentiq.core.memory.InMemoryPrioritySettings;

class InteractionPrioritizerTest {

    private static final SellerId SELLER = SellerId.of(42);
    private static final Instant NOW = Instant.parse("2026-03-02T12:00:00Z");
    private static final InteractionPrioritizer RULES = InteractionPrioritizer.defaults();

    private static PriorityAssessment question(String text) {
        return RULES.assessQuestion(SELLER, text, false, NOW.minus(Duration.ofMinutes(10)), NOW);
    }

    private static PriorityAssessment question(String text, Duration age) {
        return RULES.assessQuestion(SELLER, text, false, NOW.minus(age), NOW);
    }

    @Nested
    class Reviews {

        @ParameterizedTest
        @CsvSource({"1, high, rating_1", "2, high, rating_2", "3, normal, rating_3", "4, low, rating_4",
                "5, low, rating_5"})
        void takePriorityFromTheRating(int rating, String priority, String reason) {
            PriorityAssessment a = RULES.assessReview(rating, "Текст отзыва", true);
            assertThat(a.priority().wire()).isEqualTo(priority);
            assertThat(a.priorityReason()).isEqualTo(reason);
            assertThat(a.intent()).isNull();
            assertThat(a.intentDetectionMethod()).isNull();
            assertThat(a.slaTargetMinutes()).isNull();
            assertThat(a.slaDueAt()).isNull();
        }

        @Test
        void withoutARatingAreNormalAndOnceAnsweredLow() {
            assertThat(RULES.assessReview(null, "Пришло быстро", true).priority()).isEqualTo(Priority.NORMAL);
            assertThat(RULES.assessReview(null, "Пришло быстро", true).priorityReason()).isEqualTo("no_rating");
            PriorityAssessment answered = RULES.assessReview(1, "Ужасно", false);
            assertThat(answered.priority()).isEqualTo(Priority.LOW);
            assertThat(answered.priorityReason()).isEqualTo("answered");
        }

        @Test
        void flagEscalationWordsWithoutChangingPriority() {
            PriorityAssessment a = RULES.assessReview(4, "Хорошая вещь, но у ребёнка аллергия на краситель", true);
            assertThat(a.priority()).isEqualTo(Priority.LOW);
            assertThat(a.needsEscalation()).isTrue();
            assertThat(a.escalationReason()).isEqualTo("medical: аллерг*");
        }
    }

    @Nested
    class QuestionIntents {

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
                "Какой размер выбрать при росте 176?                            | sizing_fit            | high   | 240",
                "Подойдёт ли мне, если обхват груди 96?                         | sizing_fit            | high   | 240",
                "Подойдет на мой вес 70 кг?                                     | sizing_fit            | high   | 240",
                "Модель маломерит?                                              | sizing_fit            | high   | 240",
                "Когда будет в наличии синий цвет?                              | availability_delivery | high   | 120",
                "Сколько идёт доставка до Казани?                               | availability_delivery | high   | 120",
                "Из какого материала сделана подошва?                           | spec_compatibility    | normal | 480",
                "Совместим ли чехол с MagSafe?                                  | spec_compatibility    | normal | 480",
                "Какой объём у термоса?                                         | spec_compatibility    | normal | 480",
                "Есть ли сертификат соответствия на игрушку?                    | compliance_safety     | urgent | 60",
                "Безопасно ли для детей до трёх лет?                            | compliance_safety     | urgent | 60",
                "Купила неделю назад, а чайник не работает, что делать?         | post_purchase_issue   | urgent | 60",
                "Пришёл брак, шов разошёлся                                     | post_purchase_issue   | urgent | 60",
                "Можно ли оформить подарочную упаковку?                         | general_question      | normal | 480",
        })
        void followTheSeedTable(String text, String intent, String priority, int minutes) {
            PriorityAssessment a = question(text);
            assertThat(a.intent()).isEqualTo(intent);
            assertThat(a.priority().wire()).isEqualTo(priority);
            assertThat(a.slaTargetMinutes()).isEqualTo(minutes);
            assertThat(a.priorityReason()).isEqualTo(intent);
            assertThat(a.intentDetectionMethod()).isEqualTo(DetectionMethod.RULE_BASED);
        }

        @Test
        void testGroupsInTableOrder() {
            assertThat(question("Какой размер брать, и когда будет доставка?").intent()).isEqualTo("sizing_fit");
            assertThat(question("Когда будет доставка и есть ли сертификат?").intent())
                    .isEqualTo("availability_delivery");
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
                "Это простой вопрос: можно ли стирать в машинке?",
                "Весь комплект в одной коробке?",
                "Вестибюль магазина работает в выходные?",
                "Прорастут ли семена в горшке на подоконнике?",
                "Обратная связь будет?",
        })
        void doNotFireOnWordsThatMerelyContainAKeyword(String text) {
            assertThat(question(text).intent()).isEqualTo("general_question");
        }

        @Test
        void foldYoSoBothSpellingsMatch() {
            assertThat(question("А мне подойдёт?").intent()).isEqualTo("sizing_fit");
            assertThat(question("А мне подойдет?").intent()).isEqualTo("sizing_fit");
            assertThat(question("Какой объем?").intent()).isEqualTo("spec_compatibility");
        }

        @Test
        void answeredQuestionsAreLowWithoutADeadline() {
            PriorityAssessment a = RULES.assessQuestion(SELLER, "Какой размер?", true, NOW.minusSeconds(60), NOW);
            assertThat(a.priority()).isEqualTo(Priority.LOW);
            assertThat(a.intent()).isEqualTo("answered");
            assertThat(a.slaTargetMinutes()).isEqualTo(1440);
            assertThat(a.slaDueAt()).isNull();
            assertThat(a.priorityReason()).isEqualTo("answered");
        }

        @Test
        void dueTimeIsOccurredAtPlusTheTarget() {
            Instant asked = Instant.parse("2026-03-02T09:15:00Z");
            PriorityAssessment a = RULES.assessQuestion(SELLER, "Когда будет в наличии?", false, asked, NOW);
            assertThat(a.slaDueAt()).isEqualTo(Instant.parse("2026-03-02T11:15:00Z"));
        }

        @Test
        void unknownOccurredAtMeansNoDeadlineAndNoAgeEscalation() {
            PriorityAssessment a = RULES.assessQuestion(SELLER, "Какой размер взять?", false, null, NOW);
            assertThat(a.slaDueAt()).isNull();
            assertThat(a.slaTargetMinutes()).isEqualTo(240);
            assertThat(a.priority()).isEqualTo(Priority.HIGH);
        }
    }

    @Nested
    class AgeEscalation {

        @Test
        void highBecomesUrgentAtEightHoursNotBefore() {
            PriorityAssessment before = question("Какой размер взять?", Duration.ofHours(8).minusMinutes(1));
            assertThat(before.priority()).isEqualTo(Priority.HIGH);
            assertThat(before.priorityReason()).isEqualTo("sizing_fit");
            PriorityAssessment at = question("Какой размер взять?", Duration.ofHours(8));
            assertThat(at.priority()).isEqualTo(Priority.URGENT);
            assertThat(at.priorityReason()).isEqualTo("sizing_fit+age_8h");
            assertThat(at.slaTargetMinutes()).isEqualTo(240);
        }

        @Test
        void normalIsNotRaisedAtEightHours() {
            assertThat(question("Можно подарочную упаковку?", Duration.ofHours(12)).priority())
                    .isEqualTo(Priority.NORMAL);
        }

        @Test
        void anythingBecomesUrgentAtTwentyFourHoursNotBefore() {
            assertThat(question("Можно подарочную упаковку?", Duration.ofHours(24).minusMinutes(1)).priority())
                    .isEqualTo(Priority.NORMAL);
            PriorityAssessment at = question("Можно подарочную упаковку?", Duration.ofHours(24));
            assertThat(at.priority()).isEqualTo(Priority.URGENT);
            assertThat(at.priorityReason()).isEqualTo("general_question+age_24h");
        }

        @Test
        void alreadyUrgentKeepsItsPlainReason() {
            assertThat(question("Есть сертификат?", Duration.ofDays(2)).priorityReason())
                    .isEqualTo("compliance_safety");
        }

        @Test
        void aQuestionFromTheFutureIsNotAged() {
            assertThat(question("Какой размер взять?", Duration.ofHours(-9)).priority()).isEqualTo(Priority.HIGH);
        }
    }

    @Nested
    class Chats {

        private PriorityAssessment chat(List<ChatMessage> messages) {
            return RULES.assessChat(SELLER, messages, true, NOW, NOW);
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
                "Где мой заказ? Третий день жду                     | delivery_status    | normal | 240",
                "Кофемолка не работает совсем                       | defect_not_working | urgent | 30",
                "Прислали не тот цвет                               | wrong_item         | urgent | 30",
                "Хочу оформить возврат                              | refund_exchange    | normal | 240",
                "Можно отменить заказ?                              | cancel_request     | high   | 60",
                "Спасибо, всё пришло!                               | thanks             | low    | 1440",
                "Посоветуйте размер на 46                           | sizing_fit         | high   | 5",
                "Есть в наличии чёрный?                             | availability       | high   | 5",
                "Подойдёт ли к Samsung S23?                          | compatibility      | high   | 5",
                "Хочу купить два комплекта сразу                    | pre_purchase       | high   | 5",
                "Как правильно стирать?                             | usage_howto        | low    | 1440",
                "Добрый день                                        | other              | normal | 240",
        })
        void pickTheIntentFromBuyerMessages(String text, String intent, String priority, int minutes) {
            PriorityAssessment a = chat(List.of(ChatMessage.buyer(text)));
            assertThat(a.intent()).isEqualTo(intent);
            assertThat(a.priority().wire()).isEqualTo(priority);
            assertThat(a.slaTargetMinutes()).isEqualTo(minutes);
            assertThat(a.slaDueAt()).isEqualTo(NOW.plus(Duration.ofMinutes(minutes)));
        }

        @Test
        void ignoreTheSellersMessagesForTheIntent() {
            PriorityAssessment a = chat(List.of(ChatMessage.seller("Можно оформить возврат"),
                    ChatMessage.buyer("Добрый день")));
            assertThat(a.intent()).isEqualTo("other");
        }

        @Test
        void threeBuyerMessagesRaiseOneStep() {
            List<ChatMessage> two = List.of(ChatMessage.buyer("Где заказ?"), ChatMessage.seller("Проверяем"),
                    ChatMessage.buyer("Есть новости?"));
            assertThat(chat(two).priority()).isEqualTo(Priority.NORMAL);
            List<ChatMessage> three = List.of(ChatMessage.buyer("Где заказ?"), ChatMessage.buyer("Алло"),
                    ChatMessage.buyer("Есть новости?"));
            PriorityAssessment a = chat(three);
            assertThat(a.priority()).isEqualTo(Priority.HIGH);
            assertThat(a.priorityReason()).isEqualTo("delivery_status+buyer_messages");
        }

        @Test
        void shoutingAndRepeatsStackUpToUrgent() {
            List<ChatMessage> messages = List.of(ChatMessage.buyer("Где заказ?"), ChatMessage.buyer("Алло"),
                    ChatMessage.buyer("ГДЕ МОЙ ЗАКАЗ"));
            PriorityAssessment a = chat(messages);
            assertThat(a.priority()).isEqualTo(Priority.URGENT);
            assertThat(a.priorityReason()).isEqualTo("delivery_status+buyer_messages+shouting");
        }

        @Test
        void threeExclamationMarksCountAsShouting() {
            assertThat(chat(List.of(ChatMessage.buyer("Где заказ!!")))).extracting(PriorityAssessment::priority)
                    .isEqualTo(Priority.NORMAL);
            assertThat(chat(List.of(ChatMessage.buyer("Где заказ!!!")))).extracting(PriorityAssessment::priority)
                    .isEqualTo(Priority.HIGH);
        }

        @Test
        void shoutingNeedsMoreThanHalfCapitalsAndFourLetters() {
            assertThat(InteractionPrioritizer.isShouting("ГДЕ ЗАКАЗ")).isTrue();
            assertThat(InteractionPrioritizer.isShouting("ГДЕ заказ")).isFalse();
            assertThat(InteractionPrioritizer.isShouting("ОК")).isFalse();
            assertThat(InteractionPrioritizer.isShouting("АЛЛО")).isTrue();
            assertThat(InteractionPrioritizer.isShouting(null)).isFalse();
        }

        @Test
        void lowAndUrgentAreNeverRaised() {
            List<ChatMessage> thanks = List.of(ChatMessage.buyer("Спасибо"), ChatMessage.buyer("Спасибо"),
                    ChatMessage.buyer("СПАСИБО БОЛЬШОЕ!!!"));
            assertThat(chat(thanks).priority()).isEqualTo(Priority.LOW);
            assertThat(chat(thanks).priorityReason()).isEqualTo("thanks");
        }

        @Test
        void answeredChatsAreLowWithoutADeadline() {
            PriorityAssessment a = RULES.assessChat(SELLER, List.of(ChatMessage.buyer("Не работает")), false, NOW,
                    NOW);
            assertThat(a.priority()).isEqualTo(Priority.LOW);
            assertThat(a.intent()).isEqualTo("defect_not_working");
            assertThat(a.slaDueAt()).isNull();
            assertThat(a.priorityReason()).isEqualTo("answered");
        }

        @Test
        void followTheSellersOverrides() {
            InMemoryPrioritySettings settings = new InMemoryPrioritySettings();
            settings.put(SELLER, PriorityConfig.builder().chatSla(ChatIntent.THANKS, Priority.NORMAL, 720).build());
            InteractionPrioritizer prioritizer = InteractionPrioritizer.builder().configs(settings).build();
            PriorityAssessment a = prioritizer.assessChat(SELLER, List.of(ChatMessage.buyer("Спасибо!")), true, NOW,
                    NOW);
            assertThat(a.priority()).isEqualTo(Priority.NORMAL);
            assertThat(a.slaTargetMinutes()).isEqualTo(720);
            PriorityAssessment other = prioritizer.assessChat(SellerId.of(1), List.of(ChatMessage.buyer("Спасибо!")),
                    true, NOW, NOW);
            assertThat(other.slaTargetMinutes()).isEqualTo(1440);
        }

        @Test
        void escalationWordsNameTheirCategory() {
            PriorityAssessment a = chat(List.of(ChatMessage.buyer("Это подделка, подам в суд и напишу жалобу"
                    + " в Роспотребнадзор")));
            assertThat(a.needsEscalation()).isTrue();
            assertThat(a.escalationReason()).isEqualTo(
                    "legal: суд; legal: роспотребнадзор*; legal: жалоб*; counterfeit: подделк*");
        }

        @Test
        void escalationWordsDoNotFireInsideOtherWords() {
            PriorityAssessment a = chat(List.of(ChatMessage.buyer("Судя по фото, это химчистка не поможет")));
            assertThat(a.needsEscalation()).isFalse();
            assertThat(a.escalationReason()).isNull();
        }
    }

    @Nested
    class Ingest {

        private InteractionData.Builder base(Channel channel) {
            return InteractionData.builder(SELLER, channel, "ext-1").occurredAt(NOW.minus(Duration.ofMinutes(30)));
        }

        @Test
        void writesTheAssessmentIntoAQuestion() {
            InteractionData data = base(Channel.QUESTION).text("Когда будет в наличии 44 размер?")
                    .extraData(ExtraData.of("state", "suppliersPortalSynch")).build();
            InteractionData out = RULES.prioritise(data, NOW);
            assertThat(out.priority()).isEqualTo(Priority.HIGH);
            assertThat(out.slaDueAt()).isEqualTo(NOW.plus(Duration.ofMinutes(210)));
            assertThat(out.extraData().asMap())
                    .containsEntry("state", "suppliersPortalSynch")
                    .containsEntry("question_intent", "sizing_fit")
                    .containsEntry("intent_detection_method", "rule_based")
                    .containsEntry("priority_reason", "sizing_fit")
                    .containsEntry("sla_target_minutes", 240L)
                    .containsEntry("sla_due_at", NOW.plus(Duration.ofMinutes(210)).toString())
                    .doesNotContainKeys("needs_escalation", "escalation_reason", "chat_intent");
        }

        @Test
        void removesStaleKeysWhenReassessed() {
            InteractionData asked = RULES.prioritise(base(Channel.QUESTION).text("Какой размер?").build(), NOW);
            InteractionData answered = RULES.prioritise(asked.toBuilder().needsResponse(false).build(), NOW);
            assertThat(answered.slaDueAt()).isNull();
            assertThat(answered.priority()).isEqualTo(Priority.LOW);
            assertThat(answered.extraData().asMap()).containsEntry("question_intent", "answered")
                    .doesNotContainKey("sla_due_at");
        }

        @Test
        void readsAChatFromItsLastMessageAndUnreadCount() {
            InteractionData data = base(Channel.CHAT).text("Прислали не тот размер!")
                    .extraData(ExtraData.of("unread_count", 3)).build();
            PriorityAssessment a = RULES.assess(data, NOW);
            assertThat(a.intent()).isEqualTo("wrong_item");
            assertThat(a.priority()).isEqualTo(Priority.URGENT);
            InteractionData out = a.applyTo(data);
            assertThat(out.extraData().asMap()).containsEntry("chat_intent", "wrong_item")
                    .doesNotContainKey("question_intent");
            PriorityAssessment one = RULES.assess(base(Channel.CHAT).text("Где заказ?").build(), NOW);
            assertThat(one.priority()).isEqualTo(Priority.NORMAL);
            PriorityAssessment three = RULES.assess(base(Channel.CHAT).text("Где заказ?")
                    .extraData(ExtraData.of("unread_count", 3)).build(), NOW);
            assertThat(three.priority()).isEqualTo(Priority.HIGH);
        }

        @Test
        void prioritisesAReviewWithoutDeadline() {
            InteractionData out = RULES.prioritise(base(Channel.REVIEW).rating(2).text("Маломерит").build(), NOW);
            assertThat(out.priority()).isEqualTo(Priority.HIGH);
            assertThat(out.slaDueAt()).isNull();
            assertThat(out.extraData().asMap()).containsEntry("priority_reason", "rating_2")
                    .doesNotContainKeys("sla_due_at", "intent_detection_method", "question_intent");
        }

        @Test
        void reportsTheSlaStatusWithTheSellersWindow() {
            InteractionData due = RULES.prioritise(base(Channel.QUESTION).text("Когда будет в наличии?")
                    .occurredAt(NOW.minus(Duration.ofMinutes(70))).build(), NOW);
            assertThat(RULES.slaStatus(due, NOW).state()).isEqualTo(SlaState.DUE_SOON);
            assertThat(RULES.slaStatus(due, NOW.plus(Duration.ofMinutes(51))).state()).isEqualTo(SlaState.OVERDUE);
            assertThat(RULES.slaStatus(due.toBuilder().needsResponse(false).build(), NOW))
                    .isEqualTo(SlaStatus.NONE);
        }
    }

    @Nested
    class LlmFallback {

        private static final String UNPLACED = "Можно ли оформить подарочную упаковку?";

        private InteractionPrioritizer withFallback(IntentFallback fallback, boolean enabled, Duration timeout) {
            return InteractionPrioritizer.builder()
                    .config(PriorityConfig.builder().intentFallbackEnabled(enabled).intentFallbackTimeout(timeout)
                            .build())
                    .intentFallback(fallback)
                    .build();
        }

        @Test
        void usesAValidLabelAndRecordsTheMethod() {
            PriorityAssessment a = withFallback(t -> Optional.of(" \"Compliance_Safety.\" "), true,
                    Duration.ofSeconds(5)).assessQuestion(SELLER, UNPLACED, false, NOW, NOW);
            assertThat(a.intent()).isEqualTo("compliance_safety");
            assertThat(a.priority()).isEqualTo(Priority.URGENT);
            assertThat(a.slaTargetMinutes()).isEqualTo(60);
            assertThat(a.intentDetectionMethod()).isEqualTo(DetectionMethod.LLM);
        }

        @Test
        void aGeneralAnswerFromTheModelStillCountsAsLlm() {
            PriorityAssessment a = withFallback(t -> Optional.of("general_question"), true, Duration.ofSeconds(5))
                    .assessQuestion(SELLER, UNPLACED, false, NOW, NOW);
            assertThat(a.intent()).isEqualTo("general_question");
            assertThat(a.intentDetectionMethod()).isEqualTo(DetectionMethod.LLM);
        }

        @Test
        void isNotAskedWhenDisabledPlacedOrAnswered() {
            AtomicInteger calls = new AtomicInteger();
            IntentFallback counting = t -> {
                calls.incrementAndGet();
                return Optional.of("sizing_fit");
            };
            withFallback(counting, false, Duration.ofSeconds(5)).assessQuestion(SELLER, UNPLACED, false, NOW, NOW);
            InteractionPrioritizer enabled = withFallback(counting, true, Duration.ofSeconds(5));
            enabled.assessQuestion(SELLER, "Какой размер?", false, NOW, NOW);
            enabled.assessQuestion(SELLER, UNPLACED, true, NOW, NOW);
            assertThat(calls).hasValue(0);
            enabled.assessQuestion(SELLER, UNPLACED, false, NOW, NOW);
            assertThat(calls).hasValue(1);
        }

        @Test
        void keepsTheRuleResultOnInvalidEmptyOrFailingAnswers() {
            for (IntentFallback broken : List.<IntentFallback>of(t -> Optional.of("delivery_delay"),
                    t -> Optional.of("answered"), t -> Optional.empty(), t -> null,
                    t -> {
                        throw new IllegalStateException("HTTP 500");
                    })) {
                PriorityAssessment a = withFallback(broken, true, Duration.ofSeconds(5))
                        .assessQuestion(SELLER, UNPLACED, false, NOW, NOW);
                assertThat(a.intent()).isEqualTo("general_question");
                assertThat(a.intentDetectionMethod()).isEqualTo(DetectionMethod.RULE_BASED);
            }
        }

        @Test
        void stopsWaitingAfterTheTimeoutAndInterruptsTheCall() throws InterruptedException {
            CountDownLatch interrupted = new CountDownLatch(1);
            IntentFallback hanging = t -> {
                try {
                    new CountDownLatch(1).await();
                } catch (InterruptedException e) {
                    interrupted.countDown();
                }
                return Optional.of("sizing_fit");
            };
            PriorityAssessment a = withFallback(hanging, true, Duration.ofMillis(50))
                    .assessQuestion(SELLER, UNPLACED, false, NOW, NOW);
            assertThat(a.intent()).isEqualTo("general_question");
            assertThat(a.intentDetectionMethod()).isEqualTo(DetectionMethod.RULE_BASED);
            assertThat(interrupted.await(5, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        }

        @Test
        void keepsTheRuleResultWhenTheExecutorRefuses() {
            PriorityAssessment a = InteractionPrioritizer.builder()
                    .config(PriorityConfig.builder().intentFallbackEnabled(true).build())
                    .intentFallback(t -> Optional.of("sizing_fit"))
                    .fallbackExecutor(task -> {
                        throw new java.util.concurrent.RejectedExecutionException("full");
                    })
                    .build()
                    .assessQuestion(SELLER, UNPLACED, false, NOW, NOW);
            assertThat(a.intent()).isEqualTo("general_question");
        }
    }

    @Nested
    class Configuration {

        @Test
        void acceptsChatSlaFromOneMinuteToSevenDays() {
            assertThat(ChatSlaTable.defaults().with(ChatIntent.OTHER, Priority.LOW, 1).get(ChatIntent.OTHER))
                    .isEqualTo(new IntentSla(Priority.LOW, 1));
            assertThat(ChatSlaTable.defaults().with(ChatIntent.OTHER, Priority.LOW, 10_080).get(ChatIntent.OTHER)
                    .slaMinutes()).isEqualTo(10_080);
            assertThatThrownBy(() -> ChatSlaTable.defaults().with(ChatIntent.OTHER, Priority.LOW, 0))
                    .isInstanceOf(ValidationException.class).hasMessage("slaMinutes must be 1..10080, was 0");
            assertThatThrownBy(() -> ChatSlaTable.defaults().with(ChatIntent.OTHER, Priority.LOW, 10_081))
                    .isInstanceOf(ValidationException.class).hasMessage("slaMinutes must be 1..10080, was 10081");
            assertThatThrownBy(() -> new IntentSla(null, 5)).isInstanceOf(ValidationException.class)
                    .hasMessage("priority is required");
        }

        @Test
        void defaultsAreTheSeedTable() {
            assertThat(ChatSlaTable.defaults().get(ChatIntent.PRE_PURCHASE)).isEqualTo(new IntentSla(Priority.HIGH, 5));
            assertThat(ChatSlaTable.defaults().get(ChatIntent.DEFECT_NOT_WORKING))
                    .isEqualTo(new IntentSla(Priority.URGENT, 30));
            PriorityConfig defaults = PriorityConfig.defaults();
            assertThat(defaults.dueSoonWindow()).isEqualTo(Duration.ofMinutes(60));
            assertThat(defaults.intentFallbackEnabled()).isFalse();
            assertThat(defaults.intentFallbackTimeout()).isEqualTo(Duration.ofSeconds(5));
            assertThat(defaults.calendar().zone().getId()).isEqualTo("Europe/Moscow");
        }

        @Test
        void anOverrideEqualToTheDefaultIsNoOverride() {
            assertThat(ChatSlaTable.defaults().with(ChatIntent.THANKS, Priority.LOW, 1440))
                    .isEqualTo(ChatSlaTable.defaults());
            assertThat(ChatSlaTable.defaults().with(ChatIntent.THANKS, Priority.HIGH, 10)
                    .withDefault(ChatIntent.THANKS)).isEqualTo(ChatSlaTable.defaults());
        }

        @Test
        void rejectsWindowsAndTimeoutsOutOfRange() {
            assertThatThrownBy(() -> PriorityConfig.builder().dueSoonWindow(Duration.ZERO).build())
                    .isInstanceOf(ValidationException.class).hasMessageStartingWith("dueSoonWindow must be");
            assertThatThrownBy(() -> PriorityConfig.builder().intentFallbackTimeout(Duration.ofMinutes(2)).build())
                    .isInstanceOf(ValidationException.class).hasMessageStartingWith("intentFallbackTimeout must be");
        }

        @Test
        void readsModelAnswersStrictly() {
            assertThat(QuestionIntent.fromModelAnswer("«sizing_fit»")).contains(QuestionIntent.SIZING_FIT);
            assertThat(QuestionIntent.fromModelAnswer("sizing fit")).isEmpty();
            assertThat(QuestionIntent.fromModelAnswer(null)).isEmpty();
        }
    }
}
