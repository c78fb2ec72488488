package ru.agentiq.jdbc.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import ru.agentiq.billing.Credits;
import ru.agentiq.billing.IdempotencyKey;
import ru.agentiq.billing.ledger.CreditLedger;
import ru.agentiq.billing.ledger.LedgerRequest;
import ru.agentiq.billing.ledger.LedgerStore;
import ru.agentiq.billing.ledger.LedgerStoreContract;
import ru.agentiq.billing.ledger.WalletLockTimeoutException;
import ru.agentiq.jdbc.AgentIqJdbc;
import ru.agentiq.jdbc.testing.TestDatabases;

class PostgresLedgerStoreTest extends LedgerStoreContract {

    @Override
    protected LedgerStore createStore() {
        return AgentIqJdbc.builder(TestDatabases.postgres()).migrate(false).build().ledger();
    }

    @Override
    protected boolean appendsDebitsInOneStep() {
        return true;
    }

    /** 16 threads × 1,000 debits, the load issue 7 sets for PostgreSQL. */
    @Override
    protected int threads() {
        return 16;
    }

    @Test
    void aOneStepDebitWaitingTooLongForItsWalletGivesUpWithoutWriting() throws Exception {
        DataSource database = TestDatabases.postgres();
        CreditLedger holder = CreditLedger.builder(AgentIqJdbc.builder(database).migrate(false).build().ledger())
                .clock(clock).build();
        CreditLedger impatient = CreditLedger.builder(AgentIqJdbc.builder(database).migrate(false)
                .lockTimeout(Duration.ofMillis(200)).build().ledger()).clock(clock).build();
        holder.post(LedgerRequest.grant(ALICE, Credits.of(10), IdempotencyKey.of("g1")));
        LedgerRequest debit = LedgerRequest.debit(ALICE, Credits.of(1), IdempotencyKey.of("d1"));
        whileAnotherUnitHolds(holder, ALICE, () -> assertThatThrownBy(() -> impatient.post(debit))
                .isInstanceOfSatisfying(WalletLockTimeoutException.class, e -> assertThat(e.account()).isEqualTo(ALICE))
                .hasMessageContaining("another unit of work holds it"));
        assertThat(holder.wallet(ALICE).balance()).isEqualTo(Credits.of(10));
        assertThat(holder.transactions(ALICE, 10, 0).total()).isEqualTo(1);
    }

    @Test
    void aSchemaMigratedWithoutThePostgresqlOnlyMigrationsStillDebitsThroughTheGeneralPath() {
        DataSource database = TestDatabases.emptyPostgres();
        Flyway.configure().dataSource(database).locations(AgentIqJdbc.MIGRATIONS).table(AgentIqJdbc.HISTORY_TABLE)
                .load().migrate();
        LedgerStore withoutFunction = AgentIqJdbc.builder(database).migrate(false).build().ledger();
        CreditLedger plain = CreditLedger.builder(withoutFunction).clock(clock).build();
        plain.post(LedgerRequest.grant(ALICE, Credits.of(10), IdempotencyKey.of("g1")));

        Credits after = plain.post(LedgerRequest.debit(ALICE, Credits.of(2), IdempotencyKey.of("d1")))
                .transaction().balanceAfter();
        Credits later = plain.post(LedgerRequest.debit(ALICE, Credits.of(3), IdempotencyKey.of("d2")))
                .transaction().balanceAfter();

        assertThat(after).isEqualTo(Credits.of(8));
        assertThat(later).isEqualTo(Credits.of(5));
        assertThat(plain.transactions(ALICE, 10, 0).total()).isEqualTo(3);
    }
}
