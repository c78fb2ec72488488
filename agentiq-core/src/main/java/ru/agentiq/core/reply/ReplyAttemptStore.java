package ru.agentiq.core.reply;

import java.util.Optional;
import ru.agentiq.core.interaction.SellerId;

/** Port: idempotency records of replies. Implementations must be safe for concurrent use. */
public interface ReplyAttemptStore {

    /**
     * Stores {@code attempt} unless the seller already has one with its key; atomic per key.
     *
     * @return the attempt now stored under the key: {@code attempt} itself, or the existing one
     */
    ReplyAttempt putIfAbsent(ReplyAttempt attempt);

    /** Replaces the stored attempt with the same seller and key. */
    void update(ReplyAttempt attempt);

    Optional<ReplyAttempt> find(SellerId sellerId, String idempotencyKey);
}
