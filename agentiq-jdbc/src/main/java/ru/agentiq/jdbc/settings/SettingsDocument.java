package ru.agentiq.jdbc.settings;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import ru.agentiq.core.interaction.SellerId;
import ru.agentiq.core.internal.Checks;
import ru.agentiq.jdbc.internal.JsonColumns;

/**
 * One namespace of the key/value store as typed values: encoded to JSON on write, decoded on read, the defaults when
 * nothing is stored. Decoded values are kept for {@code cacheTtl} so that hot paths (every ingested interaction asks
 * for its seller's priority settings) do not query the database each time; a write through this instance is visible
 * to it at once, a write through another application instance within the TTL.
 */
final class SettingsDocument<T> {

    private static final ObjectMapper MAPPER = JsonColumns.mapper();

    private final JdbcRuntimeSettings store;
    private final String namespace;
    private final T defaults;
    private final Function<T, JsonNode> encode;
    private final Function<JsonNode, T> decode;
    private final Clock clock;
    private final Duration cacheTtl;
    private final Map<SellerId, Cached<T>> cache = new ConcurrentHashMap<>();
    /** Bumped by every write; a read that raced a write does not cache what it read. */
    private final AtomicLong writes = new AtomicLong();

    private record Cached<T>(T value, Instant expires) {
    }

    SettingsDocument(JdbcRuntimeSettings store, String namespace, T defaults, Function<T, JsonNode> encode,
            Function<JsonNode, T> decode, Clock clock, Duration cacheTtl) {
        this.store = store;
        this.namespace = JdbcRuntimeSettings.checkNamespace(namespace);
        this.defaults = defaults;
        this.encode = encode;
        this.decode = decode;
        this.clock = clock;
        this.cacheTtl = cacheTtl;
    }

    String namespace() {
        return namespace;
    }

    T get(SellerId sellerId) {
        Checks.required(sellerId, "sellerId");
        boolean caching = !cacheTtl.isZero();
        if (caching) {
            Cached<T> hit = cache.get(sellerId);
            if (hit != null && clock.instant().isBefore(hit.expires())) {
                return hit.value();
            }
        }
        long before = writes.get();
        Optional<String> json = store.read(sellerId, namespace);
        T value = json.isEmpty() ? defaults : parse(sellerId, json.get());
        if (caching && writes.get() == before) {
            cache.put(sellerId, new Cached<>(value, clock.instant().plus(cacheTtl)));
        }
        return value;
    }

    void put(SellerId sellerId, T value) {
        Checks.required(sellerId, "sellerId");
        Checks.required(value, "settings");
        String json;
        try {
            json = MAPPER.writeValueAsString(encode.apply(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("settings " + namespace + " could not be written as JSON", e);
        }
        try {
            store.write(sellerId, namespace, json);
        } finally {
            invalidate(sellerId);
        }
    }

    void reset(SellerId sellerId) {
        Checks.required(sellerId, "sellerId");
        try {
            store.delete(sellerId, List.of(namespace));
        } finally {
            invalidate(sellerId);
        }
    }

    private void invalidate(SellerId sellerId) {
        writes.incrementAndGet();
        cache.remove(sellerId);
    }

    private T parse(SellerId sellerId, String json) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new UnreadableSettingsException(sellerId, namespace, "not JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new UnreadableSettingsException(sellerId, namespace, "not a JSON object", null);
        }
        try {
            return decode.apply(root);
        } catch (RuntimeException e) {
            throw new UnreadableSettingsException(sellerId, namespace, e.getMessage(), e);
        }
    }
}
