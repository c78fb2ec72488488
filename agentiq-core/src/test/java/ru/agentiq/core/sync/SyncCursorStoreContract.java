package ru.agentiq.core.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.agentiq.core.ValidationException;
import ru.agentiq.core.interaction.Channel;
import ru.agentiq.core.interaction.SellerId;

/**
 * Conformance kit for {@link SyncCursorStore}: every implementation (in memory, JDBC on H2 and PostgreSQL, your own)
 * extends it. Instants carry microsecond precision, the finest PostgreSQL keeps.
 */
public abstract class SyncCursorStoreContract {

    protected static final SellerId SELLER = SellerId.of(1);
    protected static final SellerId OTHER_SELLER = SellerId.of(2);
    protected static final Instant T0 = Instant.parse("2026-11-20T09:00:00.123456Z");

    protected SyncCursorStore store;

    /** A new, empty store. */
    protected abstract SyncCursorStore newStore();

    @BeforeEach
    void createStore() {
        store = newStore();
    }

    @Test
    void knowsNothingOfASellerThatNeverSynced() {
        assertThat(store.watermark(SELLER, Channel.REVIEW)).isEmpty();
        assertThat(store.cursor(SELLER, Channel.CHAT)).isEmpty();
    }

    @Test
    void keepsOneWatermarkPerChannelAndALaterSaveReplacesIt() {
        store.saveWatermark(SELLER, Channel.REVIEW, T0);
        store.saveWatermark(SELLER, Channel.QUESTION, T0.plusSeconds(60));
        store.saveWatermark(SELLER, Channel.REVIEW, T0.plusSeconds(5));

        assertThat(store.watermark(SELLER, Channel.REVIEW)).contains(T0.plusSeconds(5));
        assertThat(store.watermark(SELLER, Channel.QUESTION)).contains(T0.plusSeconds(60));
        assertThat(store.watermark(SELLER, Channel.CHAT)).isEmpty();
    }

    @Test
    void keepsOneCursorPerChannelTrimmedAndALaterSaveReplacesIt() {
        store.saveCursor(SELLER, Channel.CHAT, " 1732093200000 ");
        store.saveCursor(SELLER, Channel.REVIEW, "page-2");
        store.saveCursor(SELLER, Channel.CHAT, "1732093260000");

        assertThat(store.cursor(SELLER, Channel.CHAT)).contains("1732093260000");
        assertThat(store.cursor(SELLER, Channel.REVIEW)).contains("page-2");
    }

    @Test
    void ignoresABlankOrMissingCursorAndKeepsTheStoredOne() {
        store.saveCursor(SELLER, Channel.CHAT, "42");

        store.saveCursor(SELLER, Channel.CHAT, "   ");
        store.saveCursor(SELLER, Channel.CHAT, null);
        store.saveCursor(SELLER, Channel.QUESTION, "");

        assertThat(store.cursor(SELLER, Channel.CHAT)).contains("42");
        assertThat(store.cursor(SELLER, Channel.QUESTION)).isEmpty();
    }

    @Test
    void keepsWatermarksAndCursorsApart() {
        store.saveCursor(SELLER, Channel.CHAT, "42");
        store.saveWatermark(SELLER, Channel.REVIEW, T0);

        assertThat(store.watermark(SELLER, Channel.CHAT)).isEmpty();
        assertThat(store.cursor(SELLER, Channel.REVIEW)).isEmpty();
    }

    @Test
    void keepsSellersApart() {
        store.saveWatermark(SELLER, Channel.REVIEW, T0);
        store.saveCursor(SELLER, Channel.CHAT, "42");
        store.saveWatermark(OTHER_SELLER, Channel.REVIEW, T0.minusSeconds(3600));

        assertThat(store.watermark(OTHER_SELLER, Channel.REVIEW)).contains(T0.minusSeconds(3600));
        assertThat(store.cursor(OTHER_SELLER, Channel.CHAT)).isEmpty();
        assertThat(store.watermark(SELLER, Channel.REVIEW)).contains(T0);
    }

    @Test
    void keepsAnOpaqueCursorOfAThousandCharactersIntact() {
        String cursor = "курсор-" + "x".repeat(993);

        store.saveCursor(SELLER, Channel.CHAT, cursor);

        assertThat(store.cursor(SELLER, Channel.CHAT)).contains(cursor);
    }

    @Test
    void refusesAMissingWatermark() {
        assertThatThrownBy(() -> store.saveWatermark(SELLER, Channel.REVIEW, null))
                .isInstanceOf(ValidationException.class).hasMessageContaining("watermark");
    }

    @Test
    void concurrentSavesOfOneKeyAllSucceedAndOneOfThemWins() throws Exception {
        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int id = t;
                futures.add(pool.submit(() -> {
                    for (int i = 0; i < 20; i++) {
                        store.saveWatermark(SELLER, Channel.QUESTION, T0.plusSeconds(id));
                        store.saveCursor(SELLER, Channel.CHAT, "c" + id);
                    }
                }));
            }
            for (Future<?> future : futures) {
                future.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(store.watermark(SELLER, Channel.QUESTION)).get()
                .satisfies(w -> assertThat(w).isBetween(T0, T0.plusSeconds(threads - 1)));
        assertThat(store.cursor(SELLER, Channel.CHAT)).get().asString().matches("c[0-7]");
    }
}
