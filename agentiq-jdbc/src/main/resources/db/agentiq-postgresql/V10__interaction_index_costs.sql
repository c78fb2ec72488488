-- PostgreSQL only (H2 has neither partial indexes nor per-column collations of this form). Version numbers are shared
-- with db/agentiq: the next migration of either location takes the next free number.
--
-- Ingest cost is index maintenance: twelve B-tree inserts per interaction, most of their time spent comparing keys.
--
-- 1. The reference indexes hold only rows that have the reference. A timeline or linking lookup asks for one value
--    (`customer_id = ?`), which implies the value is not null, so a partial index serves it; WB reviews and questions
--    carry no buyer or order id, so most rows now skip two of the four index inserts.
-- 2. Identifier columns compare byte by byte (COLLATE "C") instead of through the database locale. AgentIQ only ever
--    tests them for equality (and equality under a deterministic locale is byte equality already), never sorts by
--    them, and searches a separate lower-cased column, so no result changes; a key comparison stops calling strcoll.
DROP INDEX ix_interactions_nm_id;
DROP INDEX ix_interactions_article;
DROP INDEX ix_interactions_customer;
DROP INDEX ix_interactions_order;

-- changing only the collation keeps the rows where they are; the indexes on these columns are rebuilt once
ALTER TABLE interactions
    ALTER COLUMN marketplace     TYPE VARCHAR(50)  COLLATE "C",
    ALTER COLUMN channel         TYPE VARCHAR(20)  COLLATE "C",
    ALTER COLUMN external_id     TYPE VARCHAR(255) COLLATE "C",
    ALTER COLUMN customer_id     TYPE VARCHAR(100) COLLATE "C",
    ALTER COLUMN order_id        TYPE VARCHAR(100) COLLATE "C",
    ALTER COLUMN nm_id           TYPE VARCHAR(100) COLLATE "C",
    ALTER COLUMN product_article TYPE VARCHAR(100) COLLATE "C",
    ALTER COLUMN status          TYPE VARCHAR(20)  COLLATE "C",
    ALTER COLUMN priority        TYPE VARCHAR(20)  COLLATE "C",
    ALTER COLUMN source          TYPE VARCHAR(30)  COLLATE "C";

CREATE INDEX ix_interactions_nm_id ON interactions (seller_id, marketplace, nm_id, occurred_at)
    WHERE nm_id IS NOT NULL;
CREATE INDEX ix_interactions_article ON interactions (seller_id, marketplace, product_article, occurred_at)
    WHERE product_article IS NOT NULL;
CREATE INDEX ix_interactions_customer ON interactions (seller_id, marketplace, customer_id)
    WHERE customer_id IS NOT NULL;
CREATE INDEX ix_interactions_order ON interactions (seller_id, marketplace, order_id)
    WHERE order_id IS NOT NULL;
