package ru.agentiq.jdbc.linking;

import java.time.Instant;
import org.jdbi.v3.core.Jdbi;
import ru.agentiq.core.interaction.Channel;
import ru.agentiq.core.interaction.InteractionData;
import ru.agentiq.core.interaction.InteractionId;
import ru.agentiq.core.interaction.SellerId;
import ru.agentiq.core.linking.LinkCandidateStore;
import ru.agentiq.core.linking.LinkCandidateStoreContract;
import ru.agentiq.jdbc.interaction.JdbcInteractionRepository;
import ru.agentiq.jdbc.testing.TestDatabases;

class H2LinkCandidateStoreTest extends LinkCandidateStoreContract {

    private Jdbi jdbi;

    @Override
    protected LinkCandidateStore newStore() {
        jdbi = Jdbi.create(TestDatabases.h2());
        return new JdbcLinkCandidateStore(jdbi);
    }

    @Override
    protected InteractionId existingInteraction(SellerId seller, String externalId) {
        return new JdbcInteractionRepository(jdbi).upsert(InteractionData.builder(seller, Channel.REVIEW, externalId)
                .build(), Instant.parse("2026-11-20T09:00:00Z")).interaction().id();
    }
}
