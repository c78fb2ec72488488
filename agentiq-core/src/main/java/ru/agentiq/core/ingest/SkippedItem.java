package ru.agentiq.core.ingest;

import ru.agentiq.core.internal.Checks;

/**
 * An item of a batch that was not stored, and why.
 *
 * @param position   0-based position of the item in its batch
 * @param externalId the item's id when it had one; nullable
 * @param reason     one sentence, for logs and sync reports
 */
public record SkippedItem(int position, String externalId, String reason) {
    public SkippedItem {
        if (position < 0) {
            throw new IllegalArgumentException("position must be >= 0, was " + position);
        }
        Checks.requiredText(reason, "reason", 1_000);
    }
}
