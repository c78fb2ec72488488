-- Synchronisation state, reply idempotency records, the per-seller sync lock, and the WB connector's shared rate
-- budget and encrypted credentials. One script for PostgreSQL 15+ and H2 2.x in PostgreSQL mode.
-- Every table is keyed by its tenant first (seller, or the rate budget's account), so every query is scoped by it.

-- the newest occurred_at a successful run stored, per seller and listing channel
CREATE TABLE sync_watermarks (
    seller_id BIGINT                   NOT NULL,
    channel   VARCHAR(20)              NOT NULL,
    watermark TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (seller_id, channel)
);

-- the source's opaque position, per seller and stream channel (WB chat events: an integer as text)
CREATE TABLE sync_cursors (
    seller_id    BIGINT        NOT NULL,
    channel      VARCHAR(20)   NOT NULL,
    cursor_value VARCHAR(2000) NOT NULL,
    PRIMARY KEY (seller_id, channel)
);

CREATE TABLE sync_statuses (
    seller_id       BIGINT                   NOT NULL PRIMARY KEY,
    state           VARCHAR(16)              NOT NULL,
    last_error      VARCHAR(500),
    last_success_at TIMESTAMP WITH TIME ZONE,
    started_at      TIMESTAMP WITH TIME ZONE,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT ck_sync_statuses_state CHECK (state IN ('idle', 'syncing', 'ok', 'error'))
);

-- per channel, the instant before which the source must not be asked again (WB answered 429)
CREATE TABLE sync_cooldowns (
    seller_id BIGINT                   NOT NULL REFERENCES sync_statuses (seller_id) ON DELETE CASCADE,
    channel   VARCHAR(20)              NOT NULL,
    until_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (seller_id, channel)
);

-- one lease per seller; a row whose expires_at has passed is free for the next taker
CREATE TABLE sync_locks (
    seller_id   BIGINT                   NOT NULL PRIMARY KEY,
    lease_token VARCHAR(36)              NOT NULL,
    acquired_at TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

-- one idempotent reply per seller and key, written before anything is sent
CREATE TABLE reply_attempts (
    seller_id       BIGINT                   NOT NULL,
    idempotency_key VARCHAR(200)             NOT NULL,
    interaction_id  BIGINT                   NOT NULL,
    reply_text      TEXT                     NOT NULL,
    state           VARCHAR(16)              NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (seller_id, idempotency_key),
    CONSTRAINT ck_reply_attempts_state CHECK (state IN ('pending', 'delivered', 'completed', 'failed'))
);

-- WB rate-limit buckets shared by every application instance, as a generic cell rate algorithm (an exact token
-- bucket): next_free_nanos is the theoretical arrival time of the next request in epoch nanoseconds; a request is
-- allowed at t when next_free_nanos - t <= (burst - 1) * interval_nanos, and then moves it one interval on
CREATE TABLE wb_rate_buckets (
    account         VARCHAR(200)             NOT NULL,
    token_type      VARCHAR(16)              NOT NULL,
    category        VARCHAR(32)              NOT NULL,
    next_free_nanos BIGINT                   NOT NULL,
    interval_nanos  BIGINT                   NOT NULL,
    burst           INTEGER                  NOT NULL,
    blocked_until   TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (account, token_type, category)
);

-- sellers' WB tokens, AES-256-GCM encrypted: a random 96-bit nonce per write, the seller id and key id as associated
-- data (a row copied to another seller does not decrypt), key_check tells a wrong key from altered data
CREATE TABLE wb_credentials (
    seller_id         BIGINT                   NOT NULL PRIMARY KEY,
    key_id            VARCHAR(64)              NOT NULL,
    key_check         VARCHAR(16)              NOT NULL,
    nonce             BYTEA                    NOT NULL,
    ciphertext        BYTEA                    NOT NULL,
    token_fingerprint VARCHAR(12)              NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX ix_wb_credentials_key ON wb_credentials (key_id);
