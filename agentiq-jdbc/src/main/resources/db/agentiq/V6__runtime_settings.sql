-- Sellers' runtime settings: one JSON document per seller and namespace (the seed's RuntimeSetting keys
-- sla_config_v1, ai_settings_v1, general_settings_v1, promo_settings_v1, …), replaced whole on every write.
-- One script for PostgreSQL 15+ and H2 2.x in PostgreSQL mode; value_json is JSON text (not jsonb) so both read it alike.
CREATE TABLE runtime_settings (
    seller_id  BIGINT                   NOT NULL,
    namespace  VARCHAR(64)              NOT NULL,
    value_json TEXT                     NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (seller_id, namespace)
);
