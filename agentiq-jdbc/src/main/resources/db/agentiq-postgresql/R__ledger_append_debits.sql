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
    v_account VARCHAR;          -- the wallet this call holds locked and is debiting, NULL when none
    v_balance NUMERIC;          -- its balance with this call's debits so far
    v_updated TIMESTAMP WITH TIME ZONE;
    v_dirty   BOOLEAN := FALSE; -- whether v_balance and v_updated are ahead of the stored row
BEGIN
    PERFORM set_config('lock_timeout', p_lock_timeout_ms || 'ms', TRUE);
    FOR i IN 1 .. COALESCE(array_length(p_accounts, 1), 0) LOOP
        -- debits of one wallet arrive next to each other (sorted by account): the wallet is locked and read once for
        -- the run and written once after it, not once per debit
        IF v_account IS DISTINCT FROM p_accounts[i] THEN
            IF v_dirty THEN
                UPDATE credit_wallets SET balance = v_balance, updated_at = v_updated WHERE account_id = v_account;
                v_dirty := FALSE;
            END IF;
            v_account := NULL;
            SELECT balance, updated_at INTO v_balance, v_updated
                FROM credit_wallets WHERE account_id = p_accounts[i] FOR UPDATE;
            CONTINUE WHEN NOT FOUND;
            v_account := p_accounts[i];
        END IF;
        o_id := NULL;
        -- each statement of a volatile function takes a new snapshot at READ COMMITTED, so the hold check sees every
        -- hold committed by whoever held the wallet before us; the unique key decides whether the key is new, with no
        -- lookup whose plan could pick another index (a plan cached while the table was empty once scanned a busy
        -- wallet's whole history per debit; a set-based version of this loop did the same and was dropped)
        INSERT INTO credit_transactions (account_id, kind, amount, balance_after, idempotency_key, initiated_by,
                                         reference_id, note, created_at)
            SELECT p_accounts[i], 'debit', p_amounts[i], v_balance + p_amounts[i], p_keys[i], p_initiated_by[i],
                   p_reference_ids[i], p_notes[i], p_created_at[i]
            WHERE NOT EXISTS (SELECT 1 FROM credit_holds
                              WHERE account_id = p_accounts[i] AND idempotency_key = p_keys[i])
            ON CONFLICT (account_id, idempotency_key) DO NOTHING
            RETURNING id INTO o_id;
        CONTINUE WHEN o_id IS NULL;
        v_balance := v_balance + p_amounts[i];
        v_updated := GREATEST(v_updated, p_created_at[i]);
        v_dirty := TRUE;
        o_index := i;
        o_balance_after := v_balance;
        RETURN NEXT;
    END LOOP;
    IF v_dirty THEN
        UPDATE credit_wallets SET balance = v_balance, updated_at = v_updated WHERE account_id = v_account;
    END IF;
END
$$;
