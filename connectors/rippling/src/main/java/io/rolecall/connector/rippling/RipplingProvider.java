package io.rolecall.connector.rippling;

import io.rolecall.connector.support.DirectoryProvider;
import io.rolecall.connector.support.HrProvider;
import io.rolecall.connector.support.HrValues;
import io.rolecall.connector.support.ProviderSettings;
import io.rolecall.connector.support.Sleeper;
import io.rolecall.core.port.HrSource;
import java.net.URI;
import java.time.Duration;
import java.util.List;

/** Rippling as an HR source: {@code --hr rippling}, with an API token. */
public final class RipplingProvider implements HrProvider {

    public static final String API_TOKEN = "RIPPLING_API_TOKEN";
    public static final String ROOT_URL = "ROLECALL_RIPPLING_ROOT_URL";
    public static final String MAX_WAIT_MINUTES = "RIPPLING_MAX_WAIT_MINUTES";

    @Override
    public String name() {
        return "rippling";
    }

    @Override
    public String title() {
        return "Rippling (REST API)";
    }

    @Override
    public List<DirectoryProvider.Setting> settings() {
        return List.of(
                DirectoryProvider.secret(API_TOKEN, "ripplingApiToken", "A Rippling API token with the scopes "
                        + "workers.read and leave requests read (see docs/sources.md)."),
                DirectoryProvider.plain(MAX_WAIT_MINUTES, "The most the read may wait on throttling and retries. "
                        + "Default 10."),
                DirectoryProvider.plain(ROOT_URL, "One address for both of Rippling's APIs, for a test stub (a "
                        + "loopback address may use http); default https://rest.ripplingapis.com for workers and "
                        + "https://api.rippling.com/platform/api for leave requests."));
    }

    @Override
    public HrSource create(ProviderSettings settings) {
        String token = settings.required(API_TOKEN, "set the API token in the environment");
        int maxWait = settings.integer(MAX_WAIT_MINUTES, 0).orElse(10);
        URI rest = HrValues.root(settings, ROOT_URL, URI.create("https://rest.ripplingapis.com"));
        URI platform = settings.optional(ROOT_URL).isPresent() ? rest.resolve("/platform/api/")
                : URI.create("https://api.rippling.com/platform/api/");
        return RipplingSource.create(rest, platform, token, Duration.ofMinutes(maxWait), Sleeper.REAL);
    }
}
