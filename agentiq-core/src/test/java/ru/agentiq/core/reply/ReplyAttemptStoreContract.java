package ru.agentiq.core.reply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.agentiq.core.ValidationException;
import ru.agentiq.core.interaction.InteractionId;
import ru.agentiq.core.interaction.SellerId;

/**
 * Conformance kit for {@link ReplyAttemptStore}: one attempt per seller and idempotency key, claimed atomically. Note
 * that {@link ReplyService} tells its own claim from an existing one by identity, so {@code putIfAbsent} must return
 * the very object it stored.
 */
public abstract class ReplyAttemptStoreContract {

    protected static final SellerId SELLER = SellerId.of(1);
    protected static final SellerId OTHER_SELLER = SellerId.of(2);
    protected static final Instant T0 = Instant.parse("2026-11-20T09:00:00.123456Z");

    protected ReplyAttemptStore store;

    /** A new, empty store. */
    protected abstract ReplyAttemptStore newStore();

    @BeforeEach
    void createStore() {
        store = newStore();
    }

    protected static ReplyAttempt attempt(SellerId seller, String key, String text) {
        return new ReplyAttempt(seller, key, InteractionId.of(7), text, ReplyAttempt.State.PENDING, T0, T0);
    }

    @Test
    void aFreeKeyIsClaimedAndTheStoredAttemptItselfIsReturned() {
        ReplyAttempt mine = attempt(SELLER, "reply-1", "Спасибо за отзыв!");

        assertThat(store.putIfAbsent(mine)).isSameAs(mine);
        assertThat(store.find(SELLER, "reply-1")).contains(mine);
    }

    @Test
    void aTakenKeyReturnsTheExistingAttemptAndKeepsIt() {
        ReplyAttempt first = attempt(SELLER, "reply-1", "Спасибо за отзыв!");
        store.putIfAbsent(first);

        ReplyAttempt again = store.putIfAbsent(attempt(SELLER, "reply-1", "Другой текст"));

        assertThat(again).isEqualTo(first);
        assertThat(store.find(SELLER, "reply-1")).contains(first);
    }

    @Test
    void updateReplacesTheStoredAttempt() {
        ReplyAttempt pending = attempt(SELLER, "reply-1", "Спасибо!");
        store.putIfAbsent(pending);
        ReplyAttempt delivered = pending.withState(ReplyAttempt.State.DELIVERED, T0.plusSeconds(2));

        store.update(delivered);
        ReplyAttempt completed = delivered.withState(ReplyAttempt.State.COMPLETED, T0.plusSeconds(3));
        store.update(completed);

        assertThat(store.find(SELLER, "reply-1")).contains(completed);
        assertThat(store.putIfAbsent(attempt(SELLER, "reply-1", "Спасибо!"))).isEqualTo(completed);
    }

    @Test
    void keysAreScopedBySeller() {
        ReplyAttempt mine = attempt(SELLER, "reply-1", "Ответ продавца 1");
        store.putIfAbsent(mine);

        assertThat(store.find(OTHER_SELLER, "reply-1")).isEmpty();
        ReplyAttempt theirs = attempt(OTHER_SELLER, "reply-1", "Ответ продавца 2");
        assertThat(store.putIfAbsent(theirs)).isSameAs(theirs);
        store.update(theirs.withState(ReplyAttempt.State.FAILED, T0.plusSeconds(1)));

        assertThat(store.find(SELLER, "reply-1")).contains(mine);
    }

    @Test
    void keysAreExactNotCaseOrBlankInsensitive() {
        store.putIfAbsent(attempt(SELLER, "Reply-1", "a"));

        assertThat(store.find(SELLER, "reply-1")).isEmpty();
        assertThat(store.find(SELLER, "Reply-1 ")).isEmpty();
    }

    @Test
    void keepsTheLongestKeyAndTextIntact() {
        String key = "k".repeat(ReplyService.MAX_KEY_LENGTH);
        String text = "Здравствуйте! ".repeat(ReplyService.MAX_TEXT_LENGTH / 14) + "ё".repeat(
                ReplyService.MAX_TEXT_LENGTH % 14);
        assertThat(text).hasSize(ReplyService.MAX_TEXT_LENGTH);
        ReplyAttempt attempt = attempt(SELLER, key, text);

        store.putIfAbsent(attempt);

        assertThat(store.find(SELLER, key)).contains(attempt);
    }

    @Test
    void findsNothingForAnUnknownKey() {
        assertThat(store.find(SELLER, "never-used")).isEmpty();
    }

    @Test
    void refusesAMissingAttempt() {
        assertThatThrownBy(() -> store.putIfAbsent(null)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> store.update(null)).isInstanceOf(ValidationException.class);
    }

    @Test
    void ofManyConcurrentClaimsOfOneKeyExactlyOneWinsAndAllSeeTheWinner() throws Exception {
        int claimants = 12;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(claimants);
        List<ReplyAttempt> offered = new ArrayList<>();
        List<Future<ReplyAttempt>> results = new ArrayList<>();
        try {
            for (int i = 0; i < claimants; i++) {
                ReplyAttempt candidate = attempt(SELLER, "race", "text " + i);
                offered.add(candidate);
                results.add(pool.submit(() -> {
                    start.await();
                    return store.putIfAbsent(candidate);
                }));
            }
            start.countDown();
            List<ReplyAttempt> returned = new ArrayList<>();
            for (Future<ReplyAttempt> result : results) {
                returned.add(result.get(60, TimeUnit.SECONDS));
            }

            ReplyAttempt winner = store.find(SELLER, "race").orElseThrow();
            assertThat(returned).allSatisfy(r -> assertThat(r).isEqualTo(winner));
            long ownClaims = 0;
            for (int i = 0; i < claimants; i++) {
                ownClaims += returned.get(i) == offered.get(i) ? 1 : 0;
            }
            assertThat(ownClaims).as("claimants that got their own attempt back").isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }
}
