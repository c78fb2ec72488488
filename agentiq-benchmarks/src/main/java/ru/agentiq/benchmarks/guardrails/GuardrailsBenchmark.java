package ru.agentiq.benchmarks.guardrails;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import ru.agentiq.core.guardrails.Guardrails;
import ru.agentiq.core.guardrails.ReplyVerdict;
import ru.agentiq.core.interaction.Channel;

/**
 * Pre-send validation of one 500-character review reply: AgentIQ's {@link Guardrails} (one pass of an Aho–Corasick
 * automaton over folded text, with homoglyph, invisible-character and word-boundary handling) against the seed
 * system's approach in the same run — one case-insensitive Unicode regex per phrase ({@code \b…\b} for single words,
 * plain substring for phrases of several words), lower-case substring tests for the return rule, then the length
 * check. Both produce the list of violations. {@code lowerCaseFloor} only lower-cases the reply: a floor for what
 * one pass over 500 characters costs on the machine at hand.
 *
 * <p>Workload: {@code clean} is a polite 500-character reply with no finding; {@code dirty} is a 500-character reply
 * with an AI mention, a promise, a blame phrase and an unsolicited return. Scores are per reply (ns/op, lower is
 * better). Target: at least 10× the baseline and at most 2 µs per reply on one core.
 *
 * <p>Run: {@code ./mvnw -q package -DskipTests -pl agentiq-benchmarks -am &&
 * java -jar agentiq-benchmarks/target/benchmarks.jar GuardrailsBenchmark -f 1 -wi 3 -i 5}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class GuardrailsBenchmark {

    static final String CLEAN = "Здравствуйте, Мария! Спасибо, что выбрали наше платье и нашли время написать"
            + " подробный отзыв. Нам очень жаль, что ткань на подоле оказалась с затяжкой: такие случаи мы передаём"
            + " на склад и в отдел контроля качества, чтобы партия была проверена повторно. Размерная сетка на"
            + " странице товара обновлена, а в описании появились замеры по длине и обхвату. Будем рады, если вы"
            + " поделитесь фотографией посадки — это поможет другим покупательницам выбрать размер. Хорошего дня"
            + " и удачных покупок! Ждём вас снова!";

    static final String DIRTY = "Здравствуйте, Мария! Этот ответ подготовил бот нашего магазина, но менеджер его"
            + " проверил. Вы неправильно выбрали размер: в описании указано, что модель маломерит, поэтому ткань и"
            + " натянулась на подоле. Не переживайте, мы вернём деньги сразу после того, как склад получит товар,"
            + " а если захотите, можно оформить возврат прямо в личном кабинете. Размерная сетка на странице товара"
            + " обновлена, а в описании появились замеры. Будем рады видеть вас снова, хорошего дня и удачных"
            + " покупок, ждём ваших отзывов!!";

    static final String CUSTOMER = "Платье село плохо, ткань на подоле с затяжкой, цвет темнее, чем на фото.";

    /** The seed's four default categories (§c.1), exactly as its detector lists them. */
    static final List<String> SEED_PHRASES = List.of(
            "ИИ", "бот", "нейросеть", "GPT", "ChatGPT", "автоматический ответ", "искусственный интеллект",
            "нейронная сеть",
            "вернём деньги", "вернем деньги", "гарантируем возврат", "гарантируем замену", "полный возврат",
            "бесплатную замену", "бесплатная замена", "компенсируем", "компенсация", "мы одобрим возврат",
            "мы одобрим заявку", "доставим завтра", "отменим ваш заказ", "ускорим доставку",
            "вы неправильно", "вы не так", "ваша вина", "сами виноваты", "вы ошиблись", "ваша ошибка",
            "обратитесь в поддержку", "напишите в поддержку", "мы не можем повлиять");
    static final List<String> SEED_RETURN_MENTIONS = List.of("возврат", "вернуть", "вернём", "вернем", "замен",
            "обмен");
    static final List<String> SEED_RETURN_TRIGGERS = List.of("возврат", "вернуть", "замена", "заменить", "обменять",
            "обмен");

    @Param({"clean", "dirty"})
    public String variant;

    private String reply;
    private Guardrails guardrails;
    private Pattern[] seedPatterns;

    @Setup
    public void setUp() {
        reply = variant.equals("clean") ? CLEAN : DIRTY;
        if (reply.length() != 500) {
            throw new IllegalStateException(variant + " reply must be 500 characters, is " + reply.length());
        }
        guardrails = Guardrails.defaults();
        seedPatterns = SEED_PHRASES.stream().map(GuardrailsBenchmark::seedPattern).toArray(Pattern[]::new);
        boolean agentiqValid = agentiq().valid();
        boolean baselineValid = regexPerPhrase().isEmpty();
        if (agentiqValid != baselineValid || agentiqValid != variant.equals("clean")) {
            throw new IllegalStateException("the two checkers disagree on the " + variant + " reply");
        }
    }

    static Pattern seedPattern(String phrase) {
        int flags = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;
        return phrase.contains(" ")
                ? Pattern.compile(Pattern.quote(phrase), flags)
                : Pattern.compile("\\b" + Pattern.quote(phrase) + "\\b", flags);
    }

    @Benchmark
    public ReplyVerdict agentiq() {
        return guardrails.validate(Channel.REVIEW, reply, CUSTOMER);
    }

    /**
     * Not a rival: the cost of merely lower-casing the reply once (the first thing any case-insensitive check does),
     * as a floor that shows what "fast" means on the machine at hand.
     */
    @Benchmark
    public String lowerCaseFloor() {
        return reply.toLowerCase(Locale.ROOT);
    }

    @Benchmark
    public List<String> regexPerPhrase() {
        String text = reply.strip();
        List<String> violations = new ArrayList<>();
        for (int i = 0; i < seedPatterns.length; i++) {
            if (seedPatterns[i].matcher(text).find()) {
                violations.add(SEED_PHRASES.get(i));
            }
        }
        String lower = text.toLowerCase(Locale.ROOT);
        boolean mentions = false;
        for (String stem : SEED_RETURN_MENTIONS) {
            mentions |= lower.contains(stem);
        }
        if (mentions) {
            String customer = CUSTOMER.toLowerCase(Locale.ROOT);
            boolean asked = false;
            for (String trigger : SEED_RETURN_TRIGGERS) {
                asked |= customer.contains(trigger);
            }
            if (!asked) {
                violations.add("unsolicited_return");
            }
        }
        if (text.length() > 500) {
            violations.add("too_long (warning)");
        }
        return violations;
    }
}
