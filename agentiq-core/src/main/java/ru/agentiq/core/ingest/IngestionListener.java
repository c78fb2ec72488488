package ru.agentiq.core.ingest;

import java.util.List;
import ru.agentiq.core.interaction.UpsertResult;

/**
 * Port: told about every stored item after an ingest run (link refresh, customer profiles, metrics). A listener that
 * throws is logged and ignored: follow-up work never undoes or blocks ingestion.
 */
@FunctionalInterface
public interface IngestionListener {

    /** Called once per run with the results of the items that were stored, in batch order. */
    void afterIngest(List<UpsertResult> results);
}
