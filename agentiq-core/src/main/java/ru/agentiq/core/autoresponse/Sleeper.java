package ru.agentiq.core.autoresponse;

import java.time.Duration;

/** Port: waiting, so tests never sleep. */
@FunctionalInterface
public interface Sleeper {

    void sleep(Duration duration) throws InterruptedException;

    /** Really sleeps. */
    static Sleeper system() {
        return d -> {
            if (!d.isZero() && !d.isNegative()) {
                Thread.sleep(d.toMillis());
            }
        };
    }
}
