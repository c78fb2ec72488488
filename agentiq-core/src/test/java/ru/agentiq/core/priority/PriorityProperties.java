package ru.agentiq.core.priority;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import ru.agentiq.core.interaction.Priority;
import ru.agentiq.core.interaction.SellerId;

/** How a buyer happens to type — case, ё or е, invisible characters — never changes how a question is ranked. */
class PriorityProperties {

    private static final InteractionPrioritizer RULES = InteractionPrioritizer.defaults();
    private static final SellerId SELLER = SellerId.of(1);
    private static final Instant NOW = Instant.parse("2026-03-02T12:00:00Z");

    private static final List<String> FRAGMENTS = List.of(
            "Подойдёт ли мне", "какой размер взять", "при росте 180", "когда будет в наличии", "сроки доставки",
            "из какого материала", "совместим ли с зарядкой", "есть ли сертификат", "у ребёнка аллергия",
            "пришёл брак", "чайник не работает", "можно подарочную упаковку", "спасибо заранее", "весь комплект",
            "простой вопрос", "ещё вопрос", "объём ёмкости");

    @Provide
    Arbitrary<String> questions() {
        return Arbitraries.of(FRAGMENTS).list().ofMinSize(1).ofMaxSize(4).map(parts -> String.join(", ", parts) + "?");
    }

    @Property
    void typingHabitsNeverChangeTheAssessment(@ForAll("questions") String question, @ForAll long seed,
            @ForAll @IntRange(min = 0, max = 3_000) int ageMinutes) {
        Instant asked = NOW.minus(Duration.ofMinutes(ageMinutes));
        PriorityAssessment plain = RULES.assessQuestion(SELLER, question, false, asked, NOW);
        PriorityAssessment typed = RULES.assessQuestion(SELLER, retype(question, new Random(seed)), false, asked, NOW);
        assertThat(typed).isEqualTo(plain);
    }

    @Property
    void olderNeverMeansLessUrgent(@ForAll("questions") String question,
            @ForAll @IntRange(min = 0, max = 3_000) int ageMinutes, @ForAll @IntRange(min = 1, max = 600) int more) {
        Priority younger = RULES.assessQuestion(SELLER, question, false, NOW.minus(Duration.ofMinutes(ageMinutes)),
                NOW).priority();
        Priority older = RULES.assessQuestion(SELLER, question, false,
                NOW.minus(Duration.ofMinutes(ageMinutes + more)), NOW).priority();
        assertThat(older.rank()).isLessThanOrEqualTo(younger.rank());
    }

    private static String retype(String text, Random random) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (random.nextInt(5)) {
                case 0 -> out.append(Character.toUpperCase(c));
                case 1 -> out.append(c == 'ё' ? 'е' : c == 'Ё' ? 'Е' : c);
                case 2 -> out.append(c).append('\u200B');
                default -> out.append(c);
            }
        }
        return random.nextBoolean() ? out.toString() : out.toString().toLowerCase(Locale.ROOT);
    }
}
