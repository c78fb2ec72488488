package ru.agentiq.core.interaction;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import ru.agentiq.core.ValidationException;

/**
 * Immutable, JSON-shaped channel metadata of an interaction (the seed's {@code extra_data}).
 *
 * <p>Values are canonicalised on the way in so that two equal JSON documents are equal here, whatever produced
 * them: integral numbers become {@link Long}, other numbers a {@link BigDecimal} without trailing zeros (or a
 * {@code Long} when integral), instants and offset date-times their ISO-8601 string; lists and maps are copied deeply
 * and made unmodifiable; map keys keep their insertion order. Anything else is rejected, so the document always
 * survives a round trip through JSON or a database column.
 */
public final class ExtraData {

    /**
     * Keys that AgentIQ itself writes (replies, drafts, links). Re-ingesting an item from the marketplace replaces the
     * rest of the document but carries these over from the stored record unless the new document sets them.
     */
    public static final Set<String> PRESERVED_ON_REINGEST = Set.of(
            "last_ai_draft", "last_reply_text", "last_reply_source", "last_reply_at", "last_reply_outcome",
            "wb_sync_state", "link_candidates", "link_updated_at");

    public static final ExtraData EMPTY = new ExtraData(Collections.emptyMap());

    private final Map<String, Object> values;

    private ExtraData(Map<String, Object> values) {
        this.values = values;
    }

    /** A canonical copy of {@code source}; {@code null} gives {@link #EMPTY}. */
    public static ExtraData of(Map<String, ?> source) {
        if (source == null || source.isEmpty()) {
            return EMPTY;
        }
        return new ExtraData(canonicalMap(source, "extraData"));
    }

    /** Convenience for small documents: {@code ExtraData.of("chat_id", "c-1", "unread_count", 2)}. */
    public static ExtraData of(Object... keysAndValues) {
        if (keysAndValues.length % 2 != 0) {
            throw new ValidationException("extraData needs key/value pairs, got " + keysAndValues.length + " arguments");
        }
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            if (!(keysAndValues[i] instanceof String key)) {
                throw new ValidationException("extraData keys must be strings, argument " + i + " was " + keysAndValues[i]);
            }
            map.put(key, keysAndValues[i + 1]);
        }
        return of(map);
    }

    /** The document as an unmodifiable map (nested lists and maps are unmodifiable too). */
    public Map<String, Object> asMap() {
        return values;
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    public boolean contains(String key) {
        return values.containsKey(key);
    }

    public Optional<Object> get(String key) {
        return Optional.ofNullable(values.get(key));
    }

    /** The value of {@code key} when it is a string. */
    public Optional<String> getString(String key) {
        return values.get(key) instanceof String s ? Optional.of(s) : Optional.empty();
    }

    /** The value of {@code key} when it is an integral number. */
    public Optional<Long> getLong(String key) {
        return values.get(key) instanceof Long l ? Optional.of(l) : Optional.empty();
    }

    public Optional<Boolean> getBoolean(String key) {
        return values.get(key) instanceof Boolean b ? Optional.of(b) : Optional.empty();
    }

    /** A copy with {@code key} set to {@code value} (canonicalised like everything else). */
    public ExtraData with(String key, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(values);
        copy.put(requireKey(key), canonical(value, key));
        return new ExtraData(Collections.unmodifiableMap(copy));
    }

    /** A copy with every entry of {@code other} set over this document's entries. */
    public ExtraData withAll(ExtraData other) {
        if (other.isEmpty()) {
            return this;
        }
        Map<String, Object> copy = new LinkedHashMap<>(values);
        copy.putAll(other.values);
        return new ExtraData(Collections.unmodifiableMap(copy));
    }

    public ExtraData without(String key) {
        if (!values.containsKey(key)) {
            return this;
        }
        Map<String, Object> copy = new LinkedHashMap<>(values);
        copy.remove(key);
        return copy.isEmpty() ? EMPTY : new ExtraData(Collections.unmodifiableMap(copy));
    }

    /**
     * The document a re-ingest stores: this (fresh) document, plus every {@link #PRESERVED_ON_REINGEST} key that
     * {@code stored} has and this one does not set.
     */
    public ExtraData preservingFrom(ExtraData stored) {
        Map<String, Object> copy = null;
        for (String key : PRESERVED_ON_REINGEST) {
            if (stored.values.containsKey(key) && !values.containsKey(key)) {
                if (copy == null) {
                    copy = new LinkedHashMap<>(values);
                }
                copy.put(key, stored.values.get(key));
            }
        }
        return copy == null ? this : new ExtraData(Collections.unmodifiableMap(copy));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ExtraData other && values.equals(other.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return values.toString();
    }

    private static String requireKey(String key) {
        if (key == null || key.isBlank()) {
            throw new ValidationException("extraData keys must not be blank");
        }
        return key;
    }

    private static Map<String, Object> canonicalMap(Map<?, ?> source, String path) {
        // sized for the source so the copy never rehashes; element paths are only built for an error message
        Map<String, Object> copy = new LinkedHashMap<>(Math.max(16, (int) (source.size() / 0.75f) + 1));
        for (Map.Entry<?, ?> entry : source.entrySet()) {
            if (!(entry.getKey() instanceof String key) || key.isBlank()) {
                throw new ValidationException(path + " keys must be non-blank strings, found " + entry.getKey());
            }
            copy.put(key, canonical(entry.getValue(), path, key));
        }
        return Collections.unmodifiableMap(copy);
    }

    /** {@link #canonical(Object, String)} for the element {@code key} of {@code parent}, naming it only if needed. */
    private static Object canonical(Object value, String parent, String key) {
        if (value == null || value instanceof String || value instanceof Boolean || value instanceof Long) {
            return value;
        }
        return canonical(value, parent + "." + key);
    }

    private static Object canonical(Object value, String path) {
        if (value == null || value instanceof String || value instanceof Boolean || value instanceof Long) {
            return value;
        }
        if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        if (value instanceof BigInteger big) {
            return canonicalDecimal(new BigDecimal(big));
        }
        if (value instanceof BigDecimal decimal) {
            return canonicalDecimal(decimal);
        }
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                throw new ValidationException(path + " must be a finite number, was " + d);
            }
            return canonicalDecimal(BigDecimal.valueOf(d));
        }
        if (value instanceof Instant instant) {
            return instant.toString();
        }
        if (value instanceof OffsetDateTime odt) {
            return odt.toInstant().toString();
        }
        if (value instanceof ZonedDateTime zdt) {
            return zdt.toInstant().toString();
        }
        if (value instanceof Map<?, ?> map) {
            return canonicalMap(map, path);
        }
        if (value instanceof ExtraData nested) {
            return nested.values;
        }
        if (value instanceof Iterable<?> iterable) {
            List<Object> copy = new ArrayList<>();
            int i = 0;
            for (Object element : iterable) {
                copy.add(canonical(element, path + "[" + i++ + "]"));
            }
            return Collections.unmodifiableList(copy);
        }
        throw new ValidationException(path + " must be a JSON value (string, number, boolean, list, map or null), was "
                + value.getClass().getSimpleName());
    }

    private static Object canonicalDecimal(BigDecimal decimal) {
        BigDecimal stripped = decimal.signum() == 0 ? BigDecimal.ZERO : decimal.stripTrailingZeros();
        if (stripped.scale() <= 0) {
            BigInteger integral = stripped.toBigIntegerExact();
            if (integral.bitLength() < 64) {
                return integral.longValue();
            }
        }
        return stripped;
    }
}
