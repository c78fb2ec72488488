package ru.agentiq.billing.ledger;

import java.time.Instant;
import ru.agentiq.billing.AccountId;
import ru.agentiq.billing.ActorId;
import ru.agentiq.billing.Credits;
import ru.agentiq.billing.IdempotencyKey;
import ru.agentiq.billing.internal.Args;
import ru.agentiq.core.ValidationException;

/**
 * A write to post on the ledger with {@link CreditLedger#post(LedgerRequest)}: a {@link Grant}, a {@link Debit}, a
 * {@link Refund} or an {@link Adjustment}. Each carries the idempotency key that makes it safe to retry; its content
 * (kind, amount, initiator, reference, refunded debit, note) is what a retry must repeat exactly.
 *
 * <p>Amounts of grants, debits and refunds are given as positive magnitudes; the ledger stores debits negative.
 * Build one with the static factories and the {@code with…} methods:
 * <pre>{@code
 * ledger.post(LedgerRequest.debit(account, Credits.of("0.0125"), IdempotencyKey.of(turnId))
 *         .withReferenceId(turnId).withNote("turn:" + turnId));
 * }</pre>
 */
public sealed interface LedgerRequest
        permits LedgerRequest.Grant, LedgerRequest.Debit, LedgerRequest.Refund, LedgerRequest.Adjustment {

    /** Whose wallet is written. */
    AccountId account();

    /** What makes a retry of this write find the original. */
    IdempotencyKey idempotencyKey();

    /** The kind of entry this request writes. */
    TransactionKind kind();

    /** The amount as the ledger stores it: negative for a debit. */
    Credits signedAmount();

    /** Who made this write by hand; {@code null} for system writes. */
    ActorId initiatedBy();

    /** What it pays for or comes from; nullable. */
    String referenceId();

    /** Free text for people; nullable. */
    String note();

    /** The debit a refund gives back; {@code null} for other kinds. */
    default TransactionId refundOf() {
        return null;
    }

    /** The entry this request appends at {@code now}. */
    default NewCreditTransaction toEntry(Instant now) {
        return new NewCreditTransaction(account(), kind(), signedAmount(), idempotencyKey(), initiatedBy(),
                referenceId(), refundOf(), note(), now);
    }

    /** Credits added to {@code account}; an admin grant adds {@link Grant#withInitiatedBy(ActorId)}. */
    static Grant grant(AccountId account, Credits amount, IdempotencyKey key) {
        return new Grant(account, amount, key, null, null, null);
    }

    /** Credits spent by a metered call of {@code account}. Debits may overdraw: the call has already happened. */
    static Debit debit(AccountId account, Credits amount, IdempotencyKey key) {
        return new Debit(account, amount, key, null, null);
    }

    /** Gives back {@code amount} of the debit {@code debit} of {@code account}. */
    static Refund refund(AccountId account, TransactionId debit, Credits amount, IdempotencyKey key) {
        return new Refund(account, debit, amount, key, null, null);
    }

    /** A correction of either sign made by {@code by}, who must say why. */
    static Adjustment adjustment(AccountId account, Credits signedAmount, IdempotencyKey key, ActorId by,
            String reason) {
        return new Adjustment(account, signedAmount, key, by, reason);
    }

    /**
     * Credits added: an admin grant ({@code initiatedBy} set) or a paid top-up ({@code initiatedBy} null).
     *
     * @param amount positive
     */
    record Grant(AccountId account, Credits amount, IdempotencyKey idempotencyKey, ActorId initiatedBy,
            String referenceId, String note) implements LedgerRequest {

        public Grant {
            Args.required(account, "account");
            positive(amount);
            Args.required(idempotencyKey, "idempotencyKey");
            referenceId = Args.optionalText(referenceId, "referenceId", CreditTransaction.MAX_REFERENCE_LENGTH);
            note = Args.optionalText(note, "note", CreditTransaction.MAX_NOTE_LENGTH);
        }

        @Override
        public TransactionKind kind() {
            return TransactionKind.GRANT;
        }

        @Override
        public Credits signedAmount() {
            return amount;
        }

        public Grant withInitiatedBy(ActorId value) {
            return new Grant(account, amount, idempotencyKey, value, referenceId, note);
        }

        public Grant withReferenceId(String value) {
            return new Grant(account, amount, idempotencyKey, initiatedBy, value, note);
        }

        public Grant withNote(String value) {
            return new Grant(account, amount, idempotencyKey, initiatedBy, referenceId, value);
        }
    }

    /**
     * Credits spent by a metered call; a system write, so never attributed to a person.
     *
     * @param amount positive; the ledger stores it negated
     */
    record Debit(AccountId account, Credits amount, IdempotencyKey idempotencyKey, String referenceId, String note)
            implements LedgerRequest {

        public Debit {
            Args.required(account, "account");
            positive(amount);
            Args.required(idempotencyKey, "idempotencyKey");
            referenceId = Args.optionalText(referenceId, "referenceId", CreditTransaction.MAX_REFERENCE_LENGTH);
            note = Args.optionalText(note, "note", CreditTransaction.MAX_NOTE_LENGTH);
        }

        @Override
        public TransactionKind kind() {
            return TransactionKind.DEBIT;
        }

        @Override
        public Credits signedAmount() {
            return amount.negate();
        }

        @Override
        public ActorId initiatedBy() {
            return null;
        }

        public Debit withReferenceId(String value) {
            return new Debit(account, amount, idempotencyKey, value, note);
        }

        public Debit withNote(String value) {
            return new Debit(account, amount, idempotencyKey, referenceId, value);
        }
    }

    /**
     * Gives back part or all of an earlier debit; together the refunds of a debit never exceed it.
     *
     * @param debit  the debit refunded
     * @param amount positive
     */
    record Refund(AccountId account, TransactionId debit, Credits amount, IdempotencyKey idempotencyKey,
            ActorId initiatedBy, String note) implements LedgerRequest {

        public Refund {
            Args.required(account, "account");
            Args.required(debit, "debit");
            positive(amount);
            Args.required(idempotencyKey, "idempotencyKey");
            note = Args.optionalText(note, "note", CreditTransaction.MAX_NOTE_LENGTH);
        }

        @Override
        public TransactionKind kind() {
            return TransactionKind.REFUND;
        }

        @Override
        public Credits signedAmount() {
            return amount;
        }

        @Override
        public String referenceId() {
            return null;
        }

        @Override
        public TransactionId refundOf() {
            return debit;
        }

        public Refund withInitiatedBy(ActorId value) {
            return new Refund(account, debit, amount, idempotencyKey, value, note);
        }

        public Refund withNote(String value) {
            return new Refund(account, debit, amount, idempotencyKey, initiatedBy, value);
        }
    }

    /**
     * A correction by an administrator: any non-zero amount, always attributed and explained.
     *
     * @param amount signed, non-zero
     * @param note   the reason, required
     */
    record Adjustment(AccountId account, Credits amount, IdempotencyKey idempotencyKey, ActorId initiatedBy,
            String note) implements LedgerRequest {

        public Adjustment {
            Args.required(account, "account");
            Args.required(amount, "amount");
            if (amount.isZero()) {
                throw new ValidationException("amount of an adjustment must not be zero");
            }
            Args.required(idempotencyKey, "idempotencyKey");
            Args.required(initiatedBy, "initiatedBy");
            note = Args.requiredText(note, "note", CreditTransaction.MAX_NOTE_LENGTH);
        }

        @Override
        public TransactionKind kind() {
            return TransactionKind.ADJUSTMENT;
        }

        @Override
        public Credits signedAmount() {
            return amount;
        }

        @Override
        public String referenceId() {
            return null;
        }
    }

    private static void positive(Credits amount) {
        Args.required(amount, "amount");
        if (!amount.isPositive()) {
            throw new ValidationException("amount must be greater than 0, was " + amount);
        }
    }
}
