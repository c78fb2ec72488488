package ru.agentiq.billing.memory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import ru.agentiq.billing.AccountId;
import ru.agentiq.billing.internal.Args;
import ru.agentiq.billing.ledger.UnitOfWork;
import ru.agentiq.billing.usage.DuplicateRequestIdException;
import ru.agentiq.billing.usage.LlmCall;
import ru.agentiq.billing.usage.LlmCallEvent;
import ru.agentiq.billing.usage.UsageEventStore;
import ru.agentiq.billing.usage.UsageFilter;

/**
 * Thread-safe, append-only {@link UsageEventStore} in the heap, partitioned by account. An append joins its unit of
 * work as a participant: the request id is reserved when the unit prepares (so of two concurrent units with the same
 * id exactly one commits) and the event becomes visible when it commits.
 */
public final class InMemoryUsageEventStore implements UsageEventStore {

    private static final Comparator<LlmCallEvent> OLDEST_FIRST =
            Comparator.comparing((LlmCallEvent e) -> e.call().createdAt()).thenComparingLong(LlmCallEvent::id);

    private final Map<AccountId, Partition> partitions = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();

    @Override
    public LlmCallEvent append(UnitOfWork unit, LlmCall call) {
        Args.required(unit, "unit");
        Args.required(call, "call");
        Partition partition = partitions.computeIfAbsent(call.account(), a -> new Partition());
        synchronized (partition) {
            if (partition.byRequestId.containsKey(call.requestId())) {
                throw new DuplicateRequestIdException(call.account(), call.requestId());
            }
        }
        LlmCallEvent event = new LlmCallEvent(ids.incrementAndGet(), call);
        unit.enlist(new UnitOfWork.Participant() {
            private boolean reserved;

            @Override
            public void prepare() {
                synchronized (partition) {
                    if (partition.byRequestId.containsKey(call.requestId())
                            || !partition.reserved.add(call.requestId())) {
                        throw new DuplicateRequestIdException(call.account(), call.requestId());
                    }
                    reserved = true;
                }
            }

            @Override
            public void commit() {
                synchronized (partition) {
                    partition.reserved.remove(call.requestId());
                    partition.events.add(event);
                    partition.byRequestId.put(call.requestId(), event);
                }
            }

            @Override
            public void rollback() {
                synchronized (partition) {
                    if (reserved) {
                        partition.reserved.remove(call.requestId());
                    }
                }
            }
        });
        return event;
    }

    @Override
    public Optional<LlmCallEvent> findByRequestId(AccountId account, String requestId) {
        Partition partition = partitions.get(account);
        if (partition == null || requestId == null) {
            return Optional.empty();
        }
        synchronized (partition) {
            return Optional.ofNullable(partition.byRequestId.get(requestId.strip()));
        }
    }

    @Override
    public List<LlmCallEvent> find(UsageFilter filter) {
        Args.required(filter, "filter");
        List<LlmCallEvent> found = new ArrayList<>();
        if (filter.account() != null) {
            collect(partitions.get(filter.account()), filter, found);
        } else {
            partitions.values().forEach(partition -> collect(partition, filter, found));
        }
        found.sort(OLDEST_FIRST);
        return found;
    }

    @Override
    public List<LlmCallEvent> recent(AccountId account, int limit, long offset) {
        List<LlmCallEvent> all = find(new UsageFilter(account, null, null, null));
        List<LlmCallEvent> page = new ArrayList<>();
        for (long i = all.size() - 1 - offset; i >= 0 && page.size() < limit; i--) {
            page.add(all.get((int) i));
        }
        return page;
    }

    @Override
    public long count(AccountId account) {
        Partition partition = partitions.get(account);
        if (partition == null) {
            return 0;
        }
        synchronized (partition) {
            return partition.events.size();
        }
    }

    private static void collect(Partition partition, UsageFilter filter, List<LlmCallEvent> into) {
        if (partition == null) {
            return;
        }
        synchronized (partition) {
            for (LlmCallEvent event : partition.events) {
                if (filter.matches(event.call())) {
                    into.add(event);
                }
            }
        }
    }

    /** One account's events; guarded by its own monitor. */
    private static final class Partition {
        final List<LlmCallEvent> events = new ArrayList<>();
        final Map<String, LlmCallEvent> byRequestId = new HashMap<>();
        final Set<String> reserved = new HashSet<>();
    }
}
