package ru.agentiq.billing.ledger;

import ru.agentiq.billing.AccountId;
import ru.agentiq.billing.ActorId;
import ru.agentiq.billing.Credits;
import ru.agentiq.billing.IdempotencyKey;
import ru.agentiq.billing.internal.Args;
import ru.agentiq.core.ValidationException;

/**
 * What an administrator does with wallets: grant credits by hand, attributed to them, and look at a wallet with its
 * latest entries. Thread-safe.
 */
public final class AdminWallets {

    /** Largest grant an administrator may make at once (the seed's F67 fix: {@code 0 < amount ≤ 10 000}). */
    public static final Credits MAX_GRANT = Credits.of(10_000);
    /** How many of the newest entries the wallet view shows. */
    public static final int RECENT_TRANSACTIONS = 10;

    private final CreditLedger ledger;

    public AdminWallets(CreditLedger ledger) {
        this.ledger = Args.required(ledger, "ledger");
    }

    /**
     * Grants {@code amount} credits to {@code account}, recording {@code admin} as {@code initiatedBy}.
     *
     * @param note free text shown in the history; nullable
     * @param key  makes the grant safe to retry; use {@link IdempotencyKey#random()} for a grant that has no id of
     *             its own
     * @throws ValidationException when the amount is not greater than 0 and at most {@link #MAX_GRANT}; the message
     *                             names the amount
     * @throws IdempotencyConflictException when the key was used for a different write
     */
    public PostingResult grant(ActorId admin, AccountId account, Credits amount, String note, IdempotencyKey key) {
        Args.required(admin, "admin");
        Args.required(account, "account");
        Args.required(amount, "amount");
        Args.required(key, "idempotencyKey");
        if (!amount.isPositive() || amount.isGreaterThan(MAX_GRANT)) {
            throw new ValidationException("amount must be greater than 0 and at most " + MAX_GRANT + ", was "
                    + amount);
        }
        return ledger.post(LedgerRequest.grant(account, amount, key).withInitiatedBy(admin).withNote(note));
    }

    /**
     * The wallet of {@code account} with its {@value #RECENT_TRANSACTIONS} newest entries, each with
     * {@code initiatedBy}.
     *
     * @throws WalletNotFoundException when the account never wrote to the ledger
     */
    public WalletView view(AccountId account) {
        Args.required(account, "account");
        Wallet wallet = ledger.findWallet(account).orElseThrow(() -> new WalletNotFoundException(account));
        return new WalletView(wallet, ledger.transactions(account, RECENT_TRANSACTIONS, 0).transactions());
    }
}
