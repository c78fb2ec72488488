package ru.agentiq.core.guardrails;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import ru.agentiq.core.interaction.Channel;

/**
 * Hiding a banned phrase behind invisible characters or look-alike letters must never get a reply through: the
 * verdict of a disguised reply has exactly the violations of the plain one.
 */
class GuardrailsEvasionProperties {

    private static final Guardrails GUARDRAILS = Guardrails.defaults();

    private static final List<String> VIOLATING = List.of(
            "Здравствуйте! Вам ответил бот нашего магазина, спасибо за отзыв.",
            "Этот ответ подготовила нейросеть, просим прощения за неточности.",
            "Наш ИИ проверил заказ: всё в порядке, ждём вас снова.",
            "Ответ сгенерирован ChatGPT, но менеджер его проверил.",
            "Не волнуйтесь, мы вернём деньги в течение трёх дней.",
            "Гарантируем замену бракованного товара в любом пункте выдачи.",
            "Доставим завтра, курьер уже выехал к вам.",
            "Вы неправильно подобрали размер по таблице на странице товара.",
            "Ваша вина в том, что вещь испортилась после стирки.",
            "По вопросам доставки напишите в поддержку маркетплейса.",
            "Мы не можем повлиять на работу службы доставки, увы.",
            "Вы можете оформить возврат в личном кабинете покупателя.");

    private static final String INVISIBLE = "\u200B\u200C\u200D\u2060\uFEFF\u00AD";

    /** Cyrillic letters and the Latin or Greek letters that look the same. */
    private static final Map<Character, String> LOOKALIKES = Map.ofEntries(
            Map.entry('а', "aα"), Map.entry('е', "eε"), Map.entry('о', "oο0"), Map.entry('р', "pρ"),
            Map.entry('с', "c"), Map.entry('у', "y"), Map.entry('х', "xχ"), Map.entry('к', "kκ"),
            Map.entry('А', "AΑ"), Map.entry('В', "BΒ"), Map.entry('Е', "EΕ"), Map.entry('К', "KΚ"),
            Map.entry('М', "MΜ"), Map.entry('Н', "HΗ"), Map.entry('О', "OΟ"), Map.entry('Р', "PΡ"),
            Map.entry('С', "C"), Map.entry('Т', "TΤ"), Map.entry('Х', "XΧ"), Map.entry('Ё', "E"),
            Map.entry('ё', "e"));

    @Property
    void disguisedViolationsStayViolations(@ForAll("violating") String reply, @ForAll("channels") Channel channel,
            @ForAll("seeds") long seed) {
        ReplyVerdict plain = GUARDRAILS.validate(channel, reply, null);
        ReplyVerdict disguised = GUARDRAILS.validate(channel, disguise(reply, new Random(seed), true, true), null);
        assertThat(disguised.violations()).isEqualTo(plain.violations());
        if (channel.isPublic()) {
            assertThat(disguised.valid()).isFalse();
        }
    }

    @Property
    void invisibleCharactersAloneNeverChangeTheVerdict(@ForAll("violating") String reply,
            @ForAll("channels") Channel channel, @ForAll("seeds") long seed) {
        String disguised = disguise(reply, new Random(seed), true, false);
        assertThat(GUARDRAILS.validate(channel, disguised, null).violations())
                .isEqualTo(GUARDRAILS.validate(channel, reply, null).violations());
    }

    @Property
    void lookalikeLettersAloneNeverChangeTheVerdict(@ForAll("violating") String reply,
            @ForAll("channels") Channel channel, @ForAll("seeds") long seed) {
        String disguised = disguise(reply, new Random(seed), false, true);
        assertThat(GUARDRAILS.validate(channel, disguised, null))
                .isEqualTo(GUARDRAILS.validate(channel, reply, null));
    }

    private static String disguise(String text, Random random, boolean invisible, boolean lookalikes) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String options = LOOKALIKES.get(c);
            if (lookalikes && options != null && random.nextInt(3) == 0) {
                char swapped = options.charAt(random.nextInt(options.length()));
                // a digit reads as a letter only next to a letter, which a swap inside a word always has
                out.append(swapped == '0' && !insideWord(text, i) ? c : swapped);
            } else {
                out.append(c);
            }
            if (invisible && random.nextInt(4) == 0) {
                out.append(INVISIBLE.charAt(random.nextInt(INVISIBLE.length())));
            }
        }
        return out.toString();
    }

    private static boolean insideWord(String text, int i) {
        return i > 0 && Character.isLetter(text.charAt(i - 1))
                || i + 1 < text.length() && Character.isLetter(text.charAt(i + 1));
    }

    @Provide
    Arbitrary<String> violating() {
        Arbitrary<String> core = Arbitraries.of(VIOLATING);
        Arbitrary<String> padding = Arbitraries.of("", "Спасибо за покупку! ", "Добрый день. ", "Здравствуйте, Анна! ");
        return Combinators.combine(padding, core).as(String::concat);
    }

    @Provide
    Arbitrary<Channel> channels() {
        return Arbitraries.of(Channel.class);
    }

    @Provide
    Arbitrary<Long> seeds() {
        return Arbitraries.longs();
    }
}
