package ru.agentiq.core.memory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import ru.agentiq.core.guardrails.AutoReplyHistory;
import ru.agentiq.core.interaction.SellerId;
import ru.agentiq.core.internal.Checks;

/**
 * Thread-safe {@link AutoReplyHistory} in the heap: {@link #record} each auto-response as it is sent. Keeps the
 * newest {@link #MAX_PER_SELLER} texts per seller.
 */
public final class InMemoryAutoReplyHistory implements AutoReplyHistory {

    public static final int MAX_PER_SELLER = 1000;

    private record Sent(String text, Instant at) {
    }

    private final Map<SellerId, Deque<Sent>> bySeller = new ConcurrentHashMap<>();

    /** Remembers that {@code sellerId} sent {@code text} unattended at {@code at}. */
    public void record(SellerId sellerId, String text, Instant at) {
        Deque<Sent> sent = bySeller.computeIfAbsent(Checks.required(sellerId, "sellerId"),
                s -> new ConcurrentLinkedDeque<>());
        sent.addFirst(new Sent(Checks.required(text, "text"), Checks.required(at, "at")));
        while (sent.size() > MAX_PER_SELLER) {
            sent.pollLast();
        }
    }

    @Override
    public List<String> recentAutoReplies(SellerId sellerId, Instant since, int limit) {
        Deque<Sent> sent = bySeller.get(Checks.required(sellerId, "sellerId"));
        List<String> recent = new ArrayList<>();
        if (sent == null) {
            return recent;
        }
        for (Iterator<Sent> it = sent.iterator(); it.hasNext() && recent.size() < limit; ) {
            Sent s = it.next();
            if (!s.at().isBefore(since)) {
                recent.add(s.text());
            }
        }
        return recent;
    }
}
