package ru.agentiq.billing.ledger;

import java.time.Instant;
import ru.agentiq.billing.AccountId;
import ru.agentiq.billing.Credits;
import ru.agentiq.billing.internal.Args;

/**
 * A wallet as seen at one moment.
 *
 * @param account   owner
 * @param balance   sum of all committed transactions; may be negative (debits may overdraw)
 * @param held      sum of the active, unexpired {@link Hold}s; never negative
 * @param createdAt when the wallet was created (lazily, at balance 0, by its first write)
 * @param updatedAt when its balance or holds last changed
 */
public record Wallet(AccountId account, Credits balance, Credits held, Instant createdAt, Instant updatedAt) {

    public Wallet {
        Args.required(account, "account");
        Args.required(balance, "balance");
        Args.required(held, "held");
        Args.required(createdAt, "createdAt");
        Args.required(updatedAt, "updatedAt");
    }

    /** What can still be spent or held: the balance minus active holds. */
    public Credits available() {
        return balance.minus(held);
    }
}
