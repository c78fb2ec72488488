package ru.agentiq.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import ru.agentiq.core.interaction.Channel;
import ru.agentiq.core.interaction.InteractionId;
import ru.agentiq.core.interaction.SellerId;
import ru.agentiq.core.reply.ReplyAttempt;
import ru.agentiq.core.sync.SellerSyncStatus;
import ru.agentiq.core.sync.SyncState;
import ru.agentiq.jdbc.testing.TestDatabases;
import ru.agentiq.jdbc.wb.CredentialKeys;
import ru.agentiq.jdbc.wb.JdbcWbAdapters;
import ru.agentiq.wb.auth.ApiCategory;
import ru.agentiq.wb.auth.TokenType;
import ru.agentiq.wb.auth.WbToken;
import ru.agentiq.wb.ratelimit.BudgetKey;
import ru.agentiq.wb.ratelimit.Limit;
import ru.agentiq.wb.ratelimit.RateBudget;
import ru.agentiq.wb.testing.Tokens;

/**
 * Seller B never sees, takes or changes seller A's rows in the sync, reply and WB tables: watermarks, cursors,
 * statuses and cooldowns, sync locks, reply attempts, credentials, rate buckets — and a key that is hostile SQL is just
 * a key.
 */
class SyncTenantIsolationTest {

    private static final SellerId A = SellerId.of(1);
    private static final SellerId B = SellerId.of(2);
    private static final Instant NOW = Instant.parse("2026-11-20T09:00:00Z");

    static Stream<Arguments> databases() {
        return Stream.of(Arguments.of("h2", TestDatabases.h2()), Arguments.of("postgres", TestDatabases.postgres()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void sellerBNeverSeesOrChangesSellerAsRows(String name, DataSource database) {
        AgentIqJdbc jdbc = AgentIqJdbc.builder(database).migrate(false).clock(Clock.fixed(NOW, ZoneOffset.UTC))
                .build();
        JdbcWbAdapters wb = JdbcWbAdapters.create(jdbc, CredentialKeys.of("k1", CredentialKeys.generateKey()));
        jdbc.syncCursors().saveWatermark(A, Channel.REVIEW, NOW);
        jdbc.syncCursors().saveCursor(A, Channel.CHAT, "1732093200000");
        SellerSyncStatus statusA = new SellerSyncStatus(A, SyncState.ERROR, "429", null, NOW, NOW,
                Map.of(Channel.QUESTION, NOW.plusSeconds(60)));
        jdbc.syncStatuses().save(statusA);
        jdbc.syncLock().tryAcquire(A, Duration.ofMinutes(30)).orElseThrow();
        ReplyAttempt attemptA = new ReplyAttempt(A, "key-1", InteractionId.of(1), "Спасибо!",
                ReplyAttempt.State.COMPLETED, NOW, NOW);
        jdbc.replyAttempts().putIfAbsent(attemptA);
        WbToken tokenA = WbToken.of(Tokens.personal());
        wb.credentials().save(A, tokenA);

        assertThat(jdbc.syncCursors().watermark(B, Channel.REVIEW)).isEmpty();
        assertThat(jdbc.syncCursors().cursor(B, Channel.CHAT)).isEmpty();
        assertThat(jdbc.syncStatuses().find(B)).isEmpty();
        assertThat(jdbc.replyAttempts().find(B, "key-1")).isEmpty();
        assertThat(wb.credentials().token(B)).isEmpty();
        assertThat(jdbc.syncLock().tryAcquire(B, Duration.ofMinutes(30))).as("B's own lock is free").isPresent();

        // B writing under the same channel, key and lock leaves A's rows as they were
        jdbc.syncCursors().saveWatermark(B, Channel.REVIEW, NOW.minusSeconds(3600));
        jdbc.syncCursors().saveCursor(B, Channel.CHAT, "1");
        jdbc.syncStatuses().save(SellerSyncStatus.idle(B, NOW));
        jdbc.replyAttempts().update(new ReplyAttempt(B, "key-1", InteractionId.of(2), "Другой", ReplyAttempt.State
                .FAILED, NOW, NOW));
        wb.credentials().remove(B);

        assertThat(jdbc.syncCursors().watermark(A, Channel.REVIEW)).contains(NOW);
        assertThat(jdbc.syncCursors().cursor(A, Channel.CHAT)).contains("1732093200000");
        assertThat(jdbc.syncStatuses().find(A)).contains(statusA);
        assertThat(jdbc.replyAttempts().find(A, "key-1")).contains(attemptA);
        assertThat(wb.credentials().token(A)).contains(tokenA);
        assertThat(jdbc.syncLock().tryAcquire(A, Duration.ofMinutes(30))).as("A's lock is still held").isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void rateBucketsOfOneAccountDoNotSpendAnothersAndHostileKeysAreJustKeys(String name, DataSource database) {
        AgentIqJdbc jdbc = AgentIqJdbc.builder(database).migrate(false).clock(Clock.fixed(NOW, ZoneOffset.UTC))
                .build();
        RateBudget budget = JdbcWbAdapters.builder(jdbc).build().rateBudget();
        Limit one = new Limit(1, Duration.ofHours(1), 1);
        String hostile = "seller:1' OR '1'='1";

        assertThat(budget.tryAcquire(new BudgetKey("seller:1", TokenType.PERSONAL, ApiCategory.CHAT), one)).isZero();
        budget.blockUntil(new BudgetKey(hostile, TokenType.PERSONAL, ApiCategory.CHAT), NOW.plusSeconds(600));

        assertThat(budget.tryAcquire(new BudgetKey("seller:2", TokenType.PERSONAL, ApiCategory.CHAT), one)).isZero();
        assertThat(budget.tryAcquire(new BudgetKey(hostile, TokenType.PERSONAL, ApiCategory.CHAT), one))
                .isEqualTo(Duration.ofSeconds(600));
        assertThat(budget.tryAcquire(new BudgetKey("seller:1", TokenType.PERSONAL, ApiCategory.CHAT), one))
                .isEqualTo(Duration.ofHours(1));
        jdbc.replyAttempts().putIfAbsent(new ReplyAttempt(B, "x' OR seller_id <> 0 --", InteractionId.of(1), "t",
                ReplyAttempt.State.PENDING, NOW, NOW));
        assertThat(jdbc.replyAttempts().find(A, "x' OR seller_id <> 0 --")).isEmpty();
    }
}
