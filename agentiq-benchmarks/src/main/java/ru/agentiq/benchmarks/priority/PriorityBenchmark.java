package ru.agentiq.benchmarks.priority;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import ru.agentiq.core.interaction.Channel;
import ru.agentiq.core.interaction.InteractionData;
import ru.agentiq.core.interaction.Priority;
import ru.agentiq.core.interaction.SellerId;
import ru.agentiq.core.priority.InteractionPrioritizer;

/**
 * Question classification at ingest: AgentIQ's {@link InteractionPrioritizer} (one automaton pass over the folded
 * text for every intent keyword and escalation word, stems on word boundaries, then priority, age escalation and
 * deadline) against the seed system's approach in the same run — lower-case the text and test each keyword group in
 * order with {@code String.contains}, then the same priority, escalation and deadline arithmetic.
 *
 * <p>Workload: 1,000 distinct questions mixing all six intents (sizing, availability, specification, safety,
 * after-sale problems, unplaced), 30–120 characters, ages from minutes to two days. Scores are per question
 * (ns/op); {@code prioritiseInteraction} additionally writes the result into an {@link InteractionData} (new record
 * and extra data), as ingestion does. Target: at least 1,000,000 classifications per second on one core, i.e. at
 * most 1,000 ns/op.
 *
 * <p>Run: {@code ./mvnw -q package -DskipTests -pl agentiq-benchmarks -am &&
 * java -jar agentiq-benchmarks/target/benchmarks.jar PriorityBenchmark -f 1 -wi 3 -i 5}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PriorityBenchmark {

    static final int QUESTIONS = 1_000;
    private static final SellerId SELLER = SellerId.of(1);
    private static final Instant NOW = Instant.parse("2026-03-02T12:00:00Z");

    private static final List<String> TEMPLATES = List.of(
            "Подскажите, какой размер выбрать при росте %d и весе 70 кг?",
            "Подойдёт ли мне, если обхват груди %d см?",
            "Когда будет в наличии цвет номер %d?",
            "Сколько идёт доставка до пункта выдачи %d?",
            "Из какого материала сделан товар %d, какой состав ткани?",
            "Совместим ли адаптер %d с зарядкой MagSafe?",
            "Есть ли сертификат соответствия на модель %d?",
            "Безопасно ли для детей, у сына аллергия на краску %d?",
            "Купили на прошлой неделе, а прибор %d не работает, что делать?",
            "Пришёл брак, шов разошёлся на изделии %d",
            "Можно ли оформить подарочную упаковку для заказа %d?",
            "Это простой вопрос: весь комплект %d в одной коробке?");

    /** The seed's §b.2 keyword groups, tested in order with plain substrings. */
    private static final String[][] SEED_GROUPS = {
            {"размер", "рост", "вес", "обхват", "подойдет"},
            {"в наличии", "когда будет", "доставка", "срок", "наличие"},
            {"материал", "состав", "характерист", "совместим", "мощност", "объем"},
            {"сертификат", "аллерг", "безопас", "гаранти"},
            {"брак", "не работает", "сломал", "возврат"},
    };
    private static final Priority[] SEED_PRIORITY = {Priority.HIGH, Priority.HIGH, Priority.NORMAL,
            Priority.URGENT, Priority.URGENT, Priority.NORMAL};
    private static final int[] SEED_MINUTES = {240, 120, 480, 60, 60, 480};

    private String[] texts;
    private Instant[] askedAt;
    private InteractionData[] interactions;
    private InteractionPrioritizer prioritizer;

    @Setup
    public void setUp() {
        texts = new String[QUESTIONS];
        askedAt = new Instant[QUESTIONS];
        interactions = new InteractionData[QUESTIONS];
        for (int i = 0; i < QUESTIONS; i++) {
            texts[i] = String.format(TEMPLATES.get(i % TEMPLATES.size()), 150 + i);
            askedAt[i] = NOW.minus(Duration.ofMinutes((i * 37L) % 2_880));
            interactions[i] = InteractionData.builder(SELLER, Channel.QUESTION, "q-" + i).text(texts[i])
                    .occurredAt(askedAt[i]).build();
        }
        prioritizer = InteractionPrioritizer.defaults();
    }

    @Benchmark
    @OperationsPerInvocation(QUESTIONS)
    public void agentiq(Blackhole bh) {
        for (int i = 0; i < QUESTIONS; i++) {
            bh.consume(prioritizer.assessQuestion(SELLER, texts[i], false, askedAt[i], NOW));
        }
    }

    @Benchmark
    @OperationsPerInvocation(QUESTIONS)
    public void prioritiseInteraction(Blackhole bh) {
        for (int i = 0; i < QUESTIONS; i++) {
            bh.consume(prioritizer.prioritise(interactions[i], NOW));
        }
    }

    @Benchmark
    @OperationsPerInvocation(QUESTIONS)
    public void seedSubstrings(Blackhole bh) {
        for (int i = 0; i < QUESTIONS; i++) {
            String lower = texts[i].toLowerCase(Locale.ROOT);
            int intent = SEED_GROUPS.length;
            groups:
            for (int g = 0; g < SEED_GROUPS.length; g++) {
                for (String keyword : SEED_GROUPS[g]) {
                    if (lower.contains(keyword)) {
                        intent = g;
                        break groups;
                    }
                }
            }
            Priority priority = SEED_PRIORITY[intent];
            Duration age = Duration.between(askedAt[i], NOW);
            if (age.compareTo(Duration.ofHours(24)) >= 0) {
                priority = Priority.URGENT;
            } else if (age.compareTo(Duration.ofHours(8)) >= 0 && priority == Priority.HIGH) {
                priority = Priority.URGENT;
            }
            bh.consume(priority);
            bh.consume(askedAt[i].plus(Duration.ofMinutes(SEED_MINUTES[intent])));
        }
    }
}
