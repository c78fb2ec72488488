package ru.agentiq.billing.ledger;

import ru.agentiq.billing.AccountId;
import ru.agentiq.core.NotFoundException;

/** The account has no wallet yet: it never received a grant nor made a metered call (HTTP 404). */
public final class WalletNotFoundException extends NotFoundException {
    private static final long serialVersionUID = 1L;

    private final AccountId account;

    public WalletNotFoundException(AccountId account) {
        super("Wallet not found for account '" + account + "'.");
        this.account = account;
    }

    public AccountId account() {
        return account;
    }
}
