package ru.agentiq.core.draft;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import ru.agentiq.core.interaction.Channel;

/**
 * The template fast path (seed §h.4): a short, simple thank-you — a 4–5 star review, or a chat that only says thanks —
 * gets a ready answer without calling the model. Questions never do. A text longer than
 * {@value #MAX_SIMPLE_LENGTH} characters, or one with a word that signals a problem or a nuance ({@code но},
 * {@code однако}, {@code брак…}, {@code возврат…}, {@code маломер…}, …), goes to the model instead. The template is
 * chosen deterministically from a key (the interaction), so the same item always gets the same template.
 * Stateless and thread-safe.
 *
 * <p>Deliberate difference from the seed: nuance words are matched on word starts, not as substrings, so
 * {@code Отлично} (which contains {@code но}) or {@code Правдивое описание} no longer miss the fast path for nothing.
 */
public final class ResponseTemplates {

    public static final int MAX_SIMPLE_LENGTH = 100;

    /** Whole words that add a "but". */
    private static final Pattern NUANCE_WORDS = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?:но|однако|правда|жаль|увы)(?![\\p{L}\\p{N}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Word starts that name a problem (any inflection follows). */
    private static final Pattern PROBLEM_STEMS = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?:минус|недостат|проблем|брак|дефект|возврат|вернул|замен|размер|не подош|маломер|"
                    + "большемер|запах|сломал|сломан|не работа|обман|порван|испорч|жалоб)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    static final List<String> POSITIVE_REVIEW = List.of(
            "Спасибо за высокую оценку! Рады, что покупка понравилась. Будем ждать вас снова.",
            "Благодарим за отзыв! Приятно знать, что товар оправдал ожидания.",
            "Спасибо, что нашли время оставить отзыв! Хорошего настроения и удачных покупок.",
            "Очень рады, что вам понравилось! Спасибо за доверие к нашему магазину.",
            "Благодарим за тёплые слова! Такие отзывы помогают нам становиться лучше.",
            "Спасибо за отзыв и за выбор нашего товара! Пусть он служит вам долго.",
            "Рады, что покупка оказалась удачной! Спасибо, что поделились впечатлениями.",
            "Спасибо за пять звёзд настроения! Заглядывайте к нам ещё — впереди много новинок.",
            "Благодарим за высокую оценку! Ваш отзыв поможет другим покупателям с выбором.",
            "Спасибо! Нам очень приятно, что товар пришёлся по душе.");

    static final List<String> CHAT_THANKS = List.of(
            "Пожалуйста! Если появятся вопросы — пишите, мы на связи.",
            "Рады были помочь! Хорошего дня.",
            "Всегда пожалуйста! Обращайтесь, если что-то понадобится.",
            "Спасибо и вам! Будем рады помочь снова.",
            "Пожалуйста! Приятных покупок.");

    private static final ResponseTemplates INSTANCE = new ResponseTemplates();

    private ResponseTemplates() {
    }

    public static ResponseTemplates instance() {
        return INSTANCE;
    }

    /** Whether {@code text} is short and free of nuance or problem words. */
    public boolean isSimple(String text) {
        if (text == null) {
            return true;
        }
        String t = text.strip();
        return t.length() <= MAX_SIMPLE_LENGTH && !NUANCE_WORDS.matcher(t).find() && !PROBLEM_STEMS.matcher(t).find();
    }

    /**
     * A ready answer when the fast path applies: a review rated 4 or 5 (intent {@code thanks}), or a chat whose intent
     * is {@code thanks}, with a simple text.
     *
     * @param key chooses among the templates, e.g. the interaction's external id
     */
    public Optional<String> lookup(Channel channel, String intent, Integer rating, String text, String key) {
        if (!isSimple(text)) {
            return Optional.empty();
        }
        if (channel == Channel.REVIEW && rating != null && rating >= 4) {
            return Optional.of(pick(POSITIVE_REVIEW, key));
        }
        if (channel == Channel.CHAT && "thanks".equals(intent)) {
            return Optional.of(pick(CHAT_THANKS, key));
        }
        return Optional.empty();
    }

    private static String pick(List<String> templates, String key) {
        return templates.get(Math.floorMod(key == null ? 0 : key.hashCode(), templates.size()));
    }
}
