package ru.agentiq.core.draft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import ru.agentiq.core.testing.MutableClock;

class CachingProductCatalogTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-20T12:00:00Z"));
    private final AtomicInteger calls = new AtomicInteger();
    private RuntimeException failure;

    private final ProductCatalog source = nmId -> {
        calls.incrementAndGet();
        if (failure != null) {
            throw failure;
        }
        return nmId.startsWith("0") ? Optional.empty()
                : Optional.of(new ProductCard(nmId, "Рюкзак " + nmId, "Brand", "Сумки > Рюкзаки", null, Map.of()));
    };

    @Test
    void servesACardFromCacheUntilTheTtlEnds() {
        CachingProductCatalog catalog = new CachingProductCatalog(source, clock);
        catalog.find("123");
        clock.advance(Duration.ofHours(1).minusNanos(1000));
        catalog.find("123");
        assertThat(calls).hasValue(1);

        clock.advance(Duration.ofNanos(1000));
        catalog.find("123");
        assertThat(calls).hasValue(2);
    }

    @Test
    void unknownProductsAreCachedToo() {
        CachingProductCatalog catalog = new CachingProductCatalog(source, clock);
        assertThat(catalog.find("0001")).isEmpty();
        assertThat(catalog.find("0001")).isEmpty();
        assertThat(calls).hasValue(1);
    }

    @Test
    void aFailingSourceServesTheStaleCardOrPropagates() {
        CachingProductCatalog catalog = new CachingProductCatalog(source, clock);
        catalog.find("123");
        clock.advance(Duration.ofHours(2));
        failure = new IllegalStateException("CDN down");

        assertThat(catalog.find("123")).map(ProductCard::name).contains("Рюкзак 123");
        assertThatThrownBy(() -> catalog.find("456")).hasMessage("CDN down");
    }

    @Test
    void dropsTheOldestFifthWhenFull() {
        CachingProductCatalog catalog = new CachingProductCatalog(source, clock, Duration.ofHours(1), 10);
        for (int i = 1; i <= 10; i++) {
            catalog.find("p" + i);
        }
        catalog.find("p11");
        assertThat(catalog.size()).isEqualTo(9);
        int before = calls.get();
        catalog.find("p3");
        assertThat(calls.get()).isEqualTo(before);
        catalog.find("p1");
        assertThat(calls.get()).isEqualTo(before + 1);
    }

    @Test
    void cardContextIsBoundedAndSkipsMissingParts() {
        ProductCard card = new ProductCard("1", "Рюкзак", null, "Сумки", "д".repeat(400),
                Map.of("Цвет", "чёрный"));
        assertThat(card.context()).startsWith("Товар: Рюкзак. Категория: Сумки. Описание: ")
                .contains("Характеристики: Цвет: чёрный.").doesNotContain("Бренд");
        assertThat(card.context().length()).isLessThanOrEqualTo(ProductCard.MAX_CONTEXT_LENGTH);
    }
}
