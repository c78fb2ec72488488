package ru.agentiq.jdbc.interaction;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.Query;
import ru.agentiq.core.interaction.Channel;
import ru.agentiq.core.interaction.ExtraData;
import ru.agentiq.core.interaction.InteractionEvent;
import ru.agentiq.core.interaction.InteractionEventStore;
import ru.agentiq.core.interaction.InteractionEventType;
import ru.agentiq.core.interaction.InteractionId;
import ru.agentiq.core.interaction.InteractionNotFoundException;
import ru.agentiq.core.interaction.SellerId;
import ru.agentiq.core.internal.Checks;
import ru.agentiq.jdbc.internal.JsonColumns;
import ru.agentiq.jdbc.internal.Timestamps;

/**
 * {@link InteractionEventStore} on the {@code interaction_events} table. An event can only be appended to an
 * interaction of the same seller: the insert selects the interaction by id <em>and</em> seller, so a foreign id is
 * refused instead of leaking an event across tenants.
 */
public final class JdbcInteractionEventStore implements InteractionEventStore {

    private static final String COLUMNS = "id, seller_id, interaction_id, channel, event_type, details, created_at";

    private static final RowMapper<InteractionEvent> MAPPER = (rs, ctx) -> new InteractionEvent(
            rs.getLong("id"),
            SellerId.of(rs.getLong("seller_id")),
            InteractionId.of(rs.getLong("interaction_id")),
            Channel.fromWire(rs.getString("channel")),
            InteractionEventType.fromWire(rs.getString("event_type")),
            JsonColumns.read(rs.getString("details"), "interaction_events.details"),
            Timestamps.read(rs, "created_at"));

    private final Jdbi jdbi;

    public JdbcInteractionEventStore(Jdbi jdbi) {
        this.jdbi = Checks.required(jdbi, "jdbi");
    }

    @Override
    public InteractionEvent append(SellerId sellerId, InteractionId interactionId, Channel channel,
            InteractionEventType type, ExtraData details, Instant createdAt) {
        Checks.required(sellerId, "sellerId");
        Checks.required(interactionId, "interactionId");
        Checks.required(channel, "channel");
        Checks.required(type, "type");
        ExtraData body = details == null ? ExtraData.EMPTY : details;
        Instant at = Checks.micros(Checks.required(createdAt, "createdAt"));
        List<Long> ids = jdbi.withHandle(handle -> handle.createUpdate("INSERT INTO interaction_events "
                        + "(seller_id, interaction_id, channel, event_type, details, created_at) "
                        + "SELECT seller_id, id, :channel, :type, :details, :created_at FROM interactions "
                        + "WHERE id = :interaction AND seller_id = :seller")
                .bind("channel", channel.wire())
                .bind("type", type.wire())
                .bind("details", JsonColumns.write(body))
                .bind("created_at", Timestamps.bind(at))
                .bind("interaction", interactionId.value())
                .bind("seller", sellerId.value())
                .executeAndReturnGeneratedKeys("id")
                .mapTo(Long.class)
                .list());
        if (ids.isEmpty()) {
            throw new InteractionNotFoundException(sellerId, interactionId);
        }
        return new InteractionEvent(ids.get(0), sellerId, interactionId, channel, type, body, at);
    }

    @Override
    public List<InteractionEvent> forInteraction(SellerId sellerId, InteractionId interactionId) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT " + COLUMNS + " FROM interaction_events "
                        + "WHERE seller_id = :seller AND interaction_id = :interaction ORDER BY id")
                .bind("seller", sellerId.value())
                .bind("interaction", interactionId.value())
                .map(MAPPER)
                .list());
    }

    @Override
    public List<InteractionEvent> forSeller(SellerId sellerId, Instant from, Instant to,
            Set<InteractionEventType> types) {
        Checks.required(types, "types");
        List<String> typeParams = new ArrayList<>();
        for (int i = 0; i < types.size(); i++) {
            typeParams.add(":t" + i);
        }
        String typeFilter = types.isEmpty() ? "" : " AND event_type IN (" + String.join(", ", typeParams) + ")";
        return jdbi.withHandle(handle -> {
            Query query = handle.createQuery("SELECT " + COLUMNS + " FROM interaction_events "
                            + "WHERE seller_id = :seller AND created_at >= :from AND created_at < :to" + typeFilter
                            + " ORDER BY created_at, id")
                    .bind("seller", sellerId.value())
                    .bind("from", Timestamps.bind(Checks.required(from, "from")))
                    .bind("to", Timestamps.bind(Checks.required(to, "to")));
            int i = 0;
            for (InteractionEventType type : types) {
                query.bind("t" + i++, type.wire());
            }
            return query.map(MAPPER).list();
        });
    }
}
