package ru.agentiq.jdbc.linking;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;
import ru.agentiq.core.AgentIqException;
import ru.agentiq.core.ValidationException;
import ru.agentiq.core.interaction.Channel;
import ru.agentiq.core.interaction.InteractionId;
import ru.agentiq.core.interaction.SellerId;
import ru.agentiq.core.interaction.WireValue;
import ru.agentiq.core.internal.Checks;
import ru.agentiq.core.linking.ActionDecision;
import ru.agentiq.core.linking.ActionMode;
import ru.agentiq.core.linking.ConfidenceBand;
import ru.agentiq.core.linking.Contribution;
import ru.agentiq.core.linking.InteractionLinks;
import ru.agentiq.core.linking.LinkCandidate;
import ru.agentiq.core.linking.LinkCandidateStore;
import ru.agentiq.core.linking.LinkScore;
import ru.agentiq.core.linking.LinkSignal;
import ru.agentiq.core.linking.LinkType;
import ru.agentiq.core.linking.PolicyReason;
import ru.agentiq.jdbc.internal.JsonColumns;
import ru.agentiq.jdbc.internal.Timestamps;
import ru.agentiq.jdbc.internal.Transactions;

/**
 * {@link LinkCandidateStore} on {@code interaction_links}: one row per linked interaction holding its candidates as
 * a JSON document with the seed's snake_case fields, so the card reads them in one indexed lookup. A save replaces
 * the rows of the given interactions in one transaction.
 */
public final class JdbcLinkCandidateStore implements LinkCandidateStore {

    private final Jdbi jdbi;

    public JdbcLinkCandidateStore(Jdbi jdbi) {
        this.jdbi = Checks.required(jdbi, "jdbi");
    }

    @Override
    public void saveAll(SellerId sellerId, Collection<InteractionLinks> links) {
        Checks.required(sellerId, "sellerId");
        Checks.required(links, "links");
        for (InteractionLinks entry : links) {
            if (!entry.sellerId().equals(sellerId)) {
                throw new ValidationException("links of interaction " + entry.interactionId() + " belong to seller "
                        + entry.sellerId() + ", not " + sellerId);
            }
        }
        if (links.isEmpty()) {
            return;
        }
        Transactions.retrying(jdbi, handle -> {
            PreparedBatch delete = handle.prepareBatch(
                    "DELETE FROM interaction_links WHERE interaction_id = :interaction AND seller_id = :seller");
            for (InteractionLinks entry : links) {
                delete.bind("interaction", entry.interactionId().value()).bind("seller", sellerId.value()).add();
            }
            delete.execute();
            PreparedBatch insert = handle.prepareBatch("INSERT INTO interaction_links (interaction_id, seller_id, "
                    + "candidates, updated_at) SELECT id, seller_id, :candidates, :updated_at FROM interactions "
                    + "WHERE id = :interaction AND seller_id = :seller");
            for (InteractionLinks entry : links) {
                insert.bind("candidates", write(entry.candidates()))
                        .bind("updated_at", Timestamps.bind(entry.updatedAt()))
                        .bind("interaction", entry.interactionId().value())
                        .bind("seller", sellerId.value())
                        .add();
            }
            insert.execute();
            return null;
        });
    }

    @Override
    public Optional<InteractionLinks> find(SellerId sellerId, InteractionId interactionId) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT candidates, updated_at FROM interaction_links "
                        + "WHERE interaction_id = :interaction AND seller_id = :seller")
                .bind("interaction", interactionId.value())
                .bind("seller", sellerId.value())
                .map((rs, ctx) -> new InteractionLinks(sellerId, interactionId, read(rs.getString("candidates")),
                        Timestamps.read(rs, "updated_at")))
                .findOne());
    }

    static String write(List<LinkCandidate> candidates) {
        ArrayNode array = JsonColumns.mapper().createArrayNode();
        for (LinkCandidate c : candidates) {
            LinkScore s = c.score();
            ObjectNode node = array.addObject();
            node.put("interaction_id", c.interactionId().value());
            node.put("channel", c.channel().wire());
            node.put("external_id", c.externalId());
            node.put("confidence", s.confidence());
            node.put("link_type", s.linkType().wire());
            node.put("band", s.band().wire());
            node.put("action_mode", s.decision().actionMode().wire());
            node.put("policy_reason", s.decision().reason().wire());
            ArrayNode signals = node.putArray("reasoning_signals");
            s.signals().forEach(signal -> signals.add(signal.wire()));
            ArrayNode contributions = node.putArray("contributions");
            s.contributions().forEach(k -> contributions.addObject().put("signal", k.factor()).put("weight", k.weight()));
            node.put("explanation", s.explanation());
        }
        return array.toString();
    }

    static List<LinkCandidate> read(String json) {
        JsonNode array;
        try {
            array = JsonColumns.mapper().readTree(json);
        } catch (JsonProcessingException e) {
            throw new AgentIqException("interaction_links.candidates is not JSON: " + e.getOriginalMessage());
        }
        List<LinkCandidate> candidates = new ArrayList<>();
        for (JsonNode node : array) {
            List<LinkSignal> signals = new ArrayList<>();
            node.path("reasoning_signals").forEach(v -> signals.add(WireValue.parse(LinkSignal.class, v.asText(),
                    "reasoning_signals")));
            List<Contribution> contributions = new ArrayList<>();
            node.path("contributions").forEach(v -> contributions.add(new Contribution(v.path("signal").asText(),
                    v.path("weight").asDouble())));
            LinkScore score = new LinkScore(node.path("confidence").asDouble(),
                    WireValue.parse(LinkType.class, node.path("link_type").asText(), "link_type"),
                    WireValue.parse(ConfidenceBand.class, node.path("band").asText(), "band"),
                    new ActionDecision(WireValue.parse(ActionMode.class, node.path("action_mode").asText(),
                            "action_mode"), WireValue.parse(PolicyReason.class, node.path("policy_reason").asText(),
                            "policy_reason")),
                    signals, contributions, node.path("explanation").asText());
            candidates.add(new LinkCandidate(InteractionId.of(node.path("interaction_id").asLong()),
                    Channel.fromWire(node.path("channel").asText()),
                    node.path("external_id").isNull() ? null : node.path("external_id").asText(), score));
        }
        return candidates;
    }
}
