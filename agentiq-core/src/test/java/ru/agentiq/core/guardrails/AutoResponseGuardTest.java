package ru.agentiq.core.guardrails;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import ru.agentiq.core.ValidationException;
import ru.agentiq.core.interaction.Channel;
import ru.agentiq.core.interaction.SellerId;
import ru.agentiq.core.memory.InMemoryAutoReplyHistory;

class AutoResponseGuardTest {

    private static final SellerId SELLER = SellerId.of(3);
    private static final Instant NOW = Instant.parse("2026-03-02T12:00:00Z");
    private static final String THANKS = "Спасибо за тёплый отзыв! Рады, что кроссовки подошли, носите с удовольствием.";
    private static final AutoResponseGuard GUARD = AutoResponseGuard.defaults();

    private static AutoResponseVerdict check(String reply) {
        return GUARD.check(SELLER, Channel.REVIEW, reply, NOW);
    }

    @Test
    void passesAPoliteRussianThankYou() {
        assertThat(check(THANKS)).isEqualTo(new AutoResponseVerdict(true, java.util.List.of()));
    }

    @Test
    void refusesAnEmptyReplyWithOneReason() {
        assertThat(check("   ").reasons()).extracting(GuardrailFinding::type).containsExactly(FindingType.EMPTY_TEXT);
    }

