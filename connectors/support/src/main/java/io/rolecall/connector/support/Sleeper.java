package io.rolecall.connector.support;

import java.time.Duration;

/** Waits; tests pass one that only records, so that a test of a one-minute rate-limit wait takes no time. */
@FunctionalInterface
public interface Sleeper {

    Sleeper REAL = duration -> Thread.sleep(duration.toMillis());

    void sleep(Duration duration) throws InterruptedException;
}
