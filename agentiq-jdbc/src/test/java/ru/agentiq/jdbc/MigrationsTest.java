package ru.agentiq.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
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

    private static void assertMigratesTwice(DataSource dataSource) {
        AgentIqJdbc.create(dataSource);
        List<String> afterFirst = tables(dataSource);
        AgentIqJdbc.create(dataSource);

        assertThat(afterFirst).contains("interactions", "interaction_events", AgentIqJdbc.HISTORY_TABLE,
                "sync_watermarks", "sync_cursors", "sync_statuses", "sync_cooldowns", "sync_locks", "reply_attempts",
                "interaction_links", "customer_profiles", "runtime_settings",
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
