package ru.agentiq.core.linking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextTokensTest {

    @Test
    void wordsAreLowerCasedFoldedSortedAndDistinct() {
        assertThat(TextTokens.tokens("Ёлка, ЕЛКА и ёлка! Size XL_2 размер 42 размер"))
                .containsExactly("size", "xl_2", "елка", "размер");
    }

    @Test
    void wordsOfTwoCharactersOrLessAreDropped() {
        assertThat(TextTokens.tokens("я не он 42 ok да")).isEmpty();
        assertThat(TextTokens.tokens(null)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Ёлка, ЕЛКА и ёлка! Size XL_2 размер 42 размер", "Кофемолка 🙂 не включается",
            "𝐀𝐁𝐂 bold letters and ΑΒΓ греческие", "tab\tseparated\nlines\r\nhere", "", "   ", "a-b-c abc-def"})
    void theInternedIdsDescribeTheSameWordsAsTheStrings(String text) {
        Interner interner = new Interner();

        int[] ids = TextTokens.tokenIds(text, interner);
        String[] words = TextTokens.tokens(text);

        int[] expected = Arrays.stream(words).mapToInt(interner::intern).sorted().toArray();
        assertThat(ids).containsExactly(expected);
    }

    @Test
    void jaccardComparesExactlyAtTheBoundary() {
        assertThat(TextTokens.jaccardAtLeast(9, 14, 15, 450)).isTrue();
        assertThat(TextTokens.jaccardAtLeast(9, 15, 15, 450)).isFalse();
        assertThat(TextTokens.jaccardAtLeast(0, 0, 0, 250)).isFalse();
    }
}
