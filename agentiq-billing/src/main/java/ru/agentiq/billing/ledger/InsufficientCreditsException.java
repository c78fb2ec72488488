package ru.agentiq.billing.ledger;

import java.util.Optional;
import ru.agentiq.billing.AccountId;
import ru.agentiq.billing.Credits;

/**
 * A metered call was refused because the wallet cannot pay for it: enforcement is on and nothing is available, or a
 * reservation could not be held. The message is the seed's, word for word, so it can be shown to the seller as is
 * (HTTP 402); the numbers are in the fields, never in the message.
 */
public final class InsufficientCreditsException extends LedgerException {
    private static final long serialVersionUID = 1L;

    /** The exact text the seed system returns with HTTP 402. */
    public static final String MESSAGE = "Insufficient credits. Please top up your account.";

    private final AccountId account;
    private final Credits available;
    private final Credits required;

    /**
     * @param account   whose wallet refused
     * @param available what the wallet could spend (balance minus active holds)
     * @param required  what the call needed; {@code null} when unknown (the preflight check)
     */
    public InsufficientCreditsException(AccountId account, Credits available, Credits required) {
        super(MESSAGE);
        this.account = account;
        this.available = available;
        this.required = required;
    }

    public AccountId account() {
        return account;
    }

    public Credits available() {
        return available;
    }

    public Optional<Credits> required() {
        return Optional.ofNullable(required);
    }
}
