package ru.agentiq.core.sync;

import java.time.Instant;

/**
 * Implemented by exceptions that mean "the source refused for now; ask again at {@link #resumeAt()}". The sync
 * records the instant and does not call that channel again before it, since asking early extends WB's penalty.
 */
public interface Throttled {

    /** The earliest instant the source may be asked again. */
    Instant resumeAt();
}
