package io.rolecall.connector.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;

/**
 * A progress line for long reads, at most one per interval so that a 100,000-user read does not
 * print 500 lines; the final line is always passed on.
 */
public final class Progress {

    private final Consumer<String> sink;
    private final Clock clock;
    private final Duration interval;
    private Instant lastShown = Instant.MIN;

    public Progress(Consumer<String> sink, Clock clock, Duration interval) {
        this.sink = sink;
        this.clock = clock;
        this.interval = interval;
    }

    public static Progress silent() {
        return new Progress(line -> { }, Clock.systemUTC(), Duration.ofDays(1));
    }

    public void update(String line) {
        Instant now = clock.instant();
        if (lastShown.equals(Instant.MIN) || !now.isBefore(lastShown.plus(interval))) {
            lastShown = now;
            sink.accept(line);
        }
    }

    public void done(String line) {
        sink.accept(line);
    }
}
