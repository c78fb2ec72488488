package ru.agentiq.core.internal.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import ru.agentiq.core.ValidationException;

class PhraseMatcherTest {

    private static final PhraseMatcher MATCHER = PhraseMatcher.of(List.of(
            "ИИ", "бот{,а,у,ом,е,ы,ов}", "GPT", "нейросет*", "вы не так", "к сожалению", "100%", "р-р",
            "подойдёт"));

    private static List<String> found(PhraseMatcher matcher, String text) {
        long[] hits = matcher.scan(text);
        List<String> names = new ArrayList<>();
        for (int id = 0; id < matcher.size(); id++) {
            if (PhraseMatcher.hit(hits, id)) {
                names.add(matcher.phrase(id).display());
            }
        }
        return names;
    }

    private static List<String> found(String text) {
        return found(MATCHER, text);
    }

    @Nested
    class WordBoundaries {

        @ParameterizedTest
        @ValueSource(strings = {"работа", "суббота", "ботинки", "Работаем без выходных", "В субботу привезём",
                "Ботинки пришли", "Заботимся о вас", "линии", "Иисус", "Тренировки"})
        void neverFindsAWordInsideAnother(String text) {
            assertThat(found(text)).isEmpty();
        }

        @Test
        void findsWholeWordsAndTheirListedEndings() {
            assertThat(found("Вам ответил бот.")).containsExactly("бот");
            assertThat(found("Ответы от ботов")).containsExactly("бот");
            assertThat(found("ИИ подобрал размер")).containsExactly("ИИ");
        }

        @Test
        void treatsAHyphenAsABoundary() {
            assertThat(found("Работает на GPT-4")).containsExactly("GPT");
            assertThat(found("Наш ИИ-помощник")).containsExactly("ИИ");
            assertThat(found("Это чат-бот")).containsExactly("бот");
        }

        @Test
        void matchesStemsAtTheStartOfAWordOnly() {
            assertThat(found("Подобрала нейросетью")).containsExactly("нейросет*");
            assertThat(found("супернейросеть")).isEmpty();
        }

        @Test
        void matchesMultiWordPhrasesAcrossAnyWhitespace() {
            assertThat(found("Вы   не\nтак поняли")).containsExactly("вы не так");
            assertThat(found("Вы не такой")).isEmpty();
        }

        @Test
        void keepsOneLetterWordsApartFromTheirNeighbours() {
            assertThat(found("а к сожалению")).containsExactly("к сожалению");
            assertThat(found("и и")).isEmpty();
        }

        @Test
        void keepsPercentPartOfTheNumber() {
            assertThat(found("Уверены на 100%.")).containsExactly("100%");
            assertThat(found("Стоит 100 рублей")).isEmpty();
        }
    }

    @Nested
    class Folding {

        @Test
        void ignoresCaseAndYo() {
            assertThat(found("ПОДОЙДЕТ")).containsExactly("подойдёт");
            assertThat(found("подойдет")).containsExactly("подойдёт");
        }

        @Test
        void readsLatinAndGreekLookalikesAsCyrillic() {
            assertThat(found("Я б0т")).containsExactly("бот");
            assertThat(found("GРТ")).containsExactly("GPT");
            assertThat(found("бοт")).containsExactly("бот");
            assertThat(found("БOT")).containsExactly("бот");
        }

        @Test
        void leavesOrdinaryNumbersAlone() {
            assertThat(found("6 от 10")).isEmpty();
            assertThat(found("60т")).isEmpty();
        }

        @Test
        void ignoresInvisibleCharactersAndCombiningMarks() {
            assertThat(found("б\u200Bо\u200Dт")).containsExactly("бот");
            assertThat(found("бо\u0301т")).containsExactly("бот");
            assertThat(found("б\u00ADот")).containsExactly("бот");
            assertThat(found("подои\u0306дёт")).containsExactly("подойдёт");
        }

        @Test
        void readsFullWidthLettersAsAscii() {
            assertThat(found("ＧＰＴ")).containsExactly("GPT");
        }
    }

    @Nested
    class Evasion {

        @ParameterizedTest
        @ValueSource(strings = {"б.о.т", "б-о-т", "б_о_т", "б*о*т", "Б O Т", "б о т", "боооот", "ББООТТ",
                "б. о. т."})
        void seesThroughSpacingPunctuationAndStretching(String text) {
            assertThat(found("Вам пишет " + text + " магазина")).containsExactly("бот");
        }

        @Test
        void stretchingAWordNeverShortensAPhrase() {
            assertThat(found("ИИИ")).containsExactly("ИИ");
            assertThat(found("И")).isEmpty();
        }

        @Test
        void readsPunctuationInsideAPhraseTheSameWayAsInTheText() {
            assertThat(found("Какой р-р взять?")).containsExactly("р-р");
            assertThat(found("Какой рр взять?")).containsExactly("р-р");
        }
    }

    @Nested
    class Syntax {

        @Test
        void displaysTheFirstEndingAndKeepsTheStemMark() {
            assertThat(PhrasePattern.parse("компенсаци{я,и,ю}").display()).isEqualTo("компенсация");
            assertThat(PhrasePattern.parse("скидк*").display()).isEqualTo("скидк*");
            assertThat(PhrasePattern.parse("бот{,а}").forms()).hasSize(2);
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "   ", "скид*ка", "ски*дка магазина", "бот{а", "бот}", "{а,б}{в}", "---"})
        void rejectsMalformedPhrases(String phrase) {
            assertThatThrownBy(() -> PhrasePattern.parse(phrase)).isInstanceOf(ValidationException.class);
        }

        @Test
        void rejectsAPhraseLongerThanTwoHundredCharacters() {
            assertThatThrownBy(() -> PhrasePattern.parse("а".repeat(201)))
                    .isInstanceOf(ValidationException.class)
                    .hasMessageContaining("at most 200");
        }

        @Test
        void reportsEveryPhraseOnceEvenWhenRepeated() {
            assertThat(found("бот бот бота")).containsExactly("бот");
        }
    }

    @Test
    void anEmptyListFindsNothing() {
        PhraseMatcher empty = PhraseMatcher.of(List.of());
        assertThat(empty.size()).isZero();
        assertThat(PhraseMatcher.firstHit(empty.scan("бот ИИ GPT"), 0, 64)).isEqualTo(-1);
    }

    @Test
    void findsHitsInRanges() {
        long[] hits = new long[2];
        hits[1] = 1L << (70 - 64);
        assertThat(PhraseMatcher.firstHit(hits, 0, 128)).isEqualTo(70);
        assertThat(PhraseMatcher.firstHit(hits, 71, 128)).isEqualTo(-1);
        assertThat(PhraseMatcher.firstHit(hits, 0, 70)).isEqualTo(-1);
    }
}
