package ru.agentiq.billing.ledger;

import java.time.Instant;
import ru.agentiq.billing.AccountId;
import ru.agentiq.billing.Credits;
import ru.agentiq.billing.IdempotencyKey;

/** A hold about to be inserted; the store adds the id. Fields as in {@link Hold}. */
public record NewHold(
        AccountId account,
        Credits amount,
        IdempotencyKey idempotencyKey,
        String referenceId,
        String note,
        Instant createdAt,
        Instant expiresAt) {

    /** The stored hold with its store-assigned {@code id}, status {@link HoldStatus#HELD}. */
    public Hold toHold(HoldId id) {
        return new Hold(id, account, amount, idempotencyKey, referenceId, note, HoldStatus.HELD, createdAt, expiresAt,
                null, null, null, null);
    }
}
