-- The seller's reply history by product and intent (plan §5.2 response_history: grounding for drafts) and daily metric
-- facts labelled by data source (plan §14.2 metric_facts). One script for PostgreSQL 15+ and H2 2.x in PostgreSQL mode.

-- one row per seller and interaction: its newest reply. No foreign key to interactions: the history is the seller's
-- record of what was said and outlives the inbox row; the seller id leads every key, so every lookup is scoped by it
CREATE TABLE response_history (
    seller_id       BIGINT                   NOT NULL,
    interaction_id  BIGINT                   NOT NULL,
    marketplace     VARCHAR(50)              NOT NULL,
    channel         VARCHAR(20)              NOT NULL,
    nm_id           VARCHAR(100),
    product_article VARCHAR(100),
    intent          VARCHAR(64),
    reply_text      TEXT                     NOT NULL,
    replied_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (seller_id, interaction_id),
    CONSTRAINT ck_response_history_product CHECK (nm_id IS NOT NULL OR product_article IS NOT NULL)
);

-- a draft's recall: the newest replies on a product, of one intent or of any
CREATE INDEX ix_response_history_nm ON response_history (seller_id, nm_id, replied_at, interaction_id);
CREATE INDEX ix_response_history_nm_intent ON response_history (seller_id, nm_id, intent, replied_at,
    interaction_id);
CREATE INDEX ix_response_history_article ON response_history (seller_id, product_article, replied_at,
    interaction_id);

-- one figure per seller, metric, day, channel ('all' for a figure over every channel) and data source; the key
-- serves the range query (seller, metric, day range), the source filter reads the same index entries
CREATE TABLE metric_facts (
    seller_id    BIGINT                   NOT NULL,
    metric       VARCHAR(64)              NOT NULL,
    fact_day     DATE                     NOT NULL,
    channel      VARCHAR(20)              NOT NULL,
    source       VARCHAR(20)              NOT NULL,
    fact_value   NUMERIC(24, 6)           NOT NULL,
    computed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (seller_id, metric, fact_day, channel, source),
    CONSTRAINT ck_metric_facts_source CHECK (source IN ('wb_api', 'wbcon_fallback', 'demo')),
    CONSTRAINT ck_metric_facts_channel CHECK (channel IN ('all', 'review', 'question', 'chat'))
);
