package ru.agentiq.core.reply;

/** What reading a reply back from the marketplace showed. */
public enum Delivery {
    /** The reply is there: it was delivered. */
    PRESENT,
    /** The reply is not there: it was not delivered (or was lost) and may be sent. */
    ABSENT,
    /** The marketplace could not tell (unreachable, no read-back for this channel). */
    UNKNOWN
}
