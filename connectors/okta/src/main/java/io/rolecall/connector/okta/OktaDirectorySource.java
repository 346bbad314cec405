package io.rolecall.connector.okta;

import com.okta.sdk.resource.client.ApiClient;
import io.rolecall.connector.okta.internal.OktaClients;
import io.rolecall.connector.okta.internal.OktaReader;
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
 * The people directory from an Okta org, through the Okta Java SDK. Reads every user, DEPROVISIONED
 * ones included (Okta's default list leaves them out, and they are exactly the leavers), and the
 * members of the groups roles.yaml names; stays within a share of Okta's rate limits; and fails the
 * whole read if any page finally fails, so that nothing partial is ever scanned.
 */
public final class OktaDirectorySource implements DirectorySource {

    private final OktaSettings settings;
    private final Progress progress;
    private final Sleeper sleeper;
    private final Clock clock;
    private ReadStatistics lastStatistics;

    private OktaDirectorySource(OktaSettings settings, Progress progress, Sleeper sleeper, Clock clock) {
        this.settings = settings;
        this.progress = progress;
        this.sleeper = sleeper;
        this.clock = clock;
    }

    public static OktaDirectorySource create(OktaSettings settings, Progress progress) {
        return new OktaDirectorySource(settings, progress, Sleeper.REAL, Clock.systemUTC());
    }

    /** For tests: waits are recorded, not slept. */
    public static OktaDirectorySource create(OktaSettings settings, Progress progress, Sleeper sleeper, Clock clock) {
        return new OktaDirectorySource(settings, progress, sleeper, clock);
    }

    @Override
    public DirectorySnapshot read() {
        ApiClient client = OktaClients.build(settings);
        PatientRequests requests = new PatientRequests("Okta", settings.maxAttempts(), settings.firstRetryDelay(),
                settings.maxTotalWait(), sleeper, new SecureRandom());
        DirectoryRead result = new OktaReader(settings, client, requests, clock, progress).read();
        lastStatistics = result.statistics();
        progress.done(result.summary("Okta", "Okta"));
        return result.directory();
    }

    @Override
    public String describe() {
        return "okta:" + settings.orgUrl().getHost();
    }

    /** What the latest {@link #read()} cost; null before the first read. */
    public ReadStatistics lastStatistics() {
        return lastStatistics;
    }
}
