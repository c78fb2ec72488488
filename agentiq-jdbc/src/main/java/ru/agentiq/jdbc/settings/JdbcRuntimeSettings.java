package ru.agentiq.jdbc.settings;

import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Jdbi;
import ru.agentiq.core.ValidationException;
import ru.agentiq.core.interaction.SellerId;
import ru.agentiq.core.internal.Checks;
import ru.agentiq.jdbc.internal.Dialect;
import ru.agentiq.jdbc.internal.Timestamps;
import ru.agentiq.jdbc.internal.Transactions;

/**
 * The {@code runtime_settings} table as a key/value store: one JSON text per seller and namespace, replaced whole by
 * an upsert. Every statement is scoped by the seller. The typed stores of this package sit on top of it; use it
 * directly for namespaces of your own.
 */
public final class JdbcRuntimeSettings {

    /** Lower-case letters, digits and {@code _}, starting with a letter, at most 64 characters. */
    private static final Pattern NAMESPACE = Pattern.compile("[a-z][a-z0-9_]{0,63}");
    private static final List<String> KEY = List.of("seller_id", "namespace");

    private final Jdbi jdbi;
    private final Clock clock;
    private final String upsert;

    public JdbcRuntimeSettings(Jdbi jdbi, Dialect dialect, Clock clock) {
        this.jdbi = Checks.required(jdbi, "jdbi");
        this.clock = Checks.required(clock, "clock");
        this.upsert = Checks.required(dialect, "dialect").upsert("runtime_settings", KEY,
                List.of("seller_id", "namespace", "value_json", "updated_at"));
    }

    /** The document stored for the seller under {@code namespace}. */
    public Optional<String> read(SellerId sellerId, String namespace) {
        Checks.required(sellerId, "sellerId");
        checkNamespace(namespace);
        return jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT value_json FROM runtime_settings WHERE seller_id = :seller AND namespace = :namespace")
                .bind("seller", sellerId.value())
                .bind("namespace", namespace)
                .mapTo(String.class)
                .findOne());
    }

    /** The documents stored for the seller under any of {@code namespaces}, by namespace (absent ones left out). */
    public Map<String, String> read(SellerId sellerId, Collection<String> namespaces) {
        Checks.required(sellerId, "sellerId");
        Checks.required(namespaces, "namespaces").forEach(JdbcRuntimeSettings::checkNamespace);
        if (namespaces.isEmpty()) {
            return Map.of();
        }
        Map<String, String> out = new LinkedHashMap<>();
        jdbi.useHandle(handle -> handle.createQuery("SELECT namespace, value_json FROM runtime_settings "
                        + "WHERE seller_id = :seller AND namespace IN (<namespaces>)")
                .bind("seller", sellerId.value())
                .bindList("namespaces", List.copyOf(namespaces))
                .map((rs, ctx) -> Map.entry(rs.getString("namespace"), rs.getString("value_json")))
                .forEach(e -> out.put(e.getKey(), e.getValue())));
        return out;
    }

    /** Stores {@code json} for the seller under {@code namespace}, replacing what was there. */
    public void write(SellerId sellerId, String namespace, String json) {
        Checks.required(sellerId, "sellerId");
        checkNamespace(namespace);
        Checks.required(json, "json");
        Transactions.retrying(jdbi, handle -> handle.createUpdate(upsert)
                .bind("seller_id", sellerId.value())
                .bind("namespace", namespace)
                .bind("value_json", json)
                .bind("updated_at", Timestamps.bind(Checks.micros(clock.instant())))
                .execute());
    }

    /** Removes what the seller stored under any of {@code namespaces}; returns how many documents went. */
    public int delete(SellerId sellerId, Collection<String> namespaces) {
        Checks.required(sellerId, "sellerId");
        Checks.required(namespaces, "namespaces").forEach(JdbcRuntimeSettings::checkNamespace);
        if (namespaces.isEmpty()) {
            return 0;
        }
        return jdbi.withHandle(handle -> handle.createUpdate(
                        "DELETE FROM runtime_settings WHERE seller_id = :seller AND namespace IN (<namespaces>)")
                .bind("seller", sellerId.value())
                .bindList("namespaces", List.copyOf(namespaces))
                .execute());
    }

    static String checkNamespace(String namespace) {
        Checks.required(namespace, "namespace");
        if (!NAMESPACE.matcher(namespace).matches()) {
            throw new ValidationException("namespace must be 1..64 lower-case letters, digits or _ starting with a"
                    + " letter, was '" + namespace + "'");
        }
        return namespace;
    }
}
