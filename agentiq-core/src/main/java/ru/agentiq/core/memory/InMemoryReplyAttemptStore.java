package ru.agentiq.core.memory;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import ru.agentiq.core.interaction.SellerId;
import ru.agentiq.core.internal.Checks;
import ru.agentiq.core.reply.ReplyAttempt;
import ru.agentiq.core.reply.ReplyAttemptStore;

/** Thread-safe {@link ReplyAttemptStore} in the heap. */
public final class InMemoryReplyAttemptStore implements ReplyAttemptStore {

    private record Key(SellerId sellerId, String idempotencyKey) {
    }

    private final Map<Key, ReplyAttempt> attempts = new ConcurrentHashMap<>();

    @Override
    public ReplyAttempt putIfAbsent(ReplyAttempt attempt) {
        Checks.required(attempt, "attempt");
        ReplyAttempt existing = attempts.putIfAbsent(new Key(attempt.sellerId(), attempt.idempotencyKey()), attempt);
        return existing == null ? attempt : existing;
    }

    @Override
    public void update(ReplyAttempt attempt) {
        Checks.required(attempt, "attempt");
        attempts.put(new Key(attempt.sellerId(), attempt.idempotencyKey()), attempt);
    }

    @Override
    public Optional<ReplyAttempt> find(SellerId sellerId, String idempotencyKey) {
        return Optional.ofNullable(attempts.get(new Key(sellerId, idempotencyKey)));
    }
}
