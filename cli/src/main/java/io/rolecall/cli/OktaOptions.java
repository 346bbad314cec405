package io.rolecall.cli;

import io.rolecall.connector.okta.OktaCredentials;
import io.rolecall.connector.okta.OktaProvider;
import io.rolecall.connector.okta.OktaSettings;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/** How to map an Okta org onto RoleCall's directory; only used with --okta. Credentials come from env. */
final class OktaOptions {

    static final String API_TOKEN = "OKTA_API_TOKEN";
    static final String CLIENT_ID = "OKTA_CLIENT_ID";
    static final String PRIVATE_KEY = "OKTA_PRIVATE_KEY";
    static final String KEY_ID = "OKTA_KEY_ID";

    @Option(names = "--okta-end-date-attribute", paramLabel = "NAME",
            description = "Custom Okta profile attribute holding a person's leaving date (YYYY-MM-DD).")
    String endDateAttribute;

    @Option(names = "--okta-service-attribute", paramLabel = "ATTR[=VALUE]",
            description = "Profile attribute marking service accounts: true when equal to VALUE (any case), "
                    + "or when truthy if no VALUE is given. Example: userType=Service")
    String serviceAttribute;

    @Option(names = "--okta-service-group", paramLabel = "NAME",
            description = "Okta group whose members are service accounts.")
    String serviceGroup;

    @Option(names = "--okta-rate-limit-share", paramLabel = "SHARE", defaultValue = "0.5",
            description = "Share of each Okta rate-limit bucket RoleCall may use before waiting for the reset, "
                    + "so other integrations keep theirs. Default: ${DEFAULT-VALUE}")
    double rateLimitShare = OktaSettings.DEFAULT_RATE_LIMIT_SHARE;

    @Option(names = "--okta-max-wait-minutes", paramLabel = "MINUTES", defaultValue = "10",
            description = "The most the whole read may wait on rate limits and retries. Default: ${DEFAULT-VALUE}")
    int maxWaitMinutes = 10;

    /** The provider's settings from these options and the environment, each checked with a message for the CLI. */
    Map<String, String> settings(String org, Map<String, String> env) {
        URI orgUrl = orgUrl(org);
        if (rateLimitShare <= 0 || rateLimitShare > 1) {
            throw new InvalidInputException("--okta-rate-limit-share must be above 0 and at most 1, for example 0.5");
        }
        if (maxWaitMinutes < 0) {
            throw new InvalidInputException("--okta-max-wait-minutes cannot be negative");
        }
        Map<String, String> settings = new HashMap<>(credentials(env));
        settings.put(OktaProvider.ORG_URL, orgUrl.toString());
        settings.put(OktaProvider.END_DATE_ATTRIBUTE, endDateAttribute);
        settings.put(OktaProvider.SERVICE_ATTRIBUTE, serviceAttribute);
        settings.put(OktaProvider.SERVICE_GROUP, serviceGroup);
        settings.put(OktaProvider.RATE_LIMIT_SHARE, Double.toString(rateLimitShare));
        settings.put(OktaProvider.MAX_WAIT_MINUTES, Integer.toString(maxWaitMinutes));
        return settings;
    }

    /**
     * The org's address alone. Anything more could be a secret (a password before the host, a token in
     * the query), so the value is never repeated in the message: command lines show in process lists
     * and stay in shell history, and credentials belong in the environment.
     */
    static URI orgUrl(String text) {
        URI url;
        try {
            url = new URI(text.trim());
        } catch (URISyntaxException e) {
            throw new InvalidInputException("--okta is not a URL; write the org's address, such as https://acme.okta.com");
        }
        if (url.getRawUserInfo() != null) {
            throw new InvalidInputException("--okta holds a user name or password before the host; RoleCall never takes "
                    + "credentials on the command line. Give the org's address alone (https://acme.okta.com) and the "
                    + "credentials in " + CLIENT_ID + " and " + PRIVATE_KEY + ", or " + API_TOKEN);
        }
        boolean webAddress = "https".equals(url.getScheme()) || "http".equals(url.getScheme());
        if (!webAddress || url.getHost() == null || url.getRawQuery() != null || url.getRawFragment() != null
                || !(url.getRawPath() == null || url.getRawPath().isEmpty() || url.getRawPath().equals("/"))) {
            throw new InvalidInputException("--okta must be the org's address alone, such as https://acme.okta.com, "
                    + "without a path, a query or a fragment");
        }
        return url;
    }

    /**
     * OAuth (OKTA_CLIENT_ID + OKTA_PRIVATE_KEY, a PEM file, handed on as its text) when set, else
     * OKTA_API_TOKEN; checked here so that a wrong key file is named with its path.
     */
    static Map<String, String> credentials(Map<String, String> env) {
        String clientId = env.get(CLIENT_ID);
        String keyFile = env.get(PRIVATE_KEY);
        if (clientId != null && !clientId.isBlank()) {
            if (keyFile == null || keyFile.isBlank()) {
                throw new InvalidInputException(CLIENT_ID + " is set but " + PRIVATE_KEY + " is not: set it to the path "
                        + "of the service app's PEM private key");
            }
            String pem;
            try {
                pem = Files.readString(Path.of(keyFile));
            } catch (IOException e) {
                throw new InvalidInputException("cannot read the Okta private key " + keyFile + " (" + PRIVATE_KEY
                        + "): " + e.getMessage());
            }
            try {
                OktaCredentials.privateKeyJwt(clientId, pem, env.get(KEY_ID));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException(PRIVATE_KEY + " " + keyFile + ": " + e.getMessage());
            }
            Map<String, String> oauth = new HashMap<>();
            oauth.put(OktaProvider.CLIENT_ID, clientId);
            oauth.put(OktaProvider.PRIVATE_KEY, pem);
            oauth.put(OktaProvider.KEY_ID, env.get(KEY_ID));
            return oauth;
        }
        String token = env.get(API_TOKEN);
        if (token != null && !token.isBlank()) {
            return Map.of(OktaProvider.API_TOKEN, token);
        }
        throw new InvalidInputException("no Okta credentials: set " + CLIENT_ID + " and " + PRIVATE_KEY
                + " (an OAuth service app with private_key_jwt, recommended) or " + API_TOKEN
                + " (an SSWS API token); see the README, section Okta");
    }
}
