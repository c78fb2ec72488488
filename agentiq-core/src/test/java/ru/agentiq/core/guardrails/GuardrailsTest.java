package ru.agentiq.core.guardrails;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import ru.agentiq.core.ValidationException;
import ru.agentiq.core.interaction.Channel;
import ru.agentiq.core.interaction.SellerId;
import ru.agentiq.core.memory.InMemoryGuardrailsSettings;

class GuardrailsTest {

    private static final Guardrails GUARDRAILS = Guardrails.defaults();
    private static final String POLITE = "Здравствуйте! Спасибо, что выбрали наш магазин, будем рады видеть вас снова.";

    private static ReplyVerdict validate(Channel channel, String reply) {
        return GUARDRAILS.validate(channel, reply, null);
    }

    private static ReplyVerdict validate(Channel channel, String reply, String customer) {
        return GUARDRAILS.validate(channel, reply, customer);
    }

    @Nested
    class BannedCategoriesPerChannel {

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
                "ai_mention | Здравствуйте! Этот ответ подготовил бот, но мы всё проверили. | бот",
                "ai_mention | Ответ сформирован нейросетью, приносим извинения за неточность. | нейросеть",
                "ai_mention | Наш ИИ подобрал для вас размер, надеемся, подойдёт отлично. | ИИ",
                "ai_mention | Текст написан с помощью ChatGPT, спасибо за понимание. | ChatGPT",
                "ai_mention | Это автоматический ответ, менеджер свяжется с вами позже. | автоматический ответ",
                "ai_mention | Искусственный интеллект помог нам разобраться в вашей ситуации. | искусственный интеллект",
                "promise | Не переживайте, мы вернём деньги сразу после получения товара. | вернём деньги",
                "promise | Мы гарантируем возврат средств в течение суток после обращения. | гарантируем возврат",
                "promise | Предлагаем бесплатную замену на новый экземпляр товара. | бесплатная замена",
                "promise | За неудобства положена компенсация, мы свяжемся с вами. | компенсация",
                "promise | Доставим завтра до обеда, курьер уже в пути к вам. | доставим завтра",
                "promise | Если хотите, отменим ваш заказ и оформим новый без очереди. | отменим ваш заказ",
                "blame | Вы неправильно постирали вещь, поэтому она села после стирки. | вы неправильно",
                "blame | Похоже, вы ошиблись с размером при оформлении заказа. | вы ошиблись",
                "blame | Сами виноваты, в описании всё было указано подробно. | сами виноваты",
                "dismissive | По этому вопросу обратитесь в поддержку маркетплейса, пожалуйста. | обратитесь в поддержку",
                "dismissive | К сожалению, мы не можем повлиять на сроки доставки маркетплейса. | мы не можем повлиять",
        })
        void blocksEveryCategoryOnReviewsAndQuestions(String category, String reply, String phrase) {
            for (Channel channel : List.of(Channel.REVIEW, Channel.QUESTION)) {
                ReplyVerdict verdict = validate(channel, reply);
                assertThat(verdict.valid()).as(channel.wire()).isFalse();
                assertThat(verdict.violations())
                        .extracting(GuardrailFinding::type, GuardrailFinding::category, GuardrailFinding::phrase,
                                GuardrailFinding::severity)
                        .contains(tuple(FindingType.BANNED_PHRASE, category, phrase, Severity.ERROR));
            }
        }

        @Test
        void blocksAiMentionsInChats() {
            ReplyVerdict verdict = validate(Channel.CHAT, "Здравствуйте! С вами на связи бот поддержки магазина.");
            assertThat(verdict.valid()).isFalse();
            assertThat(verdict.violations()).extracting(GuardrailFinding::category).containsExactly("ai_mention");
        }

        @Test
        void onlyWarnsAboutBlameInChats() {
            ReplyVerdict verdict = validate(Channel.CHAT, "Вы неправильно выбрали размер, давайте подберём другой.");
            assertThat(verdict.valid()).isTrue();
            assertThat(verdict.warnings())
                    .extracting(GuardrailFinding::category, GuardrailFinding::severity)
                    .containsExactly(tuple("blame", Severity.WARNING));
            assertThat(verdict.warnings().get(0).message()).contains("should be avoided");
        }

        @Test
        void allowsPromisesDismissalsAndReturnsInChats() {
            ReplyVerdict verdict = validate(Channel.CHAT, "Мы вернём деньги после проверки. Оформите возврат, а по"
                    + " срокам доставки напишите в поддержку.", "Когда приедет заказ?");
            assertThat(verdict.valid()).isTrue();
            assertThat(verdict.warnings()).isEmpty();
        }

        @Test
        void listsViolationsInCategoryOrderOncePerPhrase() {
            ReplyVerdict verdict = validate(Channel.REVIEW, "Ваша ошибка, бот и ещё раз бот. Мы вернём деньги"
                    + " и обратитесь в поддержку.");
            assertThat(verdict.violations()).extracting(GuardrailFinding::type, GuardrailFinding::phrase)
                    .containsExactly(tuple(FindingType.BANNED_PHRASE, "бот"),
                            tuple(FindingType.BANNED_PHRASE, "вернём деньги"),
                            tuple(FindingType.BANNED_PHRASE, "ваша ошибка"),
                            tuple(FindingType.BANNED_PHRASE, "обратитесь в поддержку"),
                            tuple(FindingType.UNSOLICITED_RETURN, "вернём"));
        }
    }

    @Nested
    class FalsePositives {

        @ParameterizedTest
        @ValueSource(strings = {
                "Спасибо за отзыв! Мы работаем без выходных и рады помочь в субботу и воскресенье.",
                "Ботинки из натуральной кожи, работа мастера видна в каждой строчке. Благодарим!",
                "Спасибо за заботу о нас и за подробный отзыв о работе курьера службы доставки.",
                "Модель линии Premium выполнена из хлопка, подходит для тренировки и прогулок.",
                "Искренне благодарим за отзыв, нам очень приятно, что вещь понравилась!",
        })
        void acceptsOrdinaryReplies(String reply) {
            ReplyVerdict verdict = validate(Channel.REVIEW, reply);
            assertThat(verdict.valid()).isTrue();
            assertThat(verdict.warnings()).isEmpty();
        }
    }

    @Nested
    class Evasion {

        @ParameterizedTest
        @ValueSource(strings = {
                "Здравствуйте! Вам отвечает б0т магазина, спасибо за отзыв.",
                "Здравствуйте! Вам отвечает Б O Т магазина, спасибо за отзыв.",
                "Здравствуйте! Вам отвечает б.о.т магазина, спасибо за отзыв.",
                "Здравствуйте! Вам отвечает б\u200Bо\u200Bт магазина, спасибо за отзыв.",
                "Здравствуйте! Вам отвечает боооот магазина, спасибо за отзыв.",
                "Здравствуйте! Ответ подготовил GРТ, спасибо за отзыв о товаре.",
                "Здравствуйте! Ответ подготовил Chat-GPT, спасибо за отзыв о товаре.",
                "Здравствуйте! Наш И-И проверил заказ, спасибо за отзыв о товаре.",
                "Здравствуйте! Вернём  деньги в полном объёме, спасибо за отзыв.",
        })
        void catchesDisguisedPhrases(String reply) {
            assertThat(validate(Channel.REVIEW, reply).valid()).isFalse();
        }
    }

    @Nested
    class ReturnRule {

        private static final String OFFERS_RETURN = "Очень жаль! Вы можете оформить возврат в личном кабинете WB.";

        @Test
        void blocksAReturnTheBuyerDidNotAskFor() {
            ReplyVerdict verdict = validate(Channel.REVIEW, OFFERS_RETURN, "Цвет немного отличается от фото.");
            assertThat(verdict.violations())
                    .extracting(GuardrailFinding::type, GuardrailFinding::phrase, GuardrailFinding::severity)
                    .containsExactly(tuple(FindingType.UNSOLICITED_RETURN, "возврат*", Severity.ERROR));
        }

        @Test
        void treatsNoCustomerTextAsNotAsked() {
            assertThat(validate(Channel.QUESTION, OFFERS_RETURN, null).valid()).isFalse();
            assertThat(validate(Channel.QUESTION, OFFERS_RETURN, "  ").valid()).isFalse();
        }

        @ParameterizedTest
        @ValueSource(strings = {"Хочу оформить возврат.", "Как вернуть товар?", "Верните деньги, пожалуйста!",
                "Можно замену на другой размер?", "Хочу обменять на M.", "Прошу замену.", "Давайте поменяем цвет."})
        void allowsAReturnWhenTheBuyerAskedInAnyInflection(String customer) {
            assertThat(validate(Channel.REVIEW, OFFERS_RETURN, customer).valid()).isTrue();
        }

        @ParameterizedTest
        @ValueSource(strings = {"Можно обменять на другой размер в пункте выдачи.",
                "Брак заменим после проверки.", "Вернём вам полную стоимость."})
        void recognisesEveryMentionStem(String reply) {
            assertThat(validate(Channel.REVIEW, reply, "Пришло с дефектом").violations())
                    .extracting(GuardrailFinding::type).contains(FindingType.UNSOLICITED_RETURN);
        }

        @Test
        void ignoresWordsThatMerelyContainAStem() {
            ReplyVerdict verdict = validate(Channel.REVIEW,
                    "Материал верха — качественный кожзаменитель, он легко чистится и не трескается.", "Какой верх?");
            assertThat(verdict.valid()).isTrue();
        }

        @Test
        void isNotCheckedInChats() {
            assertThat(validate(Channel.CHAT, OFFERS_RETURN, "Когда доставка?").valid()).isTrue();
        }
    }

    @Nested
    class Length {

        @ParameterizedTest
        @EnumSource(value = Channel.class, names = {"REVIEW", "QUESTION"})
        void warnsAbove500OnPublicChannels(Channel channel) {
            assertThat(validate(channel, "а".repeat(500)).warnings()).isEmpty();
            ReplyVerdict longer = validate(channel, "а".repeat(501));
            assertThat(longer.valid()).isTrue();
            assertThat(longer.warnings()).extracting(GuardrailFinding::type, GuardrailFinding::severity)
                    .containsExactly(tuple(FindingType.TOO_LONG, Severity.WARNING));
        }

        @ParameterizedTest
        @EnumSource(value = Channel.class, names = {"REVIEW", "QUESTION"})
        void warnsBelow20OnPublicChannels(Channel channel) {
            assertThat(validate(channel, "Спасибо за ваш отзыв").warnings()).isEmpty();
            assertThat(validate(channel, "Спасибо за ваш отзы").warnings())
                    .extracting(GuardrailFinding::type).containsExactly(FindingType.TOO_SHORT);
        }

        @Test
        void allowsChatsUpTo1000AndAnyShortness() {
            assertThat(validate(Channel.CHAT, "а".repeat(1000)).warnings()).isEmpty();
            assertThat(validate(Channel.CHAT, "а".repeat(1001)).warnings())
                    .extracting(GuardrailFinding::type).containsExactly(FindingType.TOO_LONG);
            assertThat(validate(Channel.CHAT, "Да").warnings()).isEmpty();
        }

        @Test
        void measuresTheTrimmedReplyInCharactersNotCodeUnits() {
            assertThat(validate(Channel.REVIEW, "   " + "😀".repeat(20) + "   ").warnings()).isEmpty();
        }
    }

    @Nested
    class Stages {

        @Test
        void draftFindingsNeverBlockAndKeepTheirSendSeverity() {
            String draft = "Вам ответил бот.";
            List<GuardrailFinding> findings = GUARDRAILS.reviewDraft(Channel.REVIEW, draft, null);
            assertThat(findings).extracting(GuardrailFinding::type, GuardrailFinding::severity)
                    .containsExactly(tuple(FindingType.BANNED_PHRASE, Severity.ERROR),
                            tuple(FindingType.TOO_SHORT, Severity.WARNING));
            ReplyVerdict atDraft = GUARDRAILS.check(GuardrailStage.DRAFT, Channel.REVIEW, draft, null);
            assertThat(atDraft.valid()).isTrue();
            assertThat(atDraft.warnings()).isEqualTo(findings);
            assertThat(GUARDRAILS.check(GuardrailStage.SEND, Channel.REVIEW, draft, null).valid()).isFalse();
        }

        @Test
        void anEmptyDraftHasNoFindings() {
            assertThat(GUARDRAILS.reviewDraft(Channel.REVIEW, null, null)).isEmpty();
            assertThat(GUARDRAILS.reviewDraft(Channel.REVIEW, " \n", null)).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "   ", "\n\t"})
        void anEmptyReplyCannotBeSent(String reply) {
            ReplyVerdict verdict = validate(Channel.CHAT, reply);
            assertThat(verdict.valid()).isFalse();
            assertThat(verdict.violations()).extracting(GuardrailFinding::type)
                    .containsExactly(FindingType.EMPTY_TEXT);
        }

        @Test
        void aValidReplyPassesRequireValid() {
            ReplyVerdict verdict = validate(Channel.REVIEW, POLITE);
            assertThat(verdict.requireValid()).isSameAs(verdict);
            assertThat(verdict.summary()).isEmpty();
        }

        @Test
        void requireValidThrowsWithEverySummary() {
            ReplyVerdict verdict = validate(Channel.REVIEW, "Я бот, вы ошиблись с размером, бывает у всех.");
            assertThatThrownBy(verdict::requireValid)
                    .isInstanceOf(ReplyBlockedException.class)
                    .hasMessageStartingWith("Reply blocked by guardrails: ")
                    .hasMessageContaining("\"бот\"").hasMessageContaining("\"вы ошиблись\"")
                    .satisfies(e -> assertThat(((ReplyBlockedException) e).verdict()).isEqualTo(verdict));
        }
    }

    @Nested
    class PerSellerConfiguration {

        @Test
        void addsAndRemovesPhrases() {
            GuardrailsConfig config = GuardrailsConfig.builder()
                    .addPhrases(GuardrailsConfig.PROMISE, "вернём в двойном размере")
                    .removePhrases(GuardrailsConfig.AI_MENTION, "бот")
                    .build();
            Guardrails custom = Guardrails.compile(config);
            assertThat(custom.validate(Channel.REVIEW, "Вам ответил бот, спасибо за отзыв!", null).valid()).isTrue();
            assertThat(custom.validate(Channel.REVIEW, "Стоимость вернём в двойном размере!", "Хочу вернуть")
                    .violations()).extracting(GuardrailFinding::phrase).containsExactly("вернём в двойном размере");
            assertThat(GUARDRAILS.validate(Channel.REVIEW, "Вам ответил бот, спасибо за отзыв!", null).valid())
                    .isFalse();
        }

        @Test
        void addsACategoryWithItsOwnSeverities() {
            PhraseCategory competitors = new PhraseCategory("competitor",
                    Map.of(Channel.REVIEW, Severity.ERROR, Channel.CHAT, Severity.WARNING), List.of("Озон{,е,а}"));
            Guardrails custom = Guardrails.compile(GuardrailsConfig.builder().category(competitors).build());
            String reply = "На Озоне этот товар стоит дороже, берите у нас!";
            assertThat(custom.validate(Channel.REVIEW, reply, null).violations())
                    .extracting(GuardrailFinding::category).containsExactly("competitor");
            assertThat(custom.validate(Channel.CHAT, reply, null).warnings())
                    .extracting(GuardrailFinding::severity).containsExactly(Severity.WARNING);
            assertThat(custom.validate(Channel.QUESTION, reply, null).valid()).isTrue();
        }

        @Test
        void turnsCategoriesAndTheReturnRuleOff() {
            Guardrails custom = Guardrails.compile(GuardrailsConfig.builder()
                    .removeCategory(GuardrailsConfig.DISMISSIVE)
                    .severity(GuardrailsConfig.PROMISE, Channel.QUESTION, null)
                    .returnSeverity(Channel.REVIEW, null)
                    .build());
            assertThat(custom.validate(Channel.REVIEW, "Обратитесь в поддержку WB, там всё решат.", null).valid())
                    .isTrue();
            assertThat(custom.validate(Channel.QUESTION, "Доставим завтра, не волнуйтесь за сроки.", null).valid())
                    .isTrue();
            assertThat(custom.validate(Channel.REVIEW, "Оформите возврат в личном кабинете.", null).valid())
                    .isTrue();
        }

        @Test
        void changesLengthLimits() {
            Guardrails custom = Guardrails.compile(GuardrailsConfig.builder().maxLength(Channel.REVIEW, 300)
                    .minLength(Channel.REVIEW, null).build());
            assertThat(custom.validate(Channel.REVIEW, "а".repeat(301), null).warnings())
                    .extracting(GuardrailFinding::type).containsExactly(FindingType.TOO_LONG);
            assertThat(custom.validate(Channel.REVIEW, "Ок", null).warnings()).isEmpty();
        }

        @Test
        void rejectsInvalidConfiguration() {
            assertThatThrownBy(() -> GuardrailsConfig.builder().addPhrases("nope", "x"))
                    .isInstanceOf(ValidationException.class).hasMessageContaining("no category named 'nope'");
            assertThatThrownBy(() -> GuardrailsConfig.builder().removePhrases(GuardrailsConfig.BLAME, "спасибо"))
                    .isInstanceOf(ValidationException.class).hasMessageContaining("has no phrase 'спасибо'");
            assertThatThrownBy(() -> GuardrailsConfig.builder().maxLength(Channel.CHAT, 0).build())
                    .isInstanceOf(ValidationException.class).hasMessageContaining("1..5000");
            assertThatThrownBy(() -> GuardrailsConfig.builder().minLength(Channel.CHAT, 2000).build())
                    .isInstanceOf(ValidationException.class).hasMessageContaining("must not exceed");
            assertThatThrownBy(() -> new PhraseCategory("Bad Name", Map.of(), List.of("x")))
                    .isInstanceOf(ValidationException.class).hasMessageContaining("category name");
            assertThatThrownBy(() -> GuardrailsConfig.builder().addPhrases(GuardrailsConfig.BLAME, "ски*дка"))
                    .isInstanceOf(ValidationException.class);
        }

        @Test
        void defaultsAreTheSeedRules() {
            GuardrailsConfig defaults = GuardrailsConfig.defaults();
            assertThat(defaults.categories()).extracting(PhraseCategory::name)
                    .containsExactly("ai_mention", "promise", "blame", "dismissive");
            assertThat(defaults.maxLength(Channel.REVIEW)).hasValue(500);
            assertThat(defaults.maxLength(Channel.CHAT)).hasValue(1000);
            assertThat(defaults.minLength(Channel.CHAT)).isEmpty();
            assertThat(GuardrailsConfig.builder().build()).isEqualTo(defaults);
            assertThat(Guardrails.compile(GuardrailsConfig.builder().build())).isSameAs(Guardrails.defaults());
        }

        @Test
        void sellerGuardrailsFollowTheSettingsAndReuseCompiledConfigs() {
            InMemoryGuardrailsSettings settings = new InMemoryGuardrailsSettings();
            AtomicInteger reads = new AtomicInteger();
            SellerGuardrails guardrails = new SellerGuardrails(seller -> {
                reads.incrementAndGet();
                return settings.forSeller(seller);
            });
            SellerId strict = SellerId.of(7);
            SellerId relaxed = SellerId.of(8);
            GuardrailsConfig noBot = GuardrailsConfig.builder().removePhrases(GuardrailsConfig.AI_MENTION, "бот")
                    .build();
            settings.put(relaxed, noBot);
            assertThat(guardrails.forSeller(strict)).isSameAs(Guardrails.defaults());
            Guardrails first = guardrails.forSeller(relaxed);
            assertThat(guardrails.forSeller(relaxed)).isSameAs(first);
            assertThat(first.validate(Channel.REVIEW, "Ответил бот магазина, спасибо!", null).valid()).isTrue();
            settings.reset(relaxed);
            assertThat(guardrails.forSeller(relaxed)).isSameAs(Guardrails.defaults());
            assertThat(reads).hasValue(4);
        }
    }
}
