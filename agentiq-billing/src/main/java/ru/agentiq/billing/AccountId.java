package ru.agentiq.billing;

import ru.agentiq.billing.internal.Args;
import ru.agentiq.core.interaction.SellerId;

/**
 * The account that owns a wallet and whose usage is metered (the seed's {@code user_id}). Free-form text so that any
 * identity system fits — a seller id, a user UUID — trimmed, 1..{@value #MAX_LENGTH} characters.
 */
public record AccountId(String value) implements Comparable<AccountId> {

    /** The seed's column width for user ids. */
    public static final int MAX_LENGTH = 64;

    public AccountId {
        value = Args.requiredText(value, "accountId", MAX_LENGTH);
    }

    public static AccountId of(String value) {
        return new AccountId(value);
    }

    /** The account of a seller: its decimal id. */
    public static AccountId of(SellerId sellerId) {
        return new AccountId(Long.toString(Args.required(sellerId, "sellerId").value()));
    }

    @Override
    public int compareTo(AccountId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
