package ru.agentiq.billing.ledger;

import ru.agentiq.billing.AccountId;
import ru.agentiq.core.NotFoundException;

/** No hold with this id exists in the account's wallet. */
public final class HoldNotFoundException extends NotFoundException {
    private static final long serialVersionUID = 1L;

    public HoldNotFoundException(AccountId account, HoldId id) {
        super("hold " + id + " not found for account '" + account + "'");
    }
}
