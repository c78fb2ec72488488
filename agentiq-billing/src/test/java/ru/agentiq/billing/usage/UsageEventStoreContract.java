package ru.agentiq.billing.usage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static ru.agentiq.billing.usage.UsageFixtures.call;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.agentiq.billing.AccountId;
import ru.agentiq.billing.ledger.LedgerStore;

/**
 * Conformance kit for {@link UsageEventStore}, together with the {@link LedgerStore} whose units of work it joins.
 * Shipped in this module's test jar.
 */
public abstract class UsageEventStoreContract {

    protected static final AccountId ALICE = AccountId.of("alice");
    protected static final AccountId BOB = AccountId.of("bob");
    protected static final Instant T0 = Instant.parse("2026-03-02T10:00:00Z");

    protected LedgerStore ledger;
    protected UsageEventStore usage;

    /** A new, empty ledger store. */
    protected abstract LedgerStore createLedgerStore();

    /** A new, empty usage store whose appends join units of {@code ledgerStore}. */
    protected abstract UsageEventStore createUsageStore(LedgerStore ledgerStore);

    @BeforeEach
    void openStores() {
        ledger = createLedgerStore();
        usage = createUsageStore(ledger);
    }

    protected LlmCallEvent append(LlmCall call) {
        return ledger.inUnitOfWork(unit -> usage.append(unit, call));
    }

    @Test
    void anAppendedEventIsReadBackWithItsId() {
        LlmCallEvent event = append(call(ALICE, "r1", "deepseek", "0.055", T0));
        assertThat(event.id()).isPositive();
        assertThat(usage.findByRequestId(ALICE, "r1")).contains(event);
        assertThat(usage.count(ALICE)).isEqualTo(1);
    }

    @Test
    void anEventCommitsWithItsUnitAndNeverWithoutIt() {
        assertThatThrownBy(() -> ledger.inUnitOfWork(unit -> {
            usage.append(unit, call(ALICE, "r1", "deepseek", "0.055", T0));
            throw new IllegalStateException("debit failed");
        })).hasMessage("debit failed");
        assertThat(usage.findByRequestId(ALICE, "r1")).isEmpty();
        assertThat(usage.count(ALICE)).isZero();
        ledger.inUnitOfWork(unit -> {
            usage.append(unit, call(ALICE, "r1", "deepseek", "0.055", T0));
            assertThat(usage.findByRequestId(ALICE, "r1")).as("not visible before commit").isEmpty();
            return null;
        });
        assertThat(usage.findByRequestId(ALICE, "r1")).isPresent();
    }

    @Test
    void aRequestIdIsUniqueWithinAnAccount() {
        append(call(ALICE, "r1", "deepseek", "0.055", T0));
        assertThatThrownBy(() -> append(call(ALICE, "r1", "gpt-4o", "1", T0)))
                .isInstanceOf(DuplicateRequestIdException.class)
                .hasMessage("a usage event with request id 'r1' already exists for account 'alice'");
        assertThat(append(call(BOB, "r1", "deepseek", "0.055", T0)).call().account()).isEqualTo(BOB);
        assertThat(usage.count(ALICE)).isEqualTo(1);
    }

    @Test
    void twoAppendsOfOneRequestIdInOneUnitRollItBack() {
        assertThatThrownBy(() -> ledger.inUnitOfWork(unit -> {
            usage.append(unit, call(ALICE, "r1", "deepseek", "0.055", T0));
            usage.append(unit, call(ALICE, "r1", "deepseek", "0.055", T0));
            return null;
        })).isInstanceOf(DuplicateRequestIdException.class);
        assertThat(usage.count(ALICE)).isZero();
    }

    @Test
    void ofConcurrentAppendsOfOneRequestIdExactlyOneCommits() throws Exception {
        int threads = 8;
        CyclicBarrier start = new CyclicBarrier(threads);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<Boolean>> results = new ArrayList<>();
        try {
            for (int i = 0; i < threads; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    try {
                        append(call(ALICE, "same", "deepseek", "0.055", T0));
                        return true;
                    } catch (DuplicateRequestIdException e) {
                        return false;
                    }
                }));
            }
            int committed = 0;
            for (Future<Boolean> result : results) {
                committed += result.get() ? 1 : 0;
            }
            assertThat(committed).isEqualTo(1);
        } finally {
            pool.shutdown();
        }
        assertThat(usage.count(ALICE)).isEqualTo(1);
    }

    @Test
    void findFiltersByAccountModelAndTimeOldestFirst() {
        append(call(ALICE, "r2", "gpt-4o", "1", T0.plusSeconds(60)));
        append(call(ALICE, "r1", "deepseek", "0.5", T0));
        append(call(BOB, "r3", "deepseek", "0.5", T0.plusSeconds(30)));
        assertThat(usage.find(UsageFilter.all())).extracting(e -> e.call().requestId())
                .containsExactly("r1", "r3", "r2");
        assertThat(usage.find(new UsageFilter(ALICE, null, null, null))).extracting(e -> e.call().requestId())
                .containsExactly("r1", "r2");
        assertThat(usage.find(new UsageFilter(null, "DeepSeek", null, null))).extracting(e -> e.call().requestId())
                .containsExactly("r1", "r3");
        assertThat(usage.find(new UsageFilter(null, null, T0.plusSeconds(30), T0.plusSeconds(60))))
                .extracting(e -> e.call().requestId()).containsExactly("r3");
    }

    @Test
    void recentListsTheAccountsOwnEventsNewestFirst() {
        for (int i = 0; i < 5; i++) {
            append(call(ALICE, "r" + i, "deepseek", "0.1", T0.plusSeconds(i)));
        }
        append(call(BOB, "b", "deepseek", "0.1", T0.plusSeconds(99)));
        assertThat(usage.recent(ALICE, 2, 0)).extracting(e -> e.call().requestId()).containsExactly("r4", "r3");
        assertThat(usage.recent(ALICE, 2, 4)).extracting(e -> e.call().requestId()).containsExactly("r0");
        assertThat(usage.count(BOB)).isEqualTo(1);
    }
}
