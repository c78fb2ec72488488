package ru.agentiq.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import ru.agentiq.core.ValidationException;
import ru.agentiq.jdbc.testing.TestDatabases;

class MigrationsTest {

    @Test
    void applyToAnEmptyH2DatabaseAndAreRepeatable() {
        assertMigratesTwice(TestDatabases.emptyH2());
    }

    @Test
    void applyToAnEmptyPostgresDatabaseAndAreRepeatable() {
        assertMigratesTwice(TestDatabases.emptyPostgres());
    }

    @Test
    void canBeSkippedWhenTheApplicationManagesTheSchema() {
        DataSource empty = TestDatabases.emptyH2();

        AgentIqJdbc.builder(empty).migrate(false).build();

        assertThat(tables(empty)).doesNotContain("interactions");
    }

    @Test
    void refuseAnH2DatabaseOutsidePostgresModeBeforeTouchingIt() {
        JdbcDataSource regular = new JdbcDataSource();
        regular.setURL("jdbc:h2:mem:regular-mode;DB_CLOSE_DELAY=-1");

        assertThatThrownBy(() -> AgentIqJdbc.create(regular))
                .isInstanceOf(ValidationException.class)
                .hasMessage("H2 must run in PostgreSQL mode for AgentIQ's JDBC adapters: add ;MODE=PostgreSQL to "
                        + "the JDBC URL (this database runs in REGULAR mode)");
        assertThat(tables(regular)).doesNotContain("interactions");
    }

    private static void assertMigratesTwice(DataSource dataSource) {
        AgentIqJdbc.create(dataSource);
        List<String> afterFirst = tables(dataSource);
        AgentIqJdbc.create(dataSource);

        assertThat(afterFirst).contains("interactions", "interaction_events", AgentIqJdbc.HISTORY_TABLE,
                "sync_watermarks", "sync_cursors", "sync_statuses", "sync_cooldowns", "sync_locks", "reply_attempts",
                "interaction_links", "customer_profiles", "response_history", "metric_facts", "runtime_settings",
                "wb_rate_buckets", "wb_credentials");
        assertThat(tables(dataSource)).isEqualTo(afterFirst);
        Integer failed = Jdbi.create(dataSource).withHandle(h -> h.createQuery(
                "SELECT COUNT(*) FROM " + AgentIqJdbc.HISTORY_TABLE + " WHERE success = FALSE").mapTo(Integer.class)
                .one());
        assertThat(failed).isZero();
    }

    private static List<String> tables(DataSource dataSource) {
        return Jdbi.create(dataSource).withHandle(h -> h.createQuery(
                        "SELECT LOWER(table_name) FROM information_schema.tables "
                                + "WHERE LOWER(table_schema) = 'public' ORDER BY 1")
                .mapTo(String.class).list());
    }
}
