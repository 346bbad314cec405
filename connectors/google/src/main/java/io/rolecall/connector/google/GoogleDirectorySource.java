package io.rolecall.connector.google;

import io.rolecall.connector.google.internal.GoogleClients;
import io.rolecall.connector.google.internal.GoogleReader;
import io.rolecall.connector.support.DirectoryRead;
import io.rolecall.connector.support.PatientRequests;
import io.rolecall.connector.support.Progress;
import io.rolecall.connector.support.ReadStatistics;
import io.rolecall.connector.support.Sleeper;
import io.rolecall.core.model.DirectorySnapshot;
import io.rolecall.core.port.DirectorySource;
import java.security.SecureRandom;
import java.time.Clock;

/**
 * The people directory from Google Workspace, through the Admin SDK Directory API. Reads every user,
 * deleted ones included, maps Workspace's leaver signals (suspended with a leaver reason, archived,
 * deleted), expands the nested members of the groups roles.yaml names, retries quota errors (which
 * Google reports as 403) and server errors, and fails the whole read if any page finally fails.
 */
public final class GoogleDirectorySource implements DirectorySource {

    private final GoogleSettings settings;
    private final Progress progress;
    private final Sleeper sleeper;
    private final Clock clock;
    private ReadStatistics lastStatistics;

    private GoogleDirectorySource(GoogleSettings settings, Progress progress, Sleeper sleeper, Clock clock) {
        this.settings = settings;
        this.progress = progress;
        this.sleeper = sleeper;
        this.clock = clock;
    }

    public static GoogleDirectorySource create(GoogleSettings settings, Progress progress) {
        return new GoogleDirectorySource(settings, progress, Sleeper.REAL, Clock.systemUTC());
    }

    /** For tests: waits are recorded, not slept. */
    public static GoogleDirectorySource create(GoogleSettings settings, Progress progress, Sleeper sleeper,
                                               Clock clock) {
        return new GoogleDirectorySource(settings, progress, sleeper, clock);
    }

    @Override
    public DirectorySnapshot read() {
        PatientRequests requests = new PatientRequests("Google Directory API", settings.maxAttempts(),
                settings.firstRetryDelay(), settings.maxTotalWait(), sleeper, new SecureRandom());
        DirectoryRead result = new GoogleReader(settings, GoogleClients.directory(settings), requests, clock,
                progress).read();
        lastStatistics = result.statistics();
        progress.done(result.summary("Google", "Workspace"));
        return result.directory();
    }

    @Override
    public String describe() {
        return "google:" + settings.customer();
    }

    /** What the latest {@link #read()} cost; null before the first read. */
    public ReadStatistics lastStatistics() {
        return lastStatistics;
    }
}
