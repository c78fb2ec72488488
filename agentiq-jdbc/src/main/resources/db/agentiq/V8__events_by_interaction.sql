-- Deleting an interaction cascades to its events by interaction_id alone, which the (seller_id, interaction_id, id)
-- index cannot serve: every deleted interaction scanned the whole events table (minutes for a few thousand rows at
-- production size). An interaction id belongs to one seller, so (interaction_id, id) serves the card's
-- seller-scoped lookup just as well, and the cascade too.
DROP INDEX ix_interaction_events_interaction;
CREATE INDEX ix_interaction_events_interaction ON interaction_events (interaction_id, id);
