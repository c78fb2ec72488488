package ru.agentiq.core.memory;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import ru.agentiq.core.interaction.SellerId;
import ru.agentiq.core.internal.Checks;
import ru.agentiq.core.ops.SyncHealthConfig;
import ru.agentiq.core.ops.SyncRun;
import ru.agentiq.core.ops.SyncRunLog;
import ru.agentiq.core.ops.SyncScope;

/**
 * Keeps the last N sync runs per (seller, scope) in memory (seed §g.5: 10, per process). Thread-safe; each ring is
 * guarded by its own lock, so recording for one seller never waits for another.
 */
public final class InMemorySyncRunLog implements SyncRunLog {

    private record Key(SellerId sellerId, SyncScope scope) {
    }

    private final int ringSize;
    private final Map<Key, Deque<SyncRun>> rings = new ConcurrentHashMap<>();
    private final Map<SellerId, List<Key>> keysBySeller = new ConcurrentHashMap<>();

    public InMemorySyncRunLog() {
        this(SyncHealthConfig.DEFAULT_RING_SIZE);
    }

    /** @param ringSize runs kept per seller and scope, 1..{@value SyncHealthConfig#MAX_RUNS} */
    public InMemorySyncRunLog(int ringSize) {
        this.ringSize = Checks.inRange(ringSize, 1, SyncHealthConfig.MAX_RUNS, "ringSize");
    }

    @Override
    public void record(SyncRun run) {
        if (run == null) {
            return;
        }
        Key key = new Key(run.sellerId(), run.scope());
        Deque<SyncRun> ring = rings.computeIfAbsent(key, k -> {
            keysBySeller.computeIfAbsent(k.sellerId(), s -> new java.util.concurrent.CopyOnWriteArrayList<>()).add(k);
            return new ArrayDeque<>(ringSize);
        });
        synchronized (ring) {
            if (ring.size() == ringSize) {
                ring.removeFirst();
            }
            ring.addLast(run);
        }
    }

    @Override
    public List<SyncRun> runs(SellerId sellerId) {
        List<SyncRun> out = new ArrayList<>();
        for (Key key : keysBySeller.getOrDefault(sellerId, List.of())) {
            Deque<SyncRun> ring = rings.get(key);
            synchronized (ring) {
                out.addAll(ring);
            }
        }
        out.sort(Comparator.comparing(SyncRun::finishedAt));
        return out;
    }
}
