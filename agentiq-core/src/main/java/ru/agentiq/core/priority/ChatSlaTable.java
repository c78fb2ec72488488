package ru.agentiq.core.priority;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import ru.agentiq.core.interaction.Priority;
import ru.agentiq.core.internal.Checks;

/**
 * Priority and SLA target per chat intent: the seed's defaults (§b.3) overlaid with a seller's overrides.
 * Immutable; {@link #with} returns a changed copy.
 *
 * @param overrides the seller's entries that replace defaults
 */
public record ChatSlaTable(Map<ChatIntent, IntentSla> overrides) {

    private static final ChatSlaTable DEFAULTS = new ChatSlaTable(Map.of());

    public ChatSlaTable {
        Checks.required(overrides, "overrides");
        Map<ChatIntent, IntentSla> copy = new EnumMap<>(ChatIntent.class);
        overrides.forEach((intent, sla) -> copy.put(Checks.required(intent, "intent"),
                Checks.required(sla, "sla of " + intent)));
        copy.entrySet().removeIf(e -> e.getValue().equals(e.getKey().defaultSla()));
        overrides = Collections.unmodifiableMap(copy);
    }

    public static ChatSlaTable defaults() {
        return DEFAULTS;
    }

    /** The effective priority and SLA target of {@code intent}. */
    public IntentSla get(ChatIntent intent) {
        IntentSla override = overrides.get(Checks.required(intent, "intent"));
        return override != null ? override : intent.defaultSla();
    }

    /**
     * A copy where {@code intent} has {@code priority} and {@code slaMinutes}.
     *
     * @throws ru.agentiq.core.ValidationException when {@code slaMinutes} is outside 1..10080
     */
    public ChatSlaTable with(ChatIntent intent, Priority priority, int slaMinutes) {
        Map<ChatIntent, IntentSla> copy = new EnumMap<>(ChatIntent.class);
        copy.putAll(overrides);
        copy.put(Checks.required(intent, "intent"), new IntentSla(priority, slaMinutes));
        return new ChatSlaTable(copy);
    }

    /** A copy where {@code intent} is back to its default. */
    public ChatSlaTable withDefault(ChatIntent intent) {
        Map<ChatIntent, IntentSla> copy = new EnumMap<>(ChatIntent.class);
        copy.putAll(overrides);
        copy.remove(intent);
        return new ChatSlaTable(copy);
    }
}
