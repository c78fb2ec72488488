package ru.agentiq.billing.ledger;

import ru.agentiq.billing.AccountId;

/**
 * A unit of work waited too long for a wallet another unit holds. Nothing was written; the work may be retried. Seen
 * only under heavy contention or when a unit keeps a wallet locked across slow work (a model call belongs outside).
 */
public final class WalletLockTimeoutException extends LedgerException {
    private static final long serialVersionUID = 1L;

    private final AccountId account;

    public WalletLockTimeoutException(AccountId account, String message) {
        super(message);
        this.account = account;
    }

    public AccountId account() {
        return account;
    }
}
