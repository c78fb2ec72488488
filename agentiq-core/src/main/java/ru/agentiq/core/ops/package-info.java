/**
 * Operations: sync health from a ring buffer of recent sync runs (seed §g.5), ops alerts (question SLA overdue / due
 * soon, manual-rate regression, sync health; §e.4) and the pilot go/no-go gate (§e.5).
 *
 * <p>Sync runs arrive through the small {@link ru.agentiq.core.ops.SyncRunRecorder} port, so the sync orchestration
 * records into it without knowing how health is judged.
 */
package ru.agentiq.core.ops;
