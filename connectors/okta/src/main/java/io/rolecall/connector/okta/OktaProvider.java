package io.rolecall.connector.okta;

import io.rolecall.connector.support.DirectoryContext;
import io.rolecall.connector.support.DirectoryProvider;
import io.rolecall.connector.support.ProviderSettings;
import io.rolecall.core.port.DirectorySource;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.List;

/** An Okta org as a directory provider: "okta". */
public final class OktaProvider implements DirectoryProvider {

    public static final String ORG_URL = "OKTA_ORG_URL";
    public static final String API_TOKEN = "OKTA_API_TOKEN";
    public static final String CLIENT_ID = "OKTA_CLIENT_ID";
    /** The service app's private key: its PEM text (in the secret), or the path of the PEM file. */
    public static final String PRIVATE_KEY = "OKTA_PRIVATE_KEY";
    public static final String KEY_ID = "OKTA_KEY_ID";
    public static final String END_DATE_ATTRIBUTE = "OKTA_END_DATE_ATTRIBUTE";
    public static final String SERVICE_ATTRIBUTE = "OKTA_SERVICE_ATTRIBUTE";
    public static final String SERVICE_GROUP = "OKTA_SERVICE_GROUP";
    public static final String RATE_LIMIT_SHARE = "OKTA_RATE_LIMIT_SHARE";
    public static final String MAX_WAIT_MINUTES = "OKTA_MAX_WAIT_MINUTES";

    @Override
    public String name() {
        return "okta";
    }

    @Override
    public String title() {
        return "Okta (Okta Java SDK)";
    }

    @Override
    public List<Setting> settings() {
        return List.of(
                DirectoryProvider.plain(ORG_URL, "The org's address, for example https://acme.okta.com."),
                DirectoryProvider.secret(CLIENT_ID, "oktaClientId", "The OAuth service app's client id (recommended)."),
                DirectoryProvider.secret(PRIVATE_KEY, "oktaPrivateKey", "Its private key: a PEM file's path, or the PEM."),
                DirectoryProvider.secret(KEY_ID, "oktaKeyId", "The key's kid, when the app has several."),
                DirectoryProvider.secret(API_TOKEN, "oktaApiToken", "An API token of a read-only admin, instead."),
                DirectoryProvider.plain(END_DATE_ATTRIBUTE, "Profile attribute with a leaving date."),
                DirectoryProvider.plain(SERVICE_ATTRIBUTE, "Profile attribute marking service accounts, ATTR[=VALUE]."),
                DirectoryProvider.plain(SERVICE_GROUP, "Group whose members are service accounts."),
                DirectoryProvider.plain(RATE_LIMIT_SHARE, "Share of each rate-limit bucket RoleCall may use; "
                        + "default 0.5."),
                DirectoryProvider.plain(MAX_WAIT_MINUTES, "The most the whole read may wait; default 10."));
    }

    @Override
    public DirectorySource create(ProviderSettings settings, DirectoryContext context) {
        URI org;
        try {
            org = new URI(settings.required(ORG_URL, "give the org's address, such as https://acme.okta.com"));
        } catch (URISyntaxException e) {
            // The value is not repeated: it may hold a credential by mistake.
            throw new IllegalArgumentException(ORG_URL + " is not the org's address alone, such as https://acme.okta.com");
        }
        double share = settings.optional(RATE_LIMIT_SHARE).map(Double::parseDouble)
                .orElse(OktaSettings.DEFAULT_RATE_LIMIT_SHARE);
        int maxWait = settings.integer(MAX_WAIT_MINUTES, 0).orElse(10);
        OktaSettings okta = OktaSettings.of(org, credentials(settings), context.referencedGroups())
                .withProfileMapping(settings.optional(END_DATE_ATTRIBUTE).orElse(null),
                        settings.optional(SERVICE_ATTRIBUTE).orElse(null), settings.optional(SERVICE_GROUP).orElse(null))
                .withLimits(share, Duration.ofMinutes(maxWait), OktaSettings.DEFAULT_MAX_ATTEMPTS,
                        OktaSettings.DEFAULT_FIRST_RETRY_DELAY);
        return OktaDirectorySource.create(okta, context.progress());
    }

    /** OAuth (client id and private key) when both are there, else the API token. */
    private static OktaCredentials credentials(ProviderSettings settings) {
        var clientId = settings.optional(CLIENT_ID);
        var privateKey = settings.textOrFile(PRIVATE_KEY, "-----BEGIN");
        if (clientId.isPresent() && privateKey.isPresent()) {
            return OktaCredentials.privateKeyJwt(clientId.get(), privateKey.get(), settings.optional(KEY_ID).orElse(null));
        }
        return OktaCredentials.apiToken(settings.optional(API_TOKEN).orElseThrow(() -> new IllegalArgumentException(
                "the Okta credentials are missing: set " + CLIENT_ID + " and " + PRIVATE_KEY + " (recommended), or "
                        + API_TOKEN)));
    }
}
