/** Idempotent ingestion of fetched items into the {@link ru.agentiq.core.interaction.InteractionRepository}. */
package ru.agentiq.core.ingest;
