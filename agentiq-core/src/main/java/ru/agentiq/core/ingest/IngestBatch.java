package ru.agentiq.core.ingest;

import java.util.ArrayList;
import java.util.List;
import ru.agentiq.core.interaction.InteractionData;
import ru.agentiq.core.internal.Checks;

/**
 * The items one fetch produced, in the order the source returned them. Items a normaliser could not turn into
 * {@link InteractionData} (no id, malformed) are recorded with {@link Builder#reject(String, String)} so that they are
 * counted as skipped instead of vanishing.
 */
public final class IngestBatch {

    private final List<Entry> entries;

    private IngestBatch(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A batch of well-formed items only. */
    public static IngestBatch of(List<InteractionData> items) {
        Builder builder = builder();
        items.forEach(builder::add);
        return builder.build();
    }

    /** Number of raw items fetched: accepted and rejected. */
    public int size() {
        return entries.size();
    }

    List<Entry> entries() {
        return entries;
    }

    /** One raw item: either {@code data} or a rejection. */
    record Entry(InteractionData data, String rejectedExternalId, String rejectionReason) {
    }

    /** Collects items in source order. */
    public static final class Builder {
        private final List<Entry> entries = new ArrayList<>();

        private Builder() {
        }

        public Builder add(InteractionData item) {
            entries.add(new Entry(Checks.required(item, "item"), null, null));
            return this;
        }

        /** Records an item that could not be normalised; {@code externalId} may be null when it had none. */
        public Builder reject(String externalId, String reason) {
            entries.add(new Entry(null, externalId, Checks.requiredText(reason, "reason", 1_000)));
            return this;
        }

        public IngestBatch build() {
            return new IngestBatch(entries);
        }
    }
}
