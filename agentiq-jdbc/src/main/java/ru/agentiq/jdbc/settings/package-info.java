/**
 * Sellers' runtime settings on the {@code runtime_settings} table: a generic key/value store
 * ({@link ru.agentiq.jdbc.settings.JdbcRuntimeSettings}, one JSON document per seller and namespace) and the typed
 * stores of each settings area on top of it, with snake_case JSON that tolerates unknown fields.
 */
package ru.agentiq.jdbc.settings;
