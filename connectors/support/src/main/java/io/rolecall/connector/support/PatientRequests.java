package io.rolecall.connector.support;

import io.rolecall.core.port.DirectoryReadException;
import java.time.Duration;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.function.Function;

/**
 * Sends one directory read's requests patiently but within bounds: transient failures are retried
 * (after the delay the server asks for, else with exponential backoff and jitter), and every wait,
 * retry or rate-limit pause, is charged to one budget for the whole read. A wait that would not fit
 * the budget fails the read at once, before sleeping, with what failed and why.
 *
 * <p>A small loop rather than a retry library, because the policy is the point: choose per failure
 * between the server's delay and a backoff, refuse before sleeping any wait that would overrun the
 * budget shared by all of a read's requests (pacing included), and let tests replace the sleep.
 */
public final class PatientRequests {

    private static final Duration MAX_BACKOFF = Duration.ofMinutes(1);

    private final String service;
    private final int maxAttempts;
    private final Duration firstRetryDelay;
    private final Duration maxTotalWait;
    private final Sleeper sleeper;
    private final Random jitter;

    private int requests;
    private int retries;
    private int rateLimitWaits;
    private long waitedMillis;

    /**
     * @param service names the service in messages, for example "Okta" or "Google Directory API"
     */
    public PatientRequests(String service, int maxAttempts, Duration firstRetryDelay, Duration maxTotalWait,
                           Sleeper sleeper, Random jitter) {
        this.service = service;
        this.maxAttempts = maxAttempts;
        this.firstRetryDelay = firstRetryDelay;
        this.maxTotalWait = maxTotalWait;
        this.sleeper = sleeper;
        this.jitter = jitter;
    }

    /**
     * Sends {@code request} until it succeeds, {@code classify} calls its failure fatal, the attempts
     * run out or the wait budget would be exceeded.
     *
     * @param description what is being requested, for messages, for example "GET /api/v1/users (page 3)"
     * @throws DirectoryReadException when the request finally fails
     */
    public <T> T send(String description, Callable<T> request, Function<Exception, Failure> classify) {
        for (int attempt = 1; ; attempt++) {
            requests++;
            try {
                return request.call();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new DirectoryReadException(service + " read interrupted during " + description, e);
            } catch (Exception e) {
                Failure failure = classify.apply(e);
                if (failure instanceof Failure.Fatal fatal) {
                    throw new DirectoryReadException(service + " request " + description + " failed: "
                            + fatal.message(), e);
                }
                Failure.Retry retry = (Failure.Retry) failure;
                if (attempt >= maxAttempts) {
                    throw new DirectoryReadException(service + " request " + description + " failed " + attempt
                            + " times, the last with " + retry.reason() + "; nothing was read, so nothing was "
                            + "scanned. Try again later, or check " + service + "'s status.", e);
                }
                Duration delay = retry.after() != null ? retry.after() : backoff(attempt);
                retries++;
                pause(delay, description, retry.reason());
            }
        }
    }

    /** Waits for a rate-limit window to reset before the next request; charged to the same budget. */
    public void waitForRateLimit(Duration delay, String description) {
        rateLimitWaits++;
        pause(delay, description, "rate-limit pacing");
    }

    private void pause(Duration delay, String description, String reason) {
        if (waitedMillis + delay.toMillis() > maxTotalWait.toMillis()) {
            throw new DirectoryReadException(service + " request " + description + " would need a wait of "
                    + seconds(delay) + " (" + reason + ") but this read may wait " + seconds(maxTotalWait)
                    + " in all and has waited " + seconds(Duration.ofMillis(waitedMillis))
                    + "; nothing was scanned. Run it again later or allow a longer total wait.");
        }
        try {
            sleeper.sleep(delay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DirectoryReadException(service + " read interrupted while waiting", e);
        }
        waitedMillis += delay.toMillis();
    }

    /** firstRetryDelay doubling per attempt, capped, with up to 25% random jitter either way. */
    private Duration backoff(int attempt) {
        long base = Math.min(MAX_BACKOFF.toMillis(), firstRetryDelay.toMillis() << Math.min(attempt - 1, 20));
        double factor = 0.75 + jitter.nextDouble() * 0.5;
        return Duration.ofMillis(Math.round(base * factor));
    }

    private static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
    }

    public int requests() {
        return requests;
    }

    public int retries() {
        return retries;
    }

    public int rateLimitWaits() {
        return rateLimitWaits;
    }

    public long waitedMillis() {
        return waitedMillis;
    }
}
