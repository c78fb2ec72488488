package ru.agentiq.billing.ledger;

import java.time.Instant;
import ru.agentiq.billing.AccountId;
import ru.agentiq.billing.Credits;
import ru.agentiq.billing.IdempotencyKey;
import ru.agentiq.billing.internal.Args;
import ru.agentiq.core.ValidationException;

/**
 * A reservation of credits for a call whose cost is known only afterwards (reservation mode). While active it lowers
 * what the wallet can spend or hold ({@link Wallet#available()}) without changing the balance; capturing it writes
 * the actual cost as a debit, releasing it gives the credits back. A hold that is neither captured nor released stops
 * counting at {@code expiresAt}, so a caller that crashed mid-call cannot block a wallet for ever.
 *
 * @param id             store-assigned
 * @param account        wallet owner
 * @param amount         estimated cost held, positive
 * @param idempotencyKey key of the hold; the capture's debit reuses it
 * @param referenceId    what it pays for; nullable
 * @param note           free text; nullable
 * @param status         held, captured or released
 * @param createdAt      when it was placed
 * @param expiresAt      when it stops counting against the wallet if still held
 * @param resolvedAt     when it was captured or released; {@code null} while held
 * @param actualCost     the cost reported at capture; {@code null} unless captured
 * @param charged        what the capture debited: the actual cost, or less when the wallet could not cover it;
 *                       {@code null} unless captured
 * @param transactionId  the capture's debit; {@code null} unless captured with a non-zero charge
 */
public record Hold(
        HoldId id,
        AccountId account,
        Credits amount,
        IdempotencyKey idempotencyKey,
        String referenceId,
        String note,
        HoldStatus status,
        Instant createdAt,
        Instant expiresAt,
        Instant resolvedAt,
        Credits actualCost,
        Credits charged,
        TransactionId transactionId) {

    public Hold {
        Args.required(id, "id");
        Args.required(account, "account");
        if (amount == null || !amount.isPositive()) {
            throw new ValidationException("hold amount must be positive, was " + amount);
        }
        Args.required(idempotencyKey, "idempotencyKey");
        referenceId = Args.optionalText(referenceId, "referenceId", CreditTransaction.MAX_REFERENCE_LENGTH);
        note = Args.optionalText(note, "note", CreditTransaction.MAX_NOTE_LENGTH);
        Args.required(status, "status");
        Args.required(createdAt, "createdAt");
        Args.required(expiresAt, "expiresAt");
        if (!expiresAt.isAfter(createdAt)) {
            throw new ValidationException("hold expiresAt must be after createdAt, was " + expiresAt);
        }
        if ((status == HoldStatus.HELD) != (resolvedAt == null)) {
            throw new ValidationException("hold resolvedAt must be set exactly when the hold is resolved");
        }
        if ((status == HoldStatus.CAPTURED) != (actualCost != null && charged != null)) {
            throw new ValidationException("hold actualCost and charged must be set exactly when captured");
        }
        if (transactionId != null && status != HoldStatus.CAPTURED) {
            throw new ValidationException("hold transactionId is only allowed on a captured hold");
        }
    }

    /** Whether it still lowers the wallet's available credits at {@code now}: held and not expired. */
    public boolean isActive(Instant now) {
        return status == HoldStatus.HELD && now.isBefore(expiresAt);
    }

    /** This hold, captured at {@code at} for {@code actual}, of which {@code chargedAmount} was debited. */
    public Hold captured(Credits actual, Credits chargedAmount, TransactionId debit, Instant at) {
        return new Hold(id, account, amount, idempotencyKey, referenceId, note, HoldStatus.CAPTURED, createdAt,
                expiresAt, at, actual, chargedAmount, debit);
    }

    /** This hold, released at {@code at}. */
    public Hold released(Instant at) {
        return new Hold(id, account, amount, idempotencyKey, referenceId, note, HoldStatus.RELEASED, createdAt,
                expiresAt, at, null, null, null);
    }
}
