-- PostgreSQL only (H2 has no partial indexes). Version numbers are shared with db/agentiq: the next migration of
-- either location takes the next free number.
--
-- An idempotency-key lookup, (account_id, idempotency_key), must use its unique index. Before statistics exist the
-- planner rated the refund index (account_id, refund_of) as cheap as the unique one, picked it, and then filtered
-- every entry of the account by key: on one busy wallet each debit grew slower with the wallet's history (15,000
-- entries, 5 ms a debit). Partial indexes hold only the rows their queries ask for — refunds, active holds — so
-- they can no longer be chosen for a key lookup, and they stay small.
DROP INDEX ix_credit_transactions_refund_of;
CREATE INDEX ix_credit_transactions_refund_of ON credit_transactions (account_id, refund_of)
    WHERE refund_of IS NOT NULL;

DROP INDEX ix_credit_holds_active;
CREATE INDEX ix_credit_holds_active ON credit_holds (account_id, expires_at) WHERE status = 'held';
