package ru.agentiq.core.ops;

import java.util.List;
import ru.agentiq.core.interaction.SellerId;

/** Port: the recent sync runs of each seller and scope, as a bounded ring per (seller, scope). */
public interface SyncRunLog extends SyncRunRecorder {

    /** The kept runs of {@code sellerId} across every scope, oldest first by finish time. */
    List<SyncRun> runs(SellerId sellerId);
}
