package ru.agentiq.billing.ledger;

import java.time.Instant;
import ru.agentiq.billing.AccountId;
import ru.agentiq.billing.ActorId;
import ru.agentiq.billing.Credits;
import ru.agentiq.billing.IdempotencyKey;
import ru.agentiq.billing.internal.Args;

/**
 * A ledger entry about to be appended: what {@link CreditLedger} hands to {@link UnitOfWork#append}. The store adds
 * the id and the balance after it. Fields as in {@link CreditTransaction}.
 */
public record NewCreditTransaction(
        AccountId account,
        TransactionKind kind,
        Credits amount,
        IdempotencyKey idempotencyKey,
        ActorId initiatedBy,
        String referenceId,
        TransactionId refundOf,
        String note,
        Instant createdAt) {

    public NewCreditTransaction {
        Args.required(account, "account");
        Args.required(kind, "kind");
        CreditTransaction.checkAmount(kind, amount);
        Args.required(idempotencyKey, "idempotencyKey");
        referenceId = Args.optionalText(referenceId, "referenceId", CreditTransaction.MAX_REFERENCE_LENGTH);
        CreditTransaction.checkRefundOf(kind, refundOf);
        note = Args.optionalText(note, "note", CreditTransaction.MAX_NOTE_LENGTH);
        Args.required(createdAt, "createdAt");
    }

    /** The committed entry with the store-assigned {@code id} and {@code balanceAfter}. */
    public CreditTransaction toTransaction(TransactionId id, Credits balanceAfter) {
        return new CreditTransaction(id, account, kind, amount, balanceAfter, idempotencyKey, initiatedBy,
                referenceId, refundOf, note, createdAt);
    }
}
