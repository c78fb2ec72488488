package ru.agentiq.core.guardrails;

import ru.agentiq.core.interaction.WireValue;

/** What a guardrail finding is about; the wire names are the seed system's. */
public enum FindingType implements WireValue {
    /** The reply contains a phrase of a banned category. */
    BANNED_PHRASE("banned_phrase"),
    /** The reply offers a return or exchange the buyer did not ask for. */
    UNSOLICITED_RETURN("unsolicited_return"),
    /** The reply is longer than the channel allows. */
    TOO_LONG("too_long"),
    /** The reply is shorter than a meaningful answer. */
    TOO_SHORT("too_short"),
    /** The reply is empty or blank. */
    EMPTY_TEXT("empty_text"),
    /** An unattended reply contains a link, an e-mail address or a phone number. */
    CONTACT_DETAILS("contact_details"),
    /** An unattended reply repeats one the seller sent automatically within the repeat window. */
    REPEATED_REPLY("repeated_reply"),
    /** An unattended reply is not mostly written in Cyrillic. */
    NOT_RUSSIAN("not_russian");

    private final String wire;

    FindingType(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }
}
