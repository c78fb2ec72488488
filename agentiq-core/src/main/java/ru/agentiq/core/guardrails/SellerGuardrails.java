package ru.agentiq.core.guardrails;

import java.util.LinkedHashMap;
import java.util.Map;
import ru.agentiq.core.interaction.SellerId;
import ru.agentiq.core.internal.Checks;

/**
 * Per-seller {@link Guardrails}: reads the seller's configuration from a {@link GuardrailsConfigSource} on every call
 * (so changes apply at once) and reuses the compiled automaton for configurations seen before (about 100 KB each
 * for the defaults plus a few phrases). Thread-safe.
 */
public final class SellerGuardrails {

    /** Distinct configurations kept compiled; the least recently used one is dropped beyond this. */
    public static final int DEFAULT_CACHE_SIZE = 256;

    private final GuardrailsConfigSource source;
    private final Map<GuardrailsConfig, Guardrails> compiled;

    public SellerGuardrails(GuardrailsConfigSource source) {
        this(source, DEFAULT_CACHE_SIZE);
    }

    public SellerGuardrails(GuardrailsConfigSource source, int cacheSize) {
        this.source = Checks.required(source, "source");
        int capacity = (int) Checks.positive(cacheSize, "cacheSize");
        this.compiled = new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<GuardrailsConfig, Guardrails> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The guardrails of {@code sellerId}. */
    public Guardrails forSeller(SellerId sellerId) {
        GuardrailsConfig config = source.forSeller(Checks.required(sellerId, "sellerId"));
        if (config == null) {
            throw new IllegalStateException("the guardrails config source returned nothing for seller " + sellerId);
        }
        if (config.equals(GuardrailsConfig.defaults())) {
            return Guardrails.defaults();
        }
        synchronized (compiled) {
            Guardrails cached = compiled.get(config);
            if (cached != null) {
                return cached;
            }
        }
        Guardrails fresh = Guardrails.compile(config);
        synchronized (compiled) {
            compiled.putIfAbsent(config, fresh);
            return compiled.get(config);
        }
    }
}
