package io.rolecall.connector.personio;

import io.rolecall.connector.support.DirectoryProvider;
import io.rolecall.connector.support.HrProvider;
import io.rolecall.connector.support.HrValues;
import io.rolecall.connector.support.ProviderSettings;
import io.rolecall.connector.support.Sleeper;
import io.rolecall.core.port.HrSource;
import java.net.URI;
import java.time.Duration;
import java.util.List;

/** Personio as an HR source: {@code --hr personio}, with an API credential's client id and secret. */
public final class PersonioProvider implements HrProvider {

    public static final String CLIENT_ID = "PERSONIO_CLIENT_ID";
    public static final String CLIENT_SECRET = "PERSONIO_CLIENT_SECRET";
    public static final String ROOT_URL = "ROLECALL_PERSONIO_ROOT_URL";
    public static final String MAX_WAIT_MINUTES = "PERSONIO_MAX_WAIT_MINUTES";

    @Override
    public String name() {
        return "personio";
    }

    @Override
    public String title() {
        return "Personio (API v2)";
    }

    @Override
    public List<DirectoryProvider.Setting> settings() {
        return List.of(
                DirectoryProvider.secret(CLIENT_ID, "personioClientId", "The client id of a Personio API credential "
                        + "(Settings > Integrations > API credentials)."),
                DirectoryProvider.secret(CLIENT_SECRET, "personioClientSecret", "Its client secret; the credential "
                        + "must read persons, employments and absences (see docs/sources.md)."),
                DirectoryProvider.plain(MAX_WAIT_MINUTES, "The most the read may wait on pacing, throttling and "
                        + "retries. Default 15: Personio is read one employment per person, ten requests a second."),
                DirectoryProvider.plain(ROOT_URL, "Personio's API address; default https://api.personio.de (a test "
                        + "stub on a loopback address may use http)."));
    }

    @Override
    public HrSource create(ProviderSettings settings) {
        String id = settings.required(CLIENT_ID, "give the API credential's client id");
        String secret = settings.required(CLIENT_SECRET, "set the API credential's client secret in the environment");
        URI root = HrValues.root(settings, ROOT_URL, URI.create("https://api.personio.de"));
        int maxWait = settings.integer(MAX_WAIT_MINUTES, 0).orElse(15);
        return PersonioSource.create(root, id, secret, Duration.ofMinutes(maxWait), Sleeper.REAL);
    }
}
