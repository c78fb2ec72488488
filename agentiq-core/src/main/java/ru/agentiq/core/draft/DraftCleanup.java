package ru.agentiq.core.draft;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ru.agentiq.core.interaction.Channel;

/**
 * Post-generation cleanup of model output (seed §c.8): risky phrases replaced by safe wording or removed, a leading
 * greeting normalised to {@code "{FirstName}, здравствуйте! "} (or {@code "Здравствуйте! "}), and the text cut to the
 * channel limit at a sentence end where possible. Stateless and thread-safe.
 *
 * <p>Deliberate difference from the seed: every phrase is matched as whole words (Unicode-aware), so removing
 * {@code бот} no longer turns {@code работа} into {@code раа}; cleanup and detection now agree.
 */
public final class DraftCleanup {

    /** Reply length limit of public channels (reviews, questions). */
    public static final int PUBLIC_LIMIT = 500;
    /** Reply length limit of chats (WB truncates chat messages at 1000). */
    public static final int CHAT_LIMIT = 1000;

    /** A phrase, its lower-case form for a cheap substring pre-check, and the whole-word pattern. */
    private record Rule(String lower, Pattern pattern, String replacement) {
    }

    private static final String[][] TABLE = {
            {"Оформите возврат через ЛК WB", "вернём деньги", "вернем деньги", "гарантируем возврат",
                    "гарантируем замену", "мы одобрим возврат", "мы одобрим заявку"},
            {"возврат через ЛК WB", "полный возврат", "бесплатную замену", "бесплатная замена"},
            {"Со своей стороны товар отгружен", "доставим завтра", "ускорим доставку"},
            {"Вы можете отменить заказ в ЛК WB", "отменим ваш заказ"},
            {"", "вы неправильно", "вы не так", "ваша вина", "сами виноваты"},
            {"Мы со своей стороны проверим ситуацию", "обратитесь в поддержку", "напишите в поддержку"},
            {"Со своей стороны мы передали информацию", "мы не можем повлиять"},
            {"возможен дефект конкретного экземпляра", "характеристики не соответствуют"},
            {"нештатная ситуация, разбираемся", "наша ошибка", "мы виноваты"},
            {"", "ChatGPT", "GPT", "ИИ", "бот", "нейросеть", "автоматический ответ"},
            {"прислали не тот товар", "пересорт"},
            {"склад WB", "FBO"},
            {"склад продавца", "FBS"},
            {"артикул", "SKU"},
            {"", "уважаемый клиент", "уважаемый покупатель"},
    };

    private static final List<Rule> RULES = compile();

