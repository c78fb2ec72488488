package ru.agentiq.jdbc.interaction;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import ru.agentiq.core.interaction.Channel;
import ru.agentiq.core.interaction.ExtraData;
import ru.agentiq.core.interaction.InteractionEventStore;
import ru.agentiq.core.interaction.InteractionEventStoreContract;
import ru.agentiq.core.interaction.InteractionEventType;
import ru.agentiq.core.interaction.InteractionId;
import ru.agentiq.core.interaction.InteractionNotFoundException;
import ru.agentiq.core.interaction.SellerId;
import ru.agentiq.jdbc.testing.TestDatabases;

class PostgresInteractionEventStoreTest extends InteractionEventStoreContract {

    private Jdbi jdbi;

    @Override
    protected InteractionEventStore newStore() {
        jdbi = Jdbi.create(TestDatabases.postgres());
        return new JdbcInteractionEventStore(jdbi);
    }

    @Override
    protected InteractionId existingInteraction(SellerId seller, String externalId) {
        return JdbcEventStores.interaction(jdbi, seller, externalId);
    }

    @Test
    void refusesAnEventForAnotherSellersInteraction() {
        InteractionId theirs = existingInteraction(SellerId.of(2), "r-theirs");

        assertThatThrownBy(() -> store.append(SellerId.of(1), theirs, Channel.REVIEW,
                InteractionEventType.REPLY_SENT, ExtraData.EMPTY, Instant.parse("2026-11-20T09:00:00Z")))
                .isInstanceOf(InteractionNotFoundException.class);
    }
}
