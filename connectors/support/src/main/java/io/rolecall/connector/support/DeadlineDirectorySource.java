package io.rolecall.connector.support;

import io.rolecall.core.model.DirectoryFingerprint;
import io.rolecall.core.model.DirectorySnapshot;
import io.rolecall.core.port.DirectoryReadException;
import io.rolecall.core.port.DirectorySource;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Gives a directory read an overall deadline. Retries, rate-limit waits and socket timeouts bound
 * each step, but not a server that trickles one byte every twenty seconds: only a deadline on the
 * whole read does. The read runs on its own thread; at the deadline it is interrupted (which ends
 * any wait) and abandoned, and the scan fails cleanly with nothing stored.
 */
public final class DeadlineDirectorySource implements DirectorySource {

    /** The default deadline of a read, half an hour: far beyond a real read of 100,000 people. */
    public static final Duration DEFAULT = Duration.ofMinutes(30);
    /** Sets the deadline in seconds for the command and the functions alike (not a stack parameter). */
    public static final String VARIABLE = "ROLECALL_READ_DEADLINE_SECONDS";

    private final DirectorySource source;
    private final Duration deadline;
    /** When the first read began, plus the deadline: a fingerprint and then a read share one deadline. */
    private long endsAtNanos;
    private boolean started;

    private DeadlineDirectorySource(DirectorySource source, Duration deadline) {
        this.source = source;
        this.deadline = deadline;
    }

    public static DirectorySource of(DirectorySource source, Duration deadline) {
        if (deadline.isNegative() || deadline.isZero()) {
            throw new IllegalArgumentException("a read deadline must be positive, not " + deadline);
        }
        return new DeadlineDirectorySource(source, deadline);
    }

    /**
     * The deadline {@link #VARIABLE} sets, else {@link #DEFAULT}.
     *
     * @throws IllegalArgumentException when the variable is not a number of seconds above 0
     */
    public static Duration fromEnvironment(Map<String, String> environment) {
        String value = environment.get(VARIABLE);
        if (value == null || value.isBlank()) {
            return DEFAULT;
        }
        try {
            long seconds = Long.parseLong(value.trim());
            if (seconds > 0) {
                return Duration.ofSeconds(seconds);
            }
        } catch (NumberFormatException e) {
            // the message below says what is wrong
        }
        throw new IllegalArgumentException(VARIABLE + " '" + value.trim() + "' is not a number of seconds above 0");
    }

    @Override
    public DirectorySnapshot read() {
        return withinDeadline(source::read);
    }

    @Override
    public Optional<DirectoryFingerprint> fingerprint() {
        return withinDeadline(source::fingerprint);
    }

    @Override
    public Optional<String> contentDigest() {
        return withinDeadline(source::contentDigest);
    }

    private synchronized <T> T withinDeadline(Callable<T> work) {
        if (!started) {
            started = true;
            endsAtNanos = System.nanoTime() + deadline.toNanos();
        }
        FutureTask<T> read = new FutureTask<>(work);
        Thread reader = new Thread(read, "rolecall-directory-read");
        // A daemon, so that a read stuck in a socket can never keep the process alive after the deadline.
        reader.setDaemon(true);
        reader.start();
        try {
            return read.get(Math.max(0, endsAtNanos - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            read.cancel(true);
            throw new DirectoryReadException(String.format(Locale.ROOT, "the read of %s did not finish within its "
                    + "deadline of %d s, so it was stopped and nothing was scanned. The directory answers too slowly "
                    + "(or not at all); try again later, or allow more time with --read-deadline-seconds or "
                    + "ROLECALL_READ_DEADLINE_SECONDS.", source.describe(), deadline.toSeconds()), e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new DirectoryReadException("the read of " + source.describe() + " failed: " + e.getCause(), e);
        } catch (InterruptedException e) {
            read.cancel(true);
            Thread.currentThread().interrupt();
            throw new DirectoryReadException("the read of " + source.describe() + " was interrupted", e);
        }
    }

    @Override
    public String describe() {
        return source.describe();
    }
}
