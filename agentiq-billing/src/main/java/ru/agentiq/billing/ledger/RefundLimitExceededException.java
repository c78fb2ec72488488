package ru.agentiq.billing.ledger;

import ru.agentiq.billing.Credits;

/** A refund would give back more than its debit took, counting the refunds already made against it. */
public final class RefundLimitExceededException extends LedgerException {
    private static final long serialVersionUID = 1L;

    private final TransactionId debit;
    private final Credits refundable;

    public RefundLimitExceededException(TransactionId debit, Credits refundable, Credits requested) {
        super("refund of " + requested + " exceeds the " + refundable + " still refundable of debit " + debit);
        this.debit = debit;
        this.refundable = refundable;
    }

    public TransactionId debit() {
        return debit;
    }

    /** What can still be refunded against the debit. */
    public Credits refundable() {
        return refundable;
    }
}
