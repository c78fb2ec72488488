package ru.agentiq.core.linking;

/** Open-addressing map from positive {@code long} keys to non-negative {@code int}s, without boxing. Not thread-safe. */
final class LongIntMap {

    private static final long FREE = 0;
    private static final long DELETED = -1;

    private long[] keys;
    private int[] values;
    private int size;
    private int used;

    LongIntMap(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        keys = new long[capacity];
        values = new int[capacity];
    }

    /** The value of {@code key}, or -1. */
    int get(long key) {
        long[] k = keys;
        int mask = k.length - 1;
        for (int i = mix(key) & mask; ; i = (i + 1) & mask) {
            long at = k[i];
            if (at == key) {
                return values[i];
            }
            if (at == FREE) {
                return -1;
            }
        }
    }

    void put(long key, int value) {
        if (key <= 0) {
            throw new IllegalArgumentException("keys must be positive, was " + key);
        }
        if ((used + 1) * 4L >= keys.length * 3L) {
            rehash(size * 2 >= keys.length / 2 ? keys.length * 2 : keys.length);
        }
        int mask = keys.length - 1;
        int tombstone = -1;
        for (int i = mix(key) & mask; ; i = (i + 1) & mask) {
            long at = keys[i];
            if (at == key) {
                values[i] = value;
                return;
            }
            if (at == DELETED && tombstone < 0) {
                tombstone = i;
            }
            if (at == FREE) {
                int slot = tombstone >= 0 ? tombstone : i;
                if (tombstone < 0) {
                    used++;
                }
                keys[slot] = key;
                values[slot] = value;
                size++;
                return;
            }
        }
    }

    void remove(long key) {
        int mask = keys.length - 1;
        for (int i = mix(key) & mask; ; i = (i + 1) & mask) {
            long at = keys[i];
            if (at == key) {
                keys[i] = DELETED;
                size--;
                return;
            }
            if (at == FREE) {
                return;
            }
        }
    }

    int size() {
        return size;
    }

    private void rehash(int capacity) {
        long[] oldKeys = keys;
        int[] oldValues = values;
        keys = new long[capacity];
        values = new int[capacity];
        size = 0;
        used = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] > 0) {
                put(oldKeys[i], oldValues[i]);
            }
        }
    }

    private static int mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }

    @Override
    public String toString() {
        return "LongIntMap{size=" + size + ", capacity=" + keys.length + '}';
    }
}