    @Nested
    class Phrases {

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
                "Дарим скидку 10% на следующий заказ, спасибо за отзыв!       | risky_wording | скидк*",
                "Скидка для вас уже активирована, спасибо за отзыв!            | risky_wording | скидк*",
                "Готовы обсудить компенсацию, спасибо за обратную связь!       | risky_wording | компенсац*",
                "Бесплатная доставка следующего заказа для вас, спасибо!       | risky_wording | бесплатн*",
                "Гарантируем качество каждой пары, спасибо за отзыв!           | risky_wording | гарантир*",
                "Обещаем исправиться, спасибо, что написали нам об этом!       | risky_wording | обещ*",
                "Мы уверены в товаре на 100%, спасибо за ваш отзыв!            | risky_wording | 100%",
                "К сожалению, так бывает, спасибо за ваш честный отзыв!       | risky_wording | к сожалению",
                "Обязательно передадим на склад, спасибо за ваш отзыв!        | risky_wording | обязательно",
                "На Озоне дороже, а у нас дешевле, спасибо за выбор!           | competitor    | Озон",
                "Отправили заказ через СДЭК, спасибо за ваш отзыв!             | competitor    | СДЭК",
                "Это наша ошибка, простите нас, спасибо за отзыв!              | legal         | наша ошибка",
                "Уважаемый покупатель, спасибо за ваш отзыв о товаре!          | jargon        | уважаемый покупатель",
                "Произошёл пересорт на складе, спасибо за ваш отзыв!           | jargon        | пересорт",
                "Отвечает бот магазина, спасибо за ваш отзыв о товаре!         | ai_mention    | бот",
        })
        void refusesRiskyWordingWithStemsMatchedAsStems(String reply, String category, String phrase) {
            AutoResponseVerdict verdict = check(reply);
            assertThat(verdict.safe()).isFalse();
            assertThat(verdict.reasons()).anySatisfy(r -> {
                assertThat(r.type()).isEqualTo(FindingType.BANNED_PHRASE);
                assertThat(r.category()).isEqualTo(category);
                assertThat(r.phrase()).isEqualTo(phrase);
            });
        }

        @Test
        void doesNotMistakeOrdinaryWordsForStems() {
            assertThat(check("Спасибо, что точность посадки оценили! Носите с удовольствием и радостью.").safe())
                    .isTrue();
        }

        @Test
        void letsSellersEditTheLists() {
            AutoResponseGuard custom = AutoResponseGuard.builder()
                    .removePhrases(AutoResponseGuard.RISKY_WORDING, "обязательно")
                    .addPhrases(AutoResponseGuard.COMPETITOR, "Мегамаркет{,е,а}")
                    .build();
            assertThat(custom.check(SELLER, Channel.REVIEW, "Обязательно приходите к нам снова, спасибо!", NOW)
                    .safe()).isTrue();
            assertThat(custom.check(SELLER, Channel.REVIEW, "На Мегамаркете такого нет, спасибо за выбор!", NOW)
                    .safe()).isFalse();
        }
    }

    @Nested
    class ContactDetails {

        @ParameterizedTest
        @ValueSource(strings = {
                "Подробности на https://shop.example, спасибо за отзыв!",
                "Подробности на www.shop.ru, спасибо за ваш отзыв о товаре!",
                "Пишите нам на почту shop@example.ru, спасибо за ваш отзыв!",
                "Звоните нам: +7 (999) 123-45-67, спасибо за ваш отзыв!",
                "Звоните нам: 8 800 555-35-35, спасибо за ваш отзыв о товаре!",
        })
        void refusesLinksEmailsAndPhones(String reply) {
            assertThat(check(reply).reasons()).extracting(GuardrailFinding::type)
                    .contains(FindingType.CONTACT_DETAILS);
        }

        @Test
        void allowsOrdinaryNumbers() {
            assertThat(check("Размер 42 подходит на стопу 27 см, спасибо за ваш отзыв!").safe()).isTrue();
        }
    }

    @Nested
    class LengthAndLanguage {

        @Test
        void appliesTheAutoResponseLimitsPerChannel() {
            String text = "Спасибо! " + "а".repeat(600);
            assertThat(GUARD.check(SELLER, Channel.REVIEW, text, NOW).reasons()).extracting(GuardrailFinding::type)
                    .containsExactly(FindingType.TOO_LONG);
            assertThat(GUARD.check(SELLER, Channel.QUESTION, text, NOW).safe()).isTrue();
            assertThat(GUARD.check(SELLER, Channel.CHAT, "Спасибо! " + "а".repeat(992), NOW).safe()).isFalse();
            assertThat(GUARD.check(SELLER, Channel.CHAT, "Спасибо! " + "а".repeat(991), NOW).safe()).isTrue();
            assertThat(check("Спасибо за отзыв!").reasons()).extracting(GuardrailFinding::type)
                    .containsExactly(FindingType.TOO_SHORT);
        }

        @Test
        void needsSeventyPercentCyrillicLetters() {
            assertThat(check("Thank you for the review, we are glad you liked it!").reasons())
                    .extracting(GuardrailFinding::type).containsExactly(FindingType.NOT_RUSSIAN);
            assertThat(AutoResponseGuard.cyrillicPercent("ааааааа abc")).isEqualTo(70);
            assertThat(AutoResponseGuard.cyrillicPercent("аааааа abcd")).isEqualTo(60);
            assertThat(AutoResponseGuard.cyrillicPercent("12345 !!!")).isEqualTo(-1);
        }

        @Test
        void rejectsBadSettings() {
            assertThatThrownBy(() -> AutoResponseGuard.builder().minCyrillicPercent(101))
                    .isInstanceOf(ValidationException.class).hasMessage("minCyrillicPercent must be 0..100, was 101");
            assertThatThrownBy(() -> AutoResponseGuard.builder().repeatWindow(Duration.ZERO))
                    .isInstanceOf(ValidationException.class);
        }
    }

    @Nested
    class Repeats {

        @Test
        void refusesTheSameAutoReplyWithinTwentyFourHours() {
            InMemoryAutoReplyHistory history = new InMemoryAutoReplyHistory();
            AutoResponseGuard guard = AutoResponseGuard.builder().history(history).build();
            history.record(SELLER, "  " + THANKS.toUpperCase(java.util.Locale.ROOT) + " ", NOW.minus(Duration.ofHours(23)));
            assertThat(guard.check(SELLER, Channel.REVIEW, THANKS, NOW).reasons()).extracting(GuardrailFinding::type)
                    .containsExactly(FindingType.REPEATED_REPLY);
            assertThat(guard.check(SellerId.of(99), Channel.REVIEW, THANKS, NOW).safe()).isTrue();
            assertThat(guard.check(SELLER, Channel.REVIEW, THANKS, NOW.plus(Duration.ofHours(2))).safe()).isTrue();
        }

        @Test
        void letsTheReplyThroughWhenTheHistoryFails() {
            AutoResponseGuard guard = AutoResponseGuard.builder().history((s, since, limit) -> {
                throw new IllegalStateException("database down");
            }).build();
            assertThat(guard.check(SELLER, Channel.REVIEW, THANKS, NOW).safe()).isTrue();
        }

        @Test
        void doesNotAskTheHistoryWhenTheReplyIsAlreadyRefused() {
            AtomicInteger calls = new AtomicInteger();
            AutoResponseGuard guard = AutoResponseGuard.builder().history((s, since, limit) -> {
                calls.incrementAndGet();
                return java.util.List.of();
            }).build();
            guard.check(SELLER, Channel.REVIEW, "Скидка 50%! Спасибо за ваш отзыв о товаре!", NOW);
            assertThat(calls).hasValue(0);
            guard.check(SELLER, Channel.REVIEW, THANKS, NOW);
            assertThat(calls).hasValue(1);
        }
    }
}
