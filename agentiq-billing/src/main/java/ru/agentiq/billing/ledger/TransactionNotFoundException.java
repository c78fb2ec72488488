package ru.agentiq.billing.ledger;

import ru.agentiq.billing.AccountId;
import ru.agentiq.core.NotFoundException;

/** No transaction with this id exists in the account's wallet (it may exist in another account's). */
public final class TransactionNotFoundException extends NotFoundException {
    private static final long serialVersionUID = 1L;

    public TransactionNotFoundException(AccountId account, TransactionId id) {
        super("transaction " + id + " not found for account '" + account + "'");
    }
}
