package io.rolecall.connector.entra;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.rolecall.connector.entra.internal.EntraReader;
import io.rolecall.connector.entra.internal.Graph;
import io.rolecall.connector.entra.internal.GraphTokens;
import io.rolecall.connector.support.DirectoryRead;
import io.rolecall.connector.support.PatientRequests;
import io.rolecall.connector.support.Progress;
import io.rolecall.connector.support.ReadStatistics;
import io.rolecall.connector.support.Sleeper;
import io.rolecall.core.model.DirectorySnapshot;
import io.rolecall.core.port.DirectorySource;
import java.net.http.HttpClient;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;

/**
 * The people directory from a Microsoft Entra ID tenant, through Microsoft Graph v1.0: every user,
 * the deleted users still in the recycle bin (the leavers), and the members of the groups roles.yaml
 * names, with leaving dates read against the scan's as-of day. The whole read fails if any request
 * finally fails, so that nothing partial is ever scanned.
 */
public final class EntraDirectorySource implements DirectorySource {

    private final EntraSettings settings;
    private final Progress progress;
    private final Sleeper sleeper;
    private final Clock clock;
    private ReadStatistics lastStatistics;

    private EntraDirectorySource(EntraSettings settings, Progress progress, Sleeper sleeper, Clock clock) {
        this.settings = settings;
        this.progress = progress;
        this.sleeper = sleeper;
        this.clock = clock;
    }

    public static EntraDirectorySource create(EntraSettings settings, Progress progress) {
        return new EntraDirectorySource(settings, progress, Sleeper.REAL, Clock.systemUTC());
    }

    /** For tests: waits are recorded, not slept. */
    public static EntraDirectorySource create(EntraSettings settings, Progress progress, Sleeper sleeper, Clock clock) {
        return new EntraDirectorySource(settings, progress, sleeper, clock);
    }

    @Override
    public DirectorySnapshot read() {
        PatientRequests requests = new PatientRequests("Microsoft Graph", settings.maxAttempts(),
                settings.firstRetryDelay(), settings.maxTotalWait(), sleeper, new SecureRandom());
        // One kept-alive HTTP/1.1 connection: the pages come one after the other (each needs the last's
        // nextLink), so HTTP/2's multiplexing buys nothing; measured no faster against the stub.
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER).build();
        // The parser must leave the body open: Graph reads it to the end so that the connection is reused.
        ObjectMapper json = new ObjectMapper().configure(com.fasterxml.jackson.core.JsonParser.Feature.AUTO_CLOSE_SOURCE, false);
        Graph graph = new Graph(http, new GraphTokens(settings), requests, json, settings.graphRoot(),
                clock);
        DirectoryRead result = new EntraReader(settings, graph, requests, progress).read();
        lastStatistics = result.statistics();
        progress.done(result.summary("Entra ID", "Entra ID"));
        return result.directory();
    }

    @Override
    public String describe() {
        return "entra:" + settings.tenant();
    }

    /** What the latest {@link #read()} cost; null before the first read. */
    public ReadStatistics lastStatistics() {
        return lastStatistics;
    }
}
