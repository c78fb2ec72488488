package ru.agentiq.billing.ledger;

import java.time.Instant;
import ru.agentiq.billing.AccountId;
import ru.agentiq.billing.ActorId;
import ru.agentiq.billing.Credits;
import ru.agentiq.billing.IdempotencyKey;
import ru.agentiq.billing.internal.Args;
import ru.agentiq.core.ValidationException;

/**
 * One committed ledger entry (the seed's {@code credit_transactions} row). Entries are never changed or deleted; a
 * wallet's balance is the sum of its entries' amounts, and {@code balanceAfter} is that sum right after this entry.
 *
 * @param id             store-assigned, increasing in commit order within a wallet
 * @param account        wallet owner
 * @param kind           what the entry does; fixes the sign of {@code amount}
 * @param amount         signed, never zero: positive adds credits, negative spends them
 * @param balanceAfter   the wallet's balance including this entry
 * @param idempotencyKey the key of the write that created it; unique within the wallet
 * @param initiatedBy    the administrator who made it; {@code null} for system debits and payment top-ups
 * @param referenceId    what it pays for or comes from (turn / draft request id, payment reference); nullable
 * @param refundOf       for a refund, the debit it gives back; otherwise {@code null}
 * @param note           free text for people (≤ {@value #MAX_NOTE_LENGTH} characters); nullable
 * @param createdAt      commit time from the ledger's clock
 */
public record CreditTransaction(
        TransactionId id,
        AccountId account,
        TransactionKind kind,
        Credits amount,
        Credits balanceAfter,
        IdempotencyKey idempotencyKey,
        ActorId initiatedBy,
        String referenceId,
        TransactionId refundOf,
        String note,
        Instant createdAt) {

    public static final int MAX_REFERENCE_LENGTH = 128;
    public static final int MAX_NOTE_LENGTH = 256;

    public CreditTransaction {
        Args.required(id, "id");
        Args.required(account, "account");
        Args.required(kind, "kind");
        checkAmount(kind, amount);
        Args.required(balanceAfter, "balanceAfter");
        Args.required(idempotencyKey, "idempotencyKey");
        referenceId = Args.optionalText(referenceId, "referenceId", MAX_REFERENCE_LENGTH);
        checkRefundOf(kind, refundOf);
        note = Args.optionalText(note, "note", MAX_NOTE_LENGTH);
        Args.required(createdAt, "createdAt");
    }

    /** The entry as the write that created it described it (everything but id, balance and time). */
    public NewCreditTransaction content() {
        return new NewCreditTransaction(account, kind, amount, idempotencyKey, initiatedBy, referenceId, refundOf,
                note, createdAt);
    }

    static void checkAmount(TransactionKind kind, Credits amount) {
        Args.required(amount, "amount");
        if (amount.isZero()) {
            throw new ValidationException("amount of a " + kind.wire() + " must not be zero");
        }
        if (kind.sign() != 0 && amount.signum() != kind.sign()) {
            throw new ValidationException("amount of a " + kind.wire() + " must be "
                    + (kind.sign() > 0 ? "positive" : "negative") + ", was " + amount);
        }
    }

    static void checkRefundOf(TransactionKind kind, TransactionId refundOf) {
        if (kind == TransactionKind.REFUND && refundOf == null) {
            throw new ValidationException("refundOf is required for a refund");
        }
        if (kind != TransactionKind.REFUND && refundOf != null) {
            throw new ValidationException("refundOf is only allowed on a refund, kind was " + kind.wire());
        }
    }
}
