package ru.agentiq.core.draft;

import java.util.Optional;

/**
 * Port: product cards by WB article (the seed read WB's public card CDN; the WB connector ships that adapter). Must be
 * thread-safe; may be slow, so wrap it in a {@link CachingProductCatalog}.
 */
@FunctionalInterface
public interface ProductCatalog {

    /**
     * The card of {@code nmId}; empty when the product is unknown.
     *
     * @throws RuntimeException when the catalog cannot be reached (grounding then goes on without the card)
     */
    Optional<ProductCard> find(String nmId);

    /** A catalog that knows nothing. */
    static ProductCatalog none() {
        return nmId -> Optional.empty();
    }
}
