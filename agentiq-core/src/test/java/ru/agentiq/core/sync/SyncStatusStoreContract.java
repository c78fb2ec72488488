package ru.agentiq.core.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.agentiq.core.ValidationException;
import ru.agentiq.core.interaction.Channel;
import ru.agentiq.core.interaction.SellerId;

/** Conformance kit for {@link SyncStatusStore}; every implementation extends it. */
public abstract class SyncStatusStoreContract {

    protected static final SellerId SELLER = SellerId.of(1);
    protected static final SellerId OTHER_SELLER = SellerId.of(2);
    protected static final Instant T0 = Instant.parse("2026-11-20T09:00:00.123456Z");

    protected SyncStatusStore store;

    /** A new, empty store. */
    protected abstract SyncStatusStore newStore();

    @BeforeEach
    void createStore() {
        store = newStore();
    }

    @Test
    void knowsNoStatusOfASellerThatNeverSynced() {
        assertThat(store.find(SELLER)).isEmpty();
    }

    @Test
    void readsBackEveryFieldIncludingPerChannelCooldowns() {
        SellerSyncStatus status = new SellerSyncStatus(SELLER, SyncState.ERROR, "WB ответил 429 на /api/v1/questions",
                T0.minusSeconds(3600), T0, T0.plusSeconds(12),
                Map.of(Channel.QUESTION, T0.plusSeconds(60), Channel.CHAT, T0.plusSeconds(600)));

        store.save(status);

        assertThat(store.find(SELLER)).contains(status);
    }

    @Test
    void readsBackAStatusWithoutOptionalFields() {
        SellerSyncStatus idle = SellerSyncStatus.idle(SELLER, T0);

        store.save(idle);

        assertThat(store.find(SELLER)).contains(idle);
    }

    @Test
    void aSaveReplacesTheWholeStatusAndDropsCooldownsItNoLongerHas() {
        store.save(new SellerSyncStatus(SELLER, SyncState.SYNCING, "old failure", null, T0, T0,
                Map.of(Channel.REVIEW, T0.plusSeconds(30), Channel.QUESTION, T0.plusSeconds(30))));
        SellerSyncStatus done = new SellerSyncStatus(SELLER, SyncState.OK, null, T0.plusSeconds(9), T0,
                T0.plusSeconds(9), Map.of(Channel.QUESTION, T0.plusSeconds(45)));

        store.save(done);

        assertThat(store.find(SELLER)).contains(done);
    }

    @Test
    void keepsALastErrorOfTheMaximumLengthIntact() {
        String error = "ошибка ".repeat(100);
        SellerSyncStatus status = new SellerSyncStatus(SELLER, SyncState.ERROR, error, null, T0, T0, Map.of());
        assertThat(status.lastError()).hasSize(SellerSyncStatus.MAX_ERROR_LENGTH);

        store.save(status);

        assertThat(store.find(SELLER)).contains(status);
    }

    @Test
    void keepsSellersApart() {
        store.save(new SellerSyncStatus(SELLER, SyncState.ERROR, "token revoked", null, T0, T0,
                Map.of(Channel.CHAT, T0.plusSeconds(60))));

        assertThat(store.find(OTHER_SELLER)).isEmpty();
        SellerSyncStatus other = SellerSyncStatus.idle(OTHER_SELLER, T0);
        store.save(other);
        assertThat(store.find(OTHER_SELLER)).contains(other);
        assertThat(store.find(SELLER)).get().extracting(SellerSyncStatus::state).isEqualTo(SyncState.ERROR);
    }

    @Test
    void refusesAMissingStatus() {
        assertThatThrownBy(() -> store.save(null)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("status");
    }

    /** A reader must never see the state of one save combined with the cooldowns of another. */
    @Test
    void concurrentSavesAreEachReadBackWhole() throws Exception {
        int writers = 4;
        int savesEach = 25;
        AtomicBoolean writing = new AtomicBoolean(true);
        List<String> torn = new java.util.concurrent.CopyOnWriteArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(writers + 1);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                int writer = w;
                futures.add(pool.submit(() -> {
                    for (int i = 0; i < savesEach; i++) {
                        store.save(numbered(writer * 1000 + i));
                    }
                }));
            }
            Future<?> reader = pool.submit(() -> {
                while (writing.get()) {
                    store.find(SELLER).ifPresent(status -> {
                        if (!status.equals(numbered(Integer.parseInt(status.lastError())))) {
                            torn.add(status.toString());
                        }
                    });
                }
            });
            for (Future<?> future : futures) {
                future.get(60, TimeUnit.SECONDS);
            }
            writing.set(false);
            reader.get(60, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }

        assertThat(torn).isEmpty();
        SellerSyncStatus last = store.find(SELLER).orElseThrow();
        assertThat(last).isEqualTo(numbered(Integer.parseInt(last.lastError())));
    }

    /** Status number {@code n}: every field, cooldowns included, derived from {@code n}. */
    private static SellerSyncStatus numbered(int n) {
        Map<Channel, Instant> cooldowns = n % 2 == 0
                ? Map.of(Channel.REVIEW, T0.plusSeconds(n), Channel.CHAT, T0.plusSeconds(n + 1L))
                : Map.of(Channel.QUESTION, T0.plusSeconds(n));
        return new SellerSyncStatus(SELLER, n % 2 == 0 ? SyncState.SYNCING : SyncState.ERROR, Integer.toString(n),
                null, T0, T0.plusSeconds(n), cooldowns);
    }
}
