package ru.agentiq.core.linking;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Gives each distinct string a dense int id, so blocks and word sets compare integers. Words can be looked up
 * straight from a character buffer, so tokenising a known word allocates nothing. Thread-safe; lookups of known
 * strings take no lock.
 */
final class Interner {

    private final ConcurrentHashMap<String, Integer> ids = new ConcurrentHashMap<>();
    private final AtomicInteger next = new AtomicInteger();
    /** Open-addressing cache over {@link #ids} for buffer lookups; replaced whole when it grows. */
    private volatile Entry[] table = new Entry[1024];
    private int cached;

    /** The id of {@code value}, or -1 for {@code null}. */
    int intern(String value) {
        if (value == null) {
            return -1;
        }
        Integer id = ids.get(value);
        return id != null ? id : ids.computeIfAbsent(value, v -> next.getAndIncrement());
    }

    /** The id of the string in {@code buf[0..len)}; {@code hash} must be {@link #hash} of it. */
    int intern(char[] buf, int len, int hash) {
        Entry[] t = table;
        int mask = t.length - 1;
        for (int i = hash & mask; ; i = (i + 1) & mask) {
            Entry e = t[i];
            if (e == null) {
                break;
            }
            if (e.hash == hash && sameChars(e.key, buf, len)) {
                return e.id;
            }
        }
        return insert(new String(buf, 0, len), hash);
    }

    private static boolean sameChars(String key, char[] buf, int len) {
        if (key.length() != len) {
            return false;
        }
        for (int i = 0; i < len; i++) {
            if (key.charAt(i) != buf[i]) {
                return false;
            }
        }
        return true;
    }

    private synchronized int insert(String key, int hash) {
        Entry[] t = table;
        int mask = t.length - 1;
        int slot = hash & mask;
        for (; t[slot] != null; slot = (slot + 1) & mask) {
            if (t[slot].hash == hash && t[slot].key.equals(key)) {
                return t[slot].id;
            }
        }
        int id = intern(key);
        if ((cached + 1) * 2 > t.length) {
            Entry[] grown = new Entry[t.length * 2];
            int grownMask = grown.length - 1;
            for (Entry e : t) {
                if (e != null) {
                    int i = e.hash & grownMask;
                    while (grown[i] != null) {
                        i = (i + 1) & grownMask;
                    }
                    grown[i] = e;
                }
            }
            int i = hash & grownMask;
            while (grown[i] != null) {
                i = (i + 1) & grownMask;
            }
            grown[i] = new Entry(key, hash, id);
            table = grown;
        } else {
            t[slot] = new Entry(key, hash, id);
        }
        cached++;
        return id;
    }

    /** Ids handed out so far (all below this). */
    int size() {
        return next.get();
    }

    /** The hash {@link #intern(char[], int, int)} expects: the string's own hash, spread. */
    static int hash(int stringHash) {
        return stringHash ^ (stringHash >>> 16);
    }

    private record Entry(String key, int hash, int id) {
    }
}
