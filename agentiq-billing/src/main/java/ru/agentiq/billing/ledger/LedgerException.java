package ru.agentiq.billing.ledger;

import ru.agentiq.billing.BillingException;

/** Base of the ledger's failures: a write that the wallet's state does not allow, or a store that could not do it. */
public class LedgerException extends BillingException {
    private static final long serialVersionUID = 1L;

    public LedgerException(String message) {
        super(message);
    }

    public LedgerException(String message, Throwable cause) {
        super(message, cause);
    }
}
