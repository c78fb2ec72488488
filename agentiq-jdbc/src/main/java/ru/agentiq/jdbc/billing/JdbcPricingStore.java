package ru.agentiq.jdbc.billing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.Query;
import ru.agentiq.billing.pricing.PricingStore;
import ru.agentiq.billing.pricing.PricingTable;
import ru.agentiq.core.internal.Checks;
import ru.agentiq.jdbc.internal.Transactions;

/** {@link PricingStore} on {@code pricing_versions} and {@code pricing_multipliers}; a save replaces a version whole. */
public final class JdbcPricingStore implements PricingStore {

    private final Jdbi jdbi;

    public JdbcPricingStore(Jdbi jdbi) {
        this.jdbi = Checks.required(jdbi, "jdbi");
    }

    @Override
    public List<PricingTable> tables() {
        return jdbi.withHandle(handle -> read(handle.createQuery(SELECT + " ORDER BY v.version, m.model_alias")));
    }

    /** Empty for a null or unknown version; the version is compared trimmed, as {@link PricingTable} stores it. */
    @Override
    public Optional<PricingTable> find(String version) {
        if (version == null) {
            return Optional.empty();
        }
        return jdbi.withHandle(handle -> read(handle.createQuery(SELECT + " WHERE v.version = :version "
                + "ORDER BY m.model_alias").bind("version", version.strip()))).stream().findFirst();
    }

    /**
     * Replaces the version whole in one transaction. The version row is updated before it is inserted so that racing
     * writers of one version queue on its row lock (each then replaces the multipliers the previous one committed)
     * instead of failing on the primary key; the one insert race left is retried by {@link Transactions}.
     */
    @Override
    public void save(PricingTable table) {
        Checks.required(table, "table");
        Transactions.retrying(jdbi, handle -> {
            int updated = handle.createUpdate("UPDATE pricing_versions SET label = :label, "
                            + "effective_from = :effective_from WHERE version = :version")
                    .bind("version", table.version())
                    .bind("label", table.label())
                    .bind("effective_from", table.effectiveFrom())
                    .execute();
            if (updated == 0) {
                handle.createUpdate("INSERT INTO pricing_versions (version, label, effective_from) "
                                + "VALUES (:version, :label, :effective_from)")
                        .bind("version", table.version())
                        .bind("label", table.label())
                        .bind("effective_from", table.effectiveFrom())
                        .execute();
            }
            handle.createUpdate("DELETE FROM pricing_multipliers WHERE version = :version")
                    .bind("version", table.version()).execute();
            if (!table.multipliers().isEmpty()) {
                PreparedBatch batch = handle.prepareBatch("INSERT INTO pricing_multipliers "
                        + "(version, model_alias, multiplier) VALUES (:version, :alias, :multiplier)");
                table.multipliers().forEach((alias, multiplier) -> batch.bind("version", table.version())
                        .bind("alias", alias).bind("multiplier", multiplier.toString()).add());
                batch.execute();
            }
            return null;
        });
    }

    /**
     * Tables and their multipliers come from one statement: two separate reads could pair one writer's version row
     * with another writer's multipliers.
     */
    private static final String SELECT = "SELECT v.version, v.label, v.effective_from, m.model_alias, m.multiplier "
            + "FROM pricing_versions v LEFT JOIN pricing_multipliers m ON m.version = v.version";

    private static List<PricingTable> read(Query query) {
        Map<String, PricingTable> tables = new LinkedHashMap<>();
        Map<String, Map<String, BigDecimal>> multipliers = new LinkedHashMap<>();
        query.map((rs, ctx) -> {
            String version = rs.getString("version");
            Map<String, BigDecimal> of = multipliers.computeIfAbsent(version, v -> new LinkedHashMap<>());
            String alias = rs.getString("model_alias");
            if (alias != null) {
                of.put(alias, new BigDecimal(rs.getString("multiplier")));
            }
            tables.putIfAbsent(version, new PricingTable(version, rs.getString("label"),
                    rs.getObject("effective_from", LocalDate.class), Map.of()));
            return version;
        }).forEach(version -> { });
        List<PricingTable> result = new ArrayList<>(tables.size());
        tables.forEach((version, head) -> result.add(new PricingTable(version, head.label(), head.effectiveFrom(),
                multipliers.get(version))));
        return result;
    }
}
