package ru.agentiq.core.draft;

import java.util.LinkedHashMap;
import java.util.Map;
import ru.agentiq.core.internal.Checks;

/**
 * What a product card says, for grounding (seed §h.7).
 *
 * @param nmId        WB article
 * @param name        product name; nullable
 * @param brand       brand; nullable
 * @param category    category (with subcategory, {@code "A > B"}); nullable
 * @param description description; nullable
 * @param options     characteristic name → value, in card order
 */
public record ProductCard(String nmId, String name, String brand, String category, String description,
        Map<String, String> options) {

    /** Longest grounding text of one card (seed: 500). */
    public static final int MAX_CONTEXT_LENGTH = 500;
    public static final int MAX_DESCRIPTION = 150;
    public static final int MAX_OPTIONS = 8;

    public ProductCard {
        nmId = Checks.requiredText(nmId, "nmId", 100);
        options = options == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(options));
    }

    /** The card as one grounding paragraph, at most {@value #MAX_CONTEXT_LENGTH} characters. */
    public String context() {
        StringBuilder sb = new StringBuilder();
        append(sb, "Товар", name);
        append(sb, "Бренд", brand);
        append(sb, "Категория", category);
        if (description != null && !description.isBlank()) {
            String d = description.strip();
            append(sb, "Описание", d.length() > MAX_DESCRIPTION ? d.substring(0, MAX_DESCRIPTION) + "…" : d);
        }
        if (!options.isEmpty()) {
            StringBuilder o = new StringBuilder();
            options.entrySet().stream().limit(MAX_OPTIONS).forEach(e -> {
                if (o.length() > 0) {
                    o.append(", ");
                }
                o.append(e.getKey()).append(": ").append(e.getValue());
            });
            append(sb, "Характеристики", o.toString());
        }
        String text = sb.toString().strip();
        return text.length() > MAX_CONTEXT_LENGTH ? text.substring(0, MAX_CONTEXT_LENGTH) : text;
    }

    private static void append(StringBuilder sb, String label, String value) {
        if (value != null && !value.isBlank()) {
            sb.append(label).append(": ").append(value.strip()).append(". ");
        }
    }
}
