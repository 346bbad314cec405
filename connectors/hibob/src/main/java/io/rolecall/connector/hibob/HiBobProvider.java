package io.rolecall.connector.hibob;

import io.rolecall.connector.support.DirectoryProvider;
import io.rolecall.connector.support.HrProvider;
import io.rolecall.connector.support.HrValues;
import io.rolecall.connector.support.ProviderSettings;
import io.rolecall.connector.support.Sleeper;
import io.rolecall.core.port.HrSource;
import java.net.URI;
import java.time.Duration;
import java.util.List;

/** HiBob (Bob) as an HR source: {@code --hr hibob}, with a service user's id and token. */
public final class HiBobProvider implements HrProvider {

    public static final String SERVICE_USER_ID = "HIBOB_SERVICE_USER_ID";
    public static final String SERVICE_USER_TOKEN = "HIBOB_SERVICE_USER_TOKEN";
    public static final String ROOT_URL = "ROLECALL_HIBOB_ROOT_URL";
    public static final String MAX_WAIT_MINUTES = "HIBOB_MAX_WAIT_MINUTES";

    @Override
    public String name() {
        return "hibob";
    }

    @Override
    public String title() {
        return "HiBob (Bob API v1)";
    }

    @Override
    public List<DirectoryProvider.Setting> settings() {
        return List.of(
                DirectoryProvider.secret(SERVICE_USER_ID, "hibobServiceUserId", "The id of a Bob service user "
                        + "(Settings > Integrations > Service users)."),
                DirectoryProvider.secret(SERVICE_USER_TOKEN, "hibobServiceUserToken", "That service user's token; "
                        + "its permission group must read the fields in docs/sources.md for everyone, leavers "
                        + "included."),
                DirectoryProvider.plain(MAX_WAIT_MINUTES, "The most the read may wait on throttling and retries. "
                        + "Default 10."),
                DirectoryProvider.plain(ROOT_URL, "Bob's API address; default https://api.hibob.com (the sandbox is "
                        + "https://api.sandbox.hibob.com; a test stub on a loopback address may use http)."));
    }

    @Override
    public HrSource create(ProviderSettings settings) {
        String id = settings.required(SERVICE_USER_ID, "give the service user's id");
        String token = settings.required(SERVICE_USER_TOKEN, "set the service user's token in the environment");
        URI root = HrValues.root(settings, ROOT_URL, URI.create("https://api.hibob.com"));
        int maxWait = settings.integer(MAX_WAIT_MINUTES, 0).orElse(10);
        return HiBobSource.create(root, id, token, Duration.ofMinutes(maxWait), Sleeper.REAL);
    }
}
