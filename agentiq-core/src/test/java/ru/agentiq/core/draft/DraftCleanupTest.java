package ru.agentiq.core.draft;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import ru.agentiq.core.interaction.Channel;

class DraftCleanupTest {

    private final DraftCleanup cleanup = DraftCleanup.instance();

    @Nested
    class Phrases {
        @Test
        void replacesPromisesWithSafeWording() {
            assertThat(DraftCleanup.replacePhrases("Мы вернём деньги сразу.")).isEqualTo(
                    "Мы Оформите возврат через ЛК WB сразу.");
            assertThat(DraftCleanup.replacePhrases("Напишите в поддержку")).isEqualTo(
                    "Мы со своей стороны проверим ситуацию");
            assertThat(DraftCleanup.replacePhrases("Это пересорт на FBO, SKU 5")).isEqualTo(
                    "Это прислали не тот товар на склад WB, артикул 5");
        }

        @Test
        void deletesAiMentionsAsWholeWordsOnly() {
            assertThat(DraftCleanup.replacePhrases("Наш бот ответил: работа идёт, суббота выходной."))
                    .isEqualTo("Наш ответил: работа идёт, суббота выходной.");
            assertThat(DraftCleanup.replacePhrases("Ответ от GPT-4 готов")).isEqualTo("Ответ от -4 готов");
            assertThat(DraftCleanup.replacePhrases("Уважаемый покупатель, спасибо")).isEqualTo(", спасибо");
        }

        @Test
        void matchingIgnoresCase() {
            assertThat(DraftCleanup.replacePhrases("ВЫ НЕПРАВИЛЬНО собрали")).isEqualTo("собрали");
        }
    }

    @Nested
    class Greeting {
        @Test
        void replacesAnyLeadingGreetingWithTheFirstName() {
            assertThat(cleanup.clean("Иван, здравствуйте! Спасибо за отзыв.", Channel.REVIEW, "Петрова Анна"))
                    .isEqualTo("Анна, здравствуйте! Спасибо за отзыв.");
            assertThat(cleanup.clean("Добрый день! Спасибо.", Channel.REVIEW, null))
                    .isEqualTo("Здравствуйте! Спасибо.");
        }

        @Test
        void anEmptyTextStaysEmpty() {
            assertThat(cleanup.clean("", Channel.REVIEW, "Анна")).isEmpty();
            assertThat(cleanup.clean(null, Channel.REVIEW, "Анна")).isNull();
        }

        @Test
        void firstNameRules() {
            assertThat(DraftCleanup.firstName("Иванов Пётр Сергеевич")).isEqualTo("Пётр");
            assertThat(DraftCleanup.firstName("Иванов")).isNull();
            assertThat(DraftCleanup.firstName("Ов")).isEqualTo("Ов");
            assertThat(DraftCleanup.firstName("Мария")).isEqualTo("Мария");
            assertThat(DraftCleanup.firstName("Покупатель")).isNull();
            assertThat(DraftCleanup.firstName("  ")).isNull();
        }
    }

    @Nested
    class Length {
        @Test
        void aTextWithinTheLimitIsKept() {
            String text = "а".repeat(500);
            assertThat(DraftCleanup.truncate(text, 500)).isEqualTo(text);
        }

        @Test
        void cutsAfterTheLastSentenceBeyondHalfTheLimit() {
            String text = "а".repeat(300) + ". " + "б".repeat(300);
            assertThat(DraftCleanup.truncate(text, 500)).isEqualTo("а".repeat(300) + ".");
        }

        @Test
        void hardCutsWithEllipsisWhenNoSentenceEndIsLateEnough() {
            String text = "а".repeat(100) + ". " + "б".repeat(600);
            String cut = DraftCleanup.truncate(text, 500);
            assertThat(cut).hasSize(500).endsWith("...");
        }

        @Test
        void chatsAllowAThousandCharacters() {
            String body = "в".repeat(900);
            assertThat(cleanup.clean(body, Channel.CHAT, null)).hasSize("Здравствуйте! ".length() + 900);
            assertThat(cleanup.clean(body, Channel.QUESTION, null)).hasSize(500);
        }
    }
}
