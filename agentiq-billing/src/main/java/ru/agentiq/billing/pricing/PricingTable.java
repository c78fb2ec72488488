package ru.agentiq.billing.pricing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import ru.agentiq.billing.internal.Args;
import ru.agentiq.core.ValidationException;

/**
 * One version of the model multipliers: how many times the base price a model alias costs. Immutable; a change is a
 * new table (see {@link PricingService#updateMultiplier}).
 *
 * @param version       unique name of the version, the seed uses the date ({@code 2026-02-20}); ≤ 32 characters
 * @param label         what changed, for people; nullable
 * @param effectiveFrom first day the version applies; the newest version already in effect is the active one
 * @param multipliers   model alias (lower case) → multiplier, each greater than 0 and at most
 *                      100; sorted by alias
 */
public record PricingTable(String version, String label, LocalDate effectiveFrom, Map<String, BigDecimal> multipliers) {

    public static final int MAX_VERSION_LENGTH = 32;
    public static final int MAX_LABEL_LENGTH = 128;
    public static final int MAX_ALIAS_LENGTH = 64;
    /** Largest multiplier a table may hold (the seed's admin validation). */
    public static final BigDecimal MAX_MULTIPLIER = BigDecimal.valueOf(100);
    /** Multiplier of a model alias the table does not list. */
    public static final BigDecimal DEFAULT_MULTIPLIER = BigDecimal.ONE;

    private static final String MAX_MULTIPLIER_TEXT = "100";

    /** The seed's table: version {@code 2026-02-20}, "Initial pricing". */
    public static final PricingTable INITIAL = new PricingTable("2026-02-20", "Initial pricing",
            LocalDate.of(2026, 2, 20), Map.of(
                    "deepseek", new BigDecimal("0.5"),
                    "gemini-flash", new BigDecimal("0.8"),
                    "gemini-pro", new BigDecimal("1.2"),
                    "gpt-4o-mini", new BigDecimal("1.0"),
                    "gpt-4o", new BigDecimal("2.0"),
                    "claude-haiku", new BigDecimal("0.8"),
                    "claude-sonnet", new BigDecimal("1.5")));

    public PricingTable {
        version = Args.requiredText(version, "version", MAX_VERSION_LENGTH);
        label = Args.optionalText(label, "label", MAX_LABEL_LENGTH);
        Args.required(effectiveFrom, "effectiveFrom");
        Args.required(multipliers, "multipliers");
        Map<String, BigDecimal> checked = new TreeMap<>();
        for (Map.Entry<String, BigDecimal> entry : multipliers.entrySet()) {
            String key = normalizeAlias(entry.getKey());
            if (checked.put(key, checkMultiplier(entry.getValue())) != null) {
                throw new ValidationException("model alias '" + key + "' is listed twice in a pricing table");
            }
        }
        multipliers = Collections.unmodifiableMap(checked);
    }

    /** The multiplier of {@code modelAlias}; {@link #DEFAULT_MULTIPLIER} when the table does not list it. */
    public BigDecimal multiplier(String modelAlias) {
        return multipliers.getOrDefault(normalizeAlias(modelAlias), DEFAULT_MULTIPLIER);
    }

    /** Whether the table lists {@code modelAlias}. */
    public boolean lists(String modelAlias) {
        return multipliers.containsKey(normalizeAlias(modelAlias));
    }

    /** This table with {@code modelAlias} at {@code multiplier} (added when absent). */
    public PricingTable withMultiplier(String modelAlias, BigDecimal multiplier) {
        Map<String, BigDecimal> changed = new TreeMap<>(multipliers);
        changed.put(normalizeAlias(modelAlias), checkMultiplier(multiplier));
        return new PricingTable(version, label, effectiveFrom, changed);
    }

    /** Model aliases are compared trimmed and in lower case. */
    public static String normalizeAlias(String alias) {
        return Args.requiredText(alias, "modelAlias", MAX_ALIAS_LENGTH).toLowerCase(Locale.ROOT);
    }

    /**
     * Checks a multiplier: greater than 0 and at most {@link #MAX_MULTIPLIER}.
     *
     * @throws ValidationException naming the value otherwise
     */
    public static BigDecimal checkMultiplier(BigDecimal multiplier) {
        Args.required(multiplier, "multiplier");
        if (multiplier.signum() <= 0 || multiplier.compareTo(MAX_MULTIPLIER) > 0) {
            throw new ValidationException("multiplier must be greater than 0 and at most " + MAX_MULTIPLIER_TEXT
                    + ", was " + multiplier.toPlainString());
        }
        return multiplier;
    }
}