    private static final Pattern GREETING = Pattern.compile(
            "^\\s*+(?:[\\p{L}\\-]++(?:\\s++[\\p{L}\\-]++){0,3}+\\s*+,\\s*+)?"
                    + "(?:здравствуйте|добр(?:ый|ое|ого)\\s++(?:день|вечер|утро))\\s*+[!.,]*+\\s*+",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern NOT_NAME_CHARS = Pattern.compile("[^\\p{L}\\-]");
    private static final Pattern SPACES = Pattern.compile("[ \\t\\u00a0]{2,}");
    private static final Pattern SPACE_BEFORE_PUNCT = Pattern.compile("\\s+([,.!?;:])");
    private static final Pattern REPEATED_PUNCT = Pattern.compile("([,.;:])\\s*\\1+");
    private static final Pattern LEADING_PUNCT = Pattern.compile("^[\\s,.;:!?-]+");

    private static final List<String> SURNAME_SUFFIXES = List.of("ов", "ев", "ёв", "ин", "ын", "ский", "цкий", "ской",
            "цкой", "ова", "ева", "ёва", "ина", "ына", "ская", "цкая", "ко", "енко", "чук", "щук", "юк", "ук", "ич",
            "вич");
    /** Placeholders marketplaces show instead of a name; greeting them by it would sound robotic. */
    private static final List<String> NOT_NAMES = List.of("покупатель", "покупательница", "клиент", "аноним",
            "пользователь", "гость");

    private static final DraftCleanup INSTANCE = new DraftCleanup();

    private DraftCleanup() {
    }

    public static DraftCleanup instance() {
        return INSTANCE;
    }

    /**
     * Cleans {@code text} for {@code channel}, greeting {@code customerName}'s first name when one can be told.
     * Empty or blank input comes back unchanged.
     */
    public String clean(String text, Channel channel, String customerName) {
        if (text == null || text.isBlank()) {
            return text;
        }
        String out = replacePhrases(text);
        String head = out.length() > 120 ? out.substring(0, 120).toLowerCase(Locale.ROOT) : out.toLowerCase(Locale.ROOT);
        if (head.contains("здравствуйте") || head.contains("добр")) {
            out = GREETING.matcher(out).replaceFirst("");
        }
        out = LEADING_PUNCT.matcher(out).replaceFirst("");
        out = tidy(out);
        if (!out.isEmpty()) {
            out = Character.toUpperCase(out.charAt(0)) + out.substring(1);
        }
        String firstName = firstName(customerName);
        String greeting = firstName == null ? "Здравствуйте! " : firstName + ", здравствуйте! ";
        return truncate(greeting + out, limit(channel));
    }

    /** The phrase table applied (whole words, case-insensitive), whitespace tidied; no greeting, no truncation. */
    public static String replacePhrases(String text) {
        String out = text;
        String lower = text.toLowerCase(Locale.ROOT);
        for (Rule rule : RULES) {
            // most drafts contain none of the phrases: a substring test skips the regex for them
            if (lower.contains(rule.lower)) {
                out = rule.pattern.matcher(out).replaceAll(Matcher.quoteReplacement(rule.replacement));
                lower = out.toLowerCase(Locale.ROOT);
            }
        }
        return tidy(out);
    }

    /** The reply length limit of {@code channel}. */
    public static int limit(Channel channel) {
        return channel == Channel.CHAT ? CHAT_LIMIT : PUBLIC_LIMIT;
    }

    /**
     * {@code text} within {@code limit}: unchanged when it fits; else cut after the last {@code .} found past half
     * the limit within the first {@code limit − 3} characters, or hard-cut to {@code limit − 3} plus {@code ...}.
     */
    public static String truncate(String text, int limit) {
        if (text.length() <= limit) {
            return text;
        }
        String head = text.substring(0, limit - 3);
        int dot = head.lastIndexOf('.');
        if (dot > limit / 2) {
            return head.substring(0, dot + 1).strip();
        }
        return head.stripTrailing() + "...";
    }

    /**
     * The first name in a WB buyer name: the second word of "Surname Name Patronymic"; a single word unless it looks
     * like a surname; null for placeholders such as {@code Покупатель}.
     */
    public static String firstName(String customerName) {
        if (customerName == null || customerName.isBlank()) {
            return null;
        }
        String[] words = WHITESPACE.split(customerName.strip());
        String candidate;
        if (words.length >= 2) {
            candidate = words[1];
        } else {
            String word = words[0];
            String lower = word.toLowerCase(Locale.ROOT);
            for (String suffix : SURNAME_SUFFIXES) {
                if (lower.endsWith(suffix) && lower.length() > suffix.length() + 1) {
                    return null;
                }
            }
            candidate = word;
        }
        candidate = NOT_NAME_CHARS.matcher(candidate).replaceAll("");
        if (candidate.length() < 2 || NOT_NAMES.contains(candidate.toLowerCase(Locale.ROOT))) {
            return null;
        }
        return Character.toUpperCase(candidate.charAt(0)) + candidate.substring(1);
    }

    private static String tidy(String text) {
        String out = SPACES.matcher(text).replaceAll(" ");
        out = SPACE_BEFORE_PUNCT.matcher(out).replaceAll("$1");
        out = REPEATED_PUNCT.matcher(out).replaceAll("$1");
        return out.strip();
    }

    private static List<Rule> compile() {
        List<Rule> rules = new ArrayList<>();
        for (String[] row : TABLE) {
            for (int i = 1; i < row.length; i++) {
                Pattern p = Pattern.compile("(?<![\\p{L}\\p{N}_])" + Pattern.quote(row[i]) + "(?![\\p{L}\\p{N}_])",
                        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
                rules.add(new Rule(row[i].toLowerCase(Locale.ROOT), p, row[0]));
            }
        }
        return List.copyOf(rules);
    }
}
