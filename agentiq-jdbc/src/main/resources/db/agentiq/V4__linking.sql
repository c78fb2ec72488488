-- Cross-channel link candidates (one JSON document of up to five candidates per interaction, read whole with the
-- card) and buyer profiles (one row per seller, marketplace and buyer id; anonymous buyers are never stored).

CREATE TABLE interaction_links (
    interaction_id BIGINT                   NOT NULL PRIMARY KEY REFERENCES interactions (id) ON DELETE CASCADE,
    seller_id      BIGINT                   NOT NULL,
    candidates     TEXT                     NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX ix_interaction_links_seller ON interaction_links (seller_id, interaction_id);

CREATE TABLE customer_profiles (
    seller_id           BIGINT                   NOT NULL,
    marketplace         VARCHAR(50)              NOT NULL,
    customer_id         VARCHAR(100)             NOT NULL,
    display_name        VARCHAR(255),
    total_interactions  INTEGER                  NOT NULL,
    reviews             INTEGER                  NOT NULL,
    questions           INTEGER                  NOT NULL,
    chats               INTEGER                  NOT NULL,
    rating_sum          BIGINT                   NOT NULL,
    rating_count        INTEGER                  NOT NULL,
    low_rating_reviews  INTEGER                  NOT NULL,
    first_interaction_at TIMESTAMP WITH TIME ZONE,
    last_interaction_at TIMESTAMP WITH TIME ZONE,
    recent_ratings      TEXT                     NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (seller_id, marketplace, customer_id)
);
