-- The timeline and the linker look interactions up by seller article as often as by nmID (a seller's article is
-- the only product reference some WB payloads carry). Without this index that lookup scanned every row of the
-- seller: ~13 ms at 20 thousand rows, seconds at a million.
CREATE INDEX ix_interactions_article ON interactions (seller_id, marketplace, product_article);
