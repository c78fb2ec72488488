package ru.agentiq.wb.ratelimit;

import java.time.Duration;

/** The one place the connector waits, so tests can replace real sleeping with a fake clock. */
@FunctionalInterface
public interface Sleeper {

    /** Sleeps on the calling thread. */
    Sleeper SYSTEM = duration -> Thread.sleep(duration.toMillis(), (int) (duration.toNanosPart() % 1_000_000));

    void sleep(Duration duration) throws InterruptedException;
}
