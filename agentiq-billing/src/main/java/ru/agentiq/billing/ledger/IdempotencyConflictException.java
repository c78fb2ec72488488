package ru.agentiq.billing.ledger;

import ru.agentiq.billing.AccountId;
import ru.agentiq.billing.IdempotencyKey;

/**
 * An idempotency key was reused for a different write. A retry must repeat the original request exactly; anything
 * else with the same key is a caller bug, and applying it would either lose or double-count credits (HTTP 409).
 */
public final class IdempotencyConflictException extends LedgerException {
    private static final long serialVersionUID = 1L;

    private final AccountId account;
    private final IdempotencyKey key;

    public IdempotencyConflictException(AccountId account, IdempotencyKey key, String message) {
        super(message);
        this.account = account;
        this.key = key;
    }

    public AccountId account() {
        return account;
    }

    public IdempotencyKey key() {
        return key;
    }
}
