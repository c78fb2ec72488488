package ru.agentiq.core.guardrails;

import java.time.Instant;
import java.util.List;
import ru.agentiq.core.interaction.SellerId;

/** Port: texts a seller recently sent without a person (auto-responses), to stop the same answer going out twice. */
@FunctionalInterface
public interface AutoReplyHistory {

    /**
     * Texts of auto-responses {@code sellerId} sent at or after {@code since}, newest first, at most {@code limit}.
     * May throw; the checker then lets the reply through (the seed's behaviour: history is a nicety, not a gate).
     */
    List<String> recentAutoReplies(SellerId sellerId, Instant since, int limit);

    /** A history that remembers nothing. */
    static AutoReplyHistory none() {
        return (sellerId, since, limit) -> List.of();
    }
}
