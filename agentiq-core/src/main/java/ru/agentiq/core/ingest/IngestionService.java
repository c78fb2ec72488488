package ru.agentiq.core.ingest;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ru.agentiq.core.interaction.InteractionData;
import ru.agentiq.core.interaction.InteractionId;
import ru.agentiq.core.interaction.InteractionKey;
import ru.agentiq.core.interaction.InteractionRepository;
import ru.agentiq.core.interaction.UpsertResult;
import ru.agentiq.core.internal.Checks;

/**
 * Stores fetched items idempotently: the accepted items of a batch are upserted on their natural keys in one
 * {@link InteractionRepository#upsertAll} call, so running the same batch twice
 * creates nothing the second time. Items repeated within one batch (WB's answered and unanswered listings may overlap)
 * and items the normaliser rejected are counted as skipped, each with its reason. Thread-safe.
 */
public final class IngestionService {

    private static final Logger log = LoggerFactory.getLogger(IngestionService.class);

    private final InteractionRepository repository;
    private final Clock clock;
    private final List<IngestionListener> listeners;

    public IngestionService(InteractionRepository repository, Clock clock, List<IngestionListener> listeners) {
        this.repository = Checks.required(repository, "repository");
        this.clock = Checks.required(clock, "clock");
        this.listeners = List.copyOf(Checks.required(listeners, "listeners"));
    }

    public IngestionService(InteractionRepository repository, Clock clock) {
        this(repository, clock, List.of());
    }

    /** Upserts every accepted item of {@code batch}, in order, and reports what happened to each raw item. */
    public IngestStats ingest(IngestBatch batch) {
        Checks.required(batch, "batch");
        Set<InteractionKey> seen = new HashSet<>();
        List<SkippedItem> skipped = new ArrayList<>();
        List<InteractionId> touched = new ArrayList<>();
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        int position = 0;
        List<InteractionData> accepted = new ArrayList<>();
        for (IngestBatch.Entry entry : batch.entries()) {
            InteractionData data = entry.data();
            if (data == null) {
                skipped.add(new SkippedItem(position, entry.rejectedExternalId(), entry.rejectionReason()));
            } else if (!seen.add(data.key())) {
                skipped.add(new SkippedItem(position, data.externalId(), "repeated within this run"));
            } else {
                accepted.add(data);
            }
            position++;
        }
        List<UpsertResult> stored = accepted.isEmpty() ? List.of() : repository.upsertAll(accepted, clock.instant());
        for (UpsertResult result : stored) {
            switch (result.outcome()) {
                case CREATED -> created++;
                case UPDATED -> updated++;
                case UNCHANGED -> unchanged++;
            }
            if (result.outcome() != UpsertResult.Outcome.UNCHANGED) {
                touched.add(result.interaction().id());
            }
        }
        notifyListeners(stored);
        return new IngestStats(batch.size(), created, updated, unchanged, skipped.size(), skipped, touched);
    }

    private void notifyListeners(List<UpsertResult> stored) {
        if (stored.isEmpty()) {
            return;
        }
        List<UpsertResult> view = List.copyOf(stored);
        for (IngestionListener listener : listeners) {
            try {
                listener.afterIngest(view);
            } catch (RuntimeException e) {
                log.warn("Ingestion listener {} failed; the ingested items are stored regardless",
                        listener.getClass().getName(), e);
            }
        }
    }
}
