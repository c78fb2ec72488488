package ru.agentiq.core.priority;

import java.util.ArrayList;
import java.util.List;
import ru.agentiq.core.internal.text.PhraseMatcher;
import ru.agentiq.core.internal.text.PhrasePattern;

/**
 * The keyword tables of the seed (§b.2 question intents, §b.5 chat intents and escalation words), as stems and
 * inflected forms matched on whole words with {@code ё/е} folded, all compiled into one automaton so a buyer's text
 * is read once. Groups are tried in table order; the first group with a hit wins.
 */
final class BuyerTextRules {

    record Group<T>(T label, int from, int to) {
    }

    /** Question intents in the order they are tested (seed §b.2), {@code general_question} when none hits. */
    private static final Object[][] QUESTION_TABLE = {
            {QuestionIntent.SIZING_FIT, List.of("размер*", "рост{,а,е,у,ом}", "вес{,а,е,у,ом}", "обхват*",
                    "подойд{ёт,ут}", "маломер*", "большемер*", "р-р")},
            {QuestionIntent.AVAILABILITY_DELIVERY, List.of("в наличии", "наличи{е,я,и}", "когда буд{ет,ут}",
                    "достав*", "срок*")},
            {QuestionIntent.SPEC_COMPATIBILITY, List.of("материал*", "состав*", "характерист*", "совместим*",
                    "мощност*", "объём*")},
            {QuestionIntent.COMPLIANCE_SAFETY, List.of("сертификат*", "аллерг*", "безопас*", "гаранти*")},
            {QuestionIntent.POST_PURCHASE_ISSUE, List.of("брак*", "не работа{ет,ют,л,ла,ло,ли}", "сломал*",
                    "сломан*", "возврат*")},
    };

    /** Chat intents when no LLM analysis is available, in the order they are tested (seed §b.5). */
    private static final Object[][] CHAT_TABLE = {
            {ChatIntent.DELIVERY_STATUS, List.of("где заказ", "где мой заказ", "где товар", "когда доставят")},
            {ChatIntent.DEFECT_NOT_WORKING, List.of("сломан*", "не работа{ет,ют,л,ла,ло,ли}", "брак*", "дефект*")},
            {ChatIntent.WRONG_ITEM, List.of("не тот", "не ту", "друг{ой,ую,ого}", "прислали не то")},
            {ChatIntent.REFUND_EXCHANGE, List.of("возврат*", "вернуть", "верн{ите,ёте,ём,у}", "замен*", "обмен*",
                    "поменя*")},
            {ChatIntent.CANCEL_REQUEST, List.of("отмен*")},
            {ChatIntent.THANKS, List.of("спасибо", "благодар*")},
            {ChatIntent.SIZING_FIT, List.of("какой размер", "посоветуйте размер", "на какой рост", "на какой вес")},
            {ChatIntent.AVAILABILITY, List.of("есть в наличии", "когда буд{ет,ут}", "будет ли")},
            {ChatIntent.COMPATIBILITY, List.of("подойдёт ли", "совместим*", "подходит к")},
            {ChatIntent.PRE_PURCHASE, List.of("хочу купить", "собираюсь брать", "думаю взять", "стоит ли брать")},
            {ChatIntent.USAGE_HOWTO, List.of("как", "размер*", "характеристик*")},
    };

    /** Words that call for a senior person, by category (seed §b.5, with inflections). */
    private static final Object[][] ESCALATION_TABLE = {
            {"medical", List.of("аллерг*", "здоровь{е,я,ю,ем}", "реакци{я,и,ю,ей}", "отравлени{е,я,ю,ем}",
                    "отравил*", "хими{я,и,ю,ей}")},
            {"legal", List.of("суд{,а,у,ом,е,ы,ов}", "роспотребнадзор*", "жалоб*", "претензи*", "адвокат*")},
            {"counterfeit", List.of("подделк*", "фейк*", "контрафакт*", "не оригинал*", "неоригинал*")},
    };

    static final BuyerTextRules INSTANCE = new BuyerTextRules();

    final PhraseMatcher matcher;
    final List<Group<QuestionIntent>> questionGroups = new ArrayList<>();
    final List<Group<ChatIntent>> chatGroups = new ArrayList<>();
    final List<Group<String>> escalationGroups = new ArrayList<>();
    final int questionFrom;
    final int questionTo;
    final int chatFrom;
    final int chatTo;

    private BuyerTextRules() {
        List<PhrasePattern> phrases = new ArrayList<>();
        questionFrom = phrases.size();
        add(QUESTION_TABLE, phrases, questionGroups);
        questionTo = phrases.size();
        chatFrom = phrases.size();
        add(CHAT_TABLE, phrases, chatGroups);
        chatTo = phrases.size();
        add(ESCALATION_TABLE, phrases, escalationGroups);
        matcher = PhraseMatcher.compile(phrases);
    }

    @SuppressWarnings("unchecked")
    private static <T> void add(Object[][] table, List<PhrasePattern> phrases, List<Group<T>> groups) {
        for (Object[] row : table) {
            int from = phrases.size();
            for (String phrase : (List<String>) row[1]) {
                phrases.add(PhrasePattern.parse(phrase));
            }
            groups.add(new Group<>((T) row[0], from, phrases.size()));
        }
    }

    /** The first question intent whose group has a hit, or {@code general_question}. */
    QuestionIntent questionIntent(long[] hits) {
        int first = PhraseMatcher.firstHit(hits, questionFrom, questionTo);
        if (first < 0) {
            return QuestionIntent.GENERAL_QUESTION;
        }
        for (Group<QuestionIntent> group : questionGroups) {
            if (first < group.to()) {
                return group.label();
            }
        }
        return QuestionIntent.GENERAL_QUESTION;
    }

    /** The first chat intent whose group has a hit, or {@code other}. */
    ChatIntent chatIntent(long[] hits) {
        int first = PhraseMatcher.firstHit(hits, chatFrom, chatTo);
        if (first < 0) {
            return ChatIntent.OTHER;
        }
        for (Group<ChatIntent> group : chatGroups) {
            if (first < group.to()) {
                return group.label();
            }
        }
        return ChatIntent.OTHER;
    }

    /** {@code category: word} for every escalation word found, joined by {@code "; "}; null when none. */
    String escalationReason(long[] hits) {
        StringBuilder reason = null;
        for (Group<String> group : escalationGroups) {
            for (int id = PhraseMatcher.firstHit(hits, group.from(), group.to()); id >= 0;
                    id = PhraseMatcher.firstHit(hits, id + 1, group.to())) {
                if (reason == null) {
                    reason = new StringBuilder();
                } else {
                    reason.append("; ");
                }
                reason.append(group.label()).append(": ").append(matcher.phrase(id).display());
            }
        }
        return reason == null ? null : reason.toString();
    }
}
