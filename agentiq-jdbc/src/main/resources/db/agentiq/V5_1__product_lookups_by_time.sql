-- A product's timeline wants the touches nearest in time to the card, not all of them: with occurred_at in the
-- index the lookup reads the nearest rows on each side of that instant and stops, however busy the product is.
DROP INDEX ix_interactions_nm_id;
CREATE INDEX ix_interactions_nm_id ON interactions (seller_id, marketplace, nm_id, occurred_at);
DROP INDEX ix_interactions_article;
CREATE INDEX ix_interactions_article ON interactions (seller_id, marketplace, product_article, occurred_at);
