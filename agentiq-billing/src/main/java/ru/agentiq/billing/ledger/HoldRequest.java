package ru.agentiq.billing.ledger;

import java.time.Duration;
import ru.agentiq.billing.AccountId;
import ru.agentiq.billing.Credits;
import ru.agentiq.billing.IdempotencyKey;
import ru.agentiq.billing.internal.Args;
import ru.agentiq.core.ValidationException;

/**
 * Reserve {@code amount} credits of {@code account} before a call whose cost is known only afterwards.
 *
 * @param account        whose wallet
 * @param amount         the estimated cost, positive; hold an upper bound, since a capture above it can only take
 *                       what the wallet has left
 * @param idempotencyKey key of the hold; its capture debits under the same key
 * @param referenceId    what it pays for; nullable
 * @param note           free text; nullable
 * @param ttl            how long it counts against the wallet if never captured or released; {@code null} for the
 *                       ledger's default
 */
public record HoldRequest(AccountId account, Credits amount, IdempotencyKey idempotencyKey, String referenceId,
        String note, Duration ttl) {

    public HoldRequest {
        Args.required(account, "account");
        Args.required(amount, "amount");
        if (!amount.isPositive()) {
            throw new ValidationException("amount must be greater than 0, was " + amount);
        }
        Args.required(idempotencyKey, "idempotencyKey");
        referenceId = Args.optionalText(referenceId, "referenceId", CreditTransaction.MAX_REFERENCE_LENGTH);
        note = Args.optionalText(note, "note", CreditTransaction.MAX_NOTE_LENGTH);
        if (ttl != null && (ttl.isNegative() || ttl.isZero())) {
            throw new ValidationException("ttl must be positive, was " + ttl);
        }
    }

    public static HoldRequest of(AccountId account, Credits amount, IdempotencyKey key) {
        return new HoldRequest(account, amount, key, null, null, null);
    }

    public HoldRequest withReferenceId(String value) {
        return new HoldRequest(account, amount, idempotencyKey, value, note, ttl);
    }

    public HoldRequest withNote(String value) {
        return new HoldRequest(account, amount, idempotencyKey, referenceId, value, ttl);
    }

    public HoldRequest withTtl(Duration value) {
        return new HoldRequest(account, amount, idempotencyKey, referenceId, note, value);
    }
}
