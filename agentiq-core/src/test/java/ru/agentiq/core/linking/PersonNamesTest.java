package ru.agentiq.core.linking;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import ru.agentiq.core.interaction.ExtraData;

class PersonNamesTest {

    @ParameterizedTest(name = "''{0}'' -> ''{1}''")
    @CsvSource(delimiter = '|', value = {
            "Иван П.|иван п",
            "  ИВАН   петров  |иван петров",
            "иван п |иван п",
            "Алёна|алена",
            "Anna-Maria O'Neil|anna maria o neil",
            "Мария_К|мария к",
            "🙂 Олег 🙂|олег",
            "...|''",
            "Ivan2000|ivan2000"})
    void normalisesCasePunctuationAndSpaces(String raw, String normalized) {
        assertThat(PersonNames.normalize(raw)).isEqualTo(normalized);
    }

    @Test
    void nullNormalisesToEmpty() {
        assertThat(PersonNames.normalize(null)).isEmpty();
    }

    @Test
    void sameNameNeedsANonEmptyNormalisedName() {
        assertThat(PersonNames.sameName("Иван П.", "иван п")).isTrue();
        assertThat(PersonNames.sameName("!!", "??")).isFalse();
    }

    @Test
    void partialNameNeedsContainmentOfAtLeastThreeCharacters() {
        assertThat(PersonNames.partialName("Алекс", "Александр")).isTrue();
        assertThat(PersonNames.partialName("Мария", "мария к.")).isTrue();
        assertThat(PersonNames.partialName("Ан", "Анна")).isFalse();
        assertThat(PersonNames.partialName("Анна", "Анна")).isFalse();
        assertThat(PersonNames.partialName("Олег", "Ольга")).isFalse();
    }

    @Test
    void displayNameTakesTheFirstNonBlankKeyInOrder() {
        assertThat(PersonNames.displayName(ExtraData.of("name", "C", "customer_name", "B", "user_name", "A")))
                .contains("A");
        assertThat(PersonNames.displayName(ExtraData.of("user_name", "  ", "customer_name", " B "))).contains("B");
        assertThat(PersonNames.displayName(ExtraData.of("user_name", 5, "name", "C"))).contains("C");
        assertThat(PersonNames.displayName(ExtraData.EMPTY)).isEmpty();
    }
}
