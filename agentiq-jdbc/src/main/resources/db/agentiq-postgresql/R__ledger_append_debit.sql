-- PostgreSQL only: a plain debit in one round trip (JdbcLedgerStore.appendDebitIfNew). Through JDBC the same work is
-- seven statements, each a round trip that keeps the wallet locked a little longer; here it is one call.
-- It decides nothing the ledger's rules decide: when the wallet is missing or the key is already used (by an entry or
-- a hold) it returns NULLs, writes nothing, and the ledger takes its general path.
-- Repeatable (R__) so that a changed body replaces the function on the next migration.
CREATE OR REPLACE FUNCTION agentiq_append_debit(
    p_account VARCHAR, p_amount NUMERIC, p_key VARCHAR, p_initiated_by VARCHAR, p_reference_id VARCHAR,
    p_note VARCHAR, p_created_at TIMESTAMP WITH TIME ZONE, p_lock_timeout_ms BIGINT,
    OUT o_id BIGINT, OUT o_balance_after NUMERIC)
LANGUAGE plpgsql VOLATILE AS
$$
BEGIN
    PERFORM set_config('lock_timeout', p_lock_timeout_ms || 'ms', TRUE);
    PERFORM 1 FROM credit_wallets WHERE account_id = p_account FOR UPDATE;
    IF NOT FOUND THEN
        RETURN;
    END IF;
    -- each statement of a volatile function takes a new snapshot at READ COMMITTED, so these see every write
    -- committed by whoever held the wallet before us
    IF EXISTS (SELECT 1 FROM credit_transactions WHERE account_id = p_account AND idempotency_key = p_key)
            OR EXISTS (SELECT 1 FROM credit_holds WHERE account_id = p_account AND idempotency_key = p_key) THEN
        RETURN;
    END IF;
    UPDATE credit_wallets SET balance = balance + p_amount, updated_at = GREATEST(updated_at, p_created_at)
        WHERE account_id = p_account
        RETURNING balance INTO o_balance_after;
    INSERT INTO credit_transactions (account_id, kind, amount, balance_after, idempotency_key, initiated_by,
                                     reference_id, note, created_at)
        VALUES (p_account, 'debit', p_amount, o_balance_after, p_key, p_initiated_by, p_reference_id, p_note,
                p_created_at)
        RETURNING id INTO o_id;
END
$$;
