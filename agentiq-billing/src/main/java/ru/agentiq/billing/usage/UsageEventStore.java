package ru.agentiq.billing.usage;

import java.util.List;
import java.util.Optional;
import ru.agentiq.billing.AccountId;
import ru.agentiq.billing.ledger.UnitOfWork;

/**
 * Port: the append-only log of {@link LlmCallEvent}s. Implementations must be safe for concurrent use; reads see
 * committed events only.
 */
public interface UsageEventStore {

    /**
     * Appends {@code call} as part of {@code unit}: it becomes visible when the unit commits, and never when it rolls
     * back. A JDBC adapter writes through the unit's connection ({@link UnitOfWork#unwrap}); others enlist a
     * {@link UnitOfWork.Participant}.
     *
     * @return the event with its assigned id
     * @throws DuplicateRequestIdException when the account already has an event with this request id — at once, or
     *                                     when the unit commits if the clash arises concurrently (the unique index on
     *                                     account and request id)
     */
    LlmCallEvent append(UnitOfWork unit, LlmCall call);

    /** The committed event of {@code account} with {@code requestId}. */
    Optional<LlmCallEvent> findByRequestId(AccountId account, String requestId);

    /** Committed events matching {@code filter}, oldest first (by creation time, then id). */
    List<LlmCallEvent> find(UsageFilter filter);

    /** Committed events of {@code account}, newest first, skipping {@code offset}, at most {@code limit}. */
    List<LlmCallEvent> recent(AccountId account, int limit, long offset);

    /** Number of committed events of {@code account}. */
    long count(AccountId account);
}
