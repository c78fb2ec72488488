package ru.agentiq.jdbc.interaction;

import java.time.Instant;
import org.jdbi.v3.core.Jdbi;
import ru.agentiq.core.interaction.Channel;
import ru.agentiq.core.interaction.InteractionData;
import ru.agentiq.core.interaction.InteractionId;
import ru.agentiq.core.interaction.SellerId;

/** Creates the interaction rows that events must point at. */
final class JdbcEventStores {
    private JdbcEventStores() {
    }

    static InteractionId interaction(Jdbi jdbi, SellerId seller, String externalId) {
        return new JdbcInteractionRepository(jdbi)
                .upsert(InteractionData.builder(seller, Channel.REVIEW, externalId).build(),
                        Instant.parse("2026-11-20T09:00:00Z"))
                .interaction().id();
    }
}
