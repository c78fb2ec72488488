package ru.agentiq.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import ru.agentiq.jdbc.testing.TestDatabases;

/**
 * {@code agentiq-wb-connector} is an optional dependency: {@link AgentIqJdbc} must load, migrate and hand out every
 * adapter on a classpath without it. The test rebuilds this module's test classpath minus the connector in a class
 * loader of its own and drives {@link AgentIqJdbc} through reflection there.
 */
class WithoutConnectorTest {

    @Test
    void agentIqJdbcWorksWithoutTheConnectorOnTheClasspath() throws Exception {
        List<URL> urls = new ArrayList<>();
        boolean droppedConnector = false;
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (entry.contains("agentiq-wb-connector")) {
                droppedConnector = true;
            } else {
                urls.add(new File(entry).toURI().toURL());
            }
        }
        assertThat(droppedConnector).as("the connector was on the test classpath").isTrue();

        try (URLClassLoader isolated = new URLClassLoader(urls.toArray(URL[]::new),
                ClassLoader.getPlatformClassLoader())) {
            assertThatThrownBy(() -> isolated.loadClass("ru.agentiq.wb.ratelimit.RateBudget"))
                    .isInstanceOf(ClassNotFoundException.class);
            Class<?> dataSourceClass = isolated.loadClass("org.h2.jdbcx.JdbcDataSource");
            Object dataSource = dataSourceClass.getConstructor().newInstance();
            dataSourceClass.getMethod("setURL", String.class).invoke(dataSource,
                    TestDatabases.h2Url("without-connector-" + UUID.randomUUID()));

            Class<?> entry = isolated.loadClass(AgentIqJdbc.class.getName());
            assertThat(entry).isNotSameAs(AgentIqJdbc.class);
            Object jdbc = entry.getMethod("create", DataSource.class).invoke(null, dataSource);

            for (String accessor : List.of("interactions", "events", "ledger", "usageEvents", "pricing",
                    "syncCursors", "syncStatuses", "syncLock", "replyAttempts")) {
                assertThat(entry.getMethod(accessor).invoke(jdbc)).as(accessor).isNotNull();
            }
        }
    }
}
