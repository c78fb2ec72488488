package ru.agentiq.billing;

import java.util.UUID;
import ru.agentiq.billing.internal.Args;

/**
 * Makes a ledger write safe to retry: within one wallet, a key is used by exactly one write. Use the id of the thing
 * being paid for — a turn or draft request id, a payment reference — so a retry after a timeout finds the original
 * instead of charging twice. Trimmed, 1..{@value #MAX_LENGTH} characters.
 */
public record IdempotencyKey(String value) {

    public static final int MAX_LENGTH = 128;

    public IdempotencyKey {
        value = Args.requiredText(value, "idempotencyKey", MAX_LENGTH);
    }

    public static IdempotencyKey of(String value) {
        return new IdempotencyKey(value);
    }

    /** A fresh random key, for a write that has no natural id and must never be merged with another. */
    public static IdempotencyKey random() {
        return new IdempotencyKey(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
