package ru.agentiq.billing.metering;

/** How a metered call is paid for. */
public enum MeteringMode {
    /**
     * The seed's way: check the wallet before the call (refused only when enforcement is on and nothing is
     * available), then debit the actual cost afterwards, which may take the balance below zero.
     */
    POST_PAID,
    /**
     * Hold an upper-bound estimate before the call (refused when the wallet cannot cover it, whatever the enforcement
     * switch says), capture the actual cost after it, release the hold when the call fails. The balance never goes
     * below zero.
     */
    RESERVE
}
