-- PostgreSQL only: plain debits in one round trip (JdbcLedgerStore.appendDebitIfNew). Through JDBC each debit is
-- seven statements, each a round trip that keeps the wallet locked a little longer; here one call appends a batch of
-- debits that arrived together (one, when they do not), in the order the arrays give. The caller sorts them by
-- account so that wallets are locked in the same global order as units of work lock them.
-- The function decides nothing the ledger's rules decide: a debit whose wallet is missing or whose key is already
-- used (by an entry or a hold) is skipped — nothing is written for it, no row returned — and the ledger takes its
-- general path for it, which creates the wallet, replays or reports the conflict.
-- Repeatable (R__) so that a changed body replaces the function on the next migration.
CREATE OR REPLACE FUNCTION agentiq_append_debits(
    p_accounts VARCHAR[], p_amounts NUMERIC[], p_keys VARCHAR[], p_initiated_by VARCHAR[], p_reference_ids VARCHAR[],
    p_notes VARCHAR[], p_created_at TIMESTAMP WITH TIME ZONE[], p_lock_timeout_ms BIGINT)
RETURNS TABLE (o_index INTEGER, o_id BIGINT, o_balance_after NUMERIC)
LANGUAGE plpgsql VOLATILE AS
$$
DECLARE
    v_balance NUMERIC;
BEGIN
    PERFORM set_config('lock_timeout', p_lock_timeout_ms || 'ms', TRUE);
    FOR i IN 1 .. COALESCE(array_length(p_accounts, 1), 0) LOOP
        SELECT balance INTO v_balance FROM credit_wallets WHERE account_id = p_accounts[i] FOR UPDATE;
        CONTINUE WHEN NOT FOUND;
        -- each statement of a volatile function takes a new snapshot at READ COMMITTED, so this and the insert below
        -- see every write committed by whoever held the wallet before us
        CONTINUE WHEN EXISTS (SELECT 1 FROM credit_holds
                              WHERE account_id = p_accounts[i] AND idempotency_key = p_keys[i]);
        o_id := NULL;
        o_balance_after := v_balance + p_amounts[i];
        -- the unique key decides whether the key is new: no lookup whose plan could pick another index (a plan
        -- cached while the table was empty once scanned a busy wallet's whole history per debit; a set-based
        -- version of this loop did the same and was dropped)
        INSERT INTO credit_transactions (account_id, kind, amount, balance_after, idempotency_key, initiated_by,
                                         reference_id, note, created_at)
            VALUES (p_accounts[i], 'debit', p_amounts[i], o_balance_after, p_keys[i], p_initiated_by[i],
                    p_reference_ids[i], p_notes[i], p_created_at[i])
            ON CONFLICT (account_id, idempotency_key) DO NOTHING
            RETURNING id INTO o_id;
        CONTINUE WHEN o_id IS NULL;
        UPDATE credit_wallets SET balance = o_balance_after, updated_at = GREATEST(updated_at, p_created_at[i])
            WHERE account_id = p_accounts[i];
        o_index := i;
        RETURN NEXT;
    END LOOP;
END
$$;
