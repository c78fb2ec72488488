package ru.agentiq.core.linking;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Gives each distinct string a dense int id, so blocks and word sets compare integers. Thread-safe. */
final class Interner {

    private final ConcurrentHashMap<String, Integer> ids = new ConcurrentHashMap<>();
    private final AtomicInteger next = new AtomicInteger();

    /** The id of {@code value}, or -1 for {@code null}. */
    int intern(String value) {
        if (value == null) {
            return -1;
        }
        Integer id = ids.get(value);
        return id != null ? id : ids.computeIfAbsent(value, v -> next.getAndIncrement());
    }

    /** Ids handed out so far (all below this). */
    int size() {
        return next.get();
    }
}
