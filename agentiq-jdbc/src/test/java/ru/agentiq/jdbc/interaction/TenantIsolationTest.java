package ru.agentiq.jdbc.interaction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import ru.agentiq.core.interaction.Channel;
import ru.agentiq.core.interaction.InboxQuery;
import ru.agentiq.core.interaction.Interaction;
import ru.agentiq.core.interaction.InteractionData;
import ru.agentiq.core.interaction.SellerId;
import ru.agentiq.jdbc.testing.TestDatabases;

/** Seller B never sees seller A's rows — by id, by filter, by search — and hostile search text is just text. */
class TenantIsolationTest {

    private static final SellerId A = SellerId.of(1);
    private static final SellerId B = SellerId.of(2);
    private static final Instant NOW = Instant.parse("2026-11-20T09:00:00Z");

    static Stream<Arguments> databases() {
        return Stream.of(Arguments.of("h2", TestDatabases.h2()), Arguments.of("postgres", TestDatabases.postgres()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void anotherSellerSeesNothingByIdFilterOrSearch(String name, DataSource dataSource) {
        JdbcInteractionRepository repository = new JdbcInteractionRepository(Jdbi.create(dataSource));
        Interaction secret = repository.upsert(InteractionData.builder(A, Channel.CHAT, "chat-1")
                .text("Секретный заказ ORD-1").customerId("buyer-1").orderId("ORD-1").build(), NOW).interaction();
        repository.upsert(InteractionData.builder(B, Channel.CHAT, "chat-2").text("Обычный вопрос").build(), NOW);

        assertThat(repository.findById(B, secret.id())).isEmpty();
        assertThat(repository.find(InboxQuery.builder(B).search("ORD-1").build()).items()).isEmpty();
        assertThat(repository.find(InboxQuery.builder(B).channels(Channel.CHAT).build()).items())
                .extracting(i -> i.data().externalId()).containsExactly("chat-2");
        assertThat(repository.find(InboxQuery.builder(B).build()).total()).hasValue(1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void sqlInjectionInSearchChangesNothing(String name, DataSource dataSource) {
        JdbcInteractionRepository repository = new JdbcInteractionRepository(Jdbi.create(dataSource));
        repository.upsert(InteractionData.builder(A, Channel.CHAT, "chat-1").text("Где заказ?").build(), NOW);
        repository.upsert(InteractionData.builder(B, Channel.CHAT, "chat-2").text("Где заказ?").build(), NOW);

        for (String hostile : List.of("' OR '1'='1", "%' OR seller_id <> 0 --", "'); DROP TABLE interactions; --",
                "\\' OR 1=1 --", "заказ' UNION SELECT * FROM interactions --", "!%", "_")) {
            assertThat(repository.find(InboxQuery.builder(B).search(hostile).build()).items())
                    .as("search %s", hostile).isEmpty();
        }
        assertThat(repository.find(InboxQuery.builder(B).search("заказ").build()).items()).hasSize(1);
        assertThat(repository.find(InboxQuery.builder(A).build()).items()).hasSize(1);
    }
}
