package ru.agentiq.jdbc.billing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;
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
        return jdbi.withHandle(handle -> {
            List<PricingTable> tables = new ArrayList<>();
            for (String version : handle.createQuery("SELECT version FROM pricing_versions ORDER BY version")
                    .mapTo(String.class).list()) {
                read(handle, version).ifPresent(tables::add);
            }
            return tables;
        });
    }

    @Override
    public Optional<PricingTable> find(String version) {
        Checks.required(version, "version");
        return jdbi.withHandle(handle -> read(handle, version));
    }

    @Override
    public void save(PricingTable table) {
        Checks.required(table, "table");
        Transactions.retrying(jdbi, handle -> {
            handle.createUpdate("DELETE FROM pricing_multipliers WHERE version = :version")
                    .bind("version", table.version()).execute();
            handle.createUpdate("DELETE FROM pricing_versions WHERE version = :version")
                    .bind("version", table.version()).execute();
            handle.createUpdate("INSERT INTO pricing_versions (version, label, effective_from) "
                            + "VALUES (:version, :label, :effective_from)")
                    .bind("version", table.version())
                    .bind("label", table.label())
                    .bind("effective_from", table.effectiveFrom())
                    .execute();
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

    private static Optional<PricingTable> read(Handle handle, String version) {
        return handle.createQuery("SELECT label, effective_from FROM pricing_versions WHERE version = :version")
                .bind("version", version)
                .map((rs, ctx) -> {
                    Map<String, BigDecimal> multipliers = new LinkedHashMap<>();
                    handle.createQuery("SELECT model_alias, multiplier FROM pricing_multipliers "
                                    + "WHERE version = :version ORDER BY model_alias")
                            .bind("version", version)
                            .map((m, c) -> Map.entry(m.getString("model_alias"), new BigDecimal(m.getString("multiplier"))))
                            .forEach(e -> multipliers.put(e.getKey(), e.getValue()));
                    return new PricingTable(version, rs.getString("label"), rs.getObject("effective_from",
                            LocalDate.class), multipliers);
                })
                .findOne();
    }
}
