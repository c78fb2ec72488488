package ru.agentiq.billing.usage;

import ru.agentiq.billing.AccountId;
import ru.agentiq.billing.BillingException;

/** A usage event with this request id is already stored for the account (the unique index), so the unit rolled back. */
public final class DuplicateRequestIdException extends BillingException {
    private static final long serialVersionUID = 1L;

    private final AccountId account;
    private final String requestId;

    public DuplicateRequestIdException(AccountId account, String requestId) {
        super("a usage event with request id '" + requestId + "' already exists for account '" + account + "'");
        this.account = account;
        this.requestId = requestId;
    }

    public AccountId account() {
        return account;
    }

    public String requestId() {
        return requestId;
    }
}
