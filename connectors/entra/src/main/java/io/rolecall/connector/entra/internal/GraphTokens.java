package io.rolecall.connector.entra.internal;

import com.microsoft.aad.msal4j.ClientCredentialFactory;
import com.microsoft.aad.msal4j.ClientCredentialParameters;
import com.microsoft.aad.msal4j.ConfidentialClientApplication;
import com.microsoft.aad.msal4j.IClientCredential;
import com.microsoft.aad.msal4j.MsalServiceException;
import io.rolecall.connector.entra.EntraCredentials;
import io.rolecall.connector.entra.EntraSettings;
import java.net.MalformedURLException;
import java.util.Set;
import java.util.concurrent.ExecutionException;

/**
 * App-only tokens for Microsoft Graph through MSAL4J (OAuth 2.0 client credentials, with a
 * certificate assertion or a client secret). MSAL keeps the token and renews it before it expires,
 * so asking for one per request costs a cache lookup.
 */
public final class GraphTokens {

    private final ConfidentialClientApplication app;
    private final ClientCredentialParameters parameters;

    public GraphTokens(EntraSettings settings) {
        IClientCredential credential = settings.credentials() instanceof EntraCredentials.Certificate certificate
                ? ClientCredentialFactory.createFromCertificate(certificate.key(), certificate.certificate())
                : ClientCredentialFactory.createFromSecret(((EntraCredentials.Secret) settings.credentials()).value());
        boolean publicCloud = settings.authorityRoot().equals(EntraSettings.DEFAULT_AUTHORITY_ROOT);
        try {
            ConfidentialClientApplication.Builder builder = ConfidentialClientApplication
                    .builder(settings.clientId(), credential)
                    .authority(settings.authorityRoot() + "/" + settings.tenant() + "/");
            if (!publicCloud) {
                // Another authority (a national cloud, a test stub) is taken as given: no call to the
                // public cloud's instance discovery.
                builder.instanceDiscovery(false).validateAuthority(false);
            }
            this.app = builder.build();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException("the authority address is not a URL: " + e.getMessage(), e);
        }
        this.parameters = ClientCredentialParameters.builder(Set.of(settings.graphRoot() + "/.default")).build();
    }

    /**
     * @throws TokenRefused when Entra ID answers that the credentials, tenant or app are wrong
     * @throws Exception    any other failure (network, throttling), which the caller may retry
     */
    public String accessToken() throws Exception {
        try {
            return app.acquireToken(parameters).get().accessToken();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            if (cause instanceof MsalServiceException refused && refused.statusCode() >= 400
                    && refused.statusCode() < 500 && refused.statusCode() != 429) {
                throw new TokenRefused(refused.statusCode(), refused.errorCode(), firstLine(refused.getMessage()));
            }
            throw cause instanceof Exception exception ? exception : e;
        }
    }

    /** Entra's messages start with the AADSTS code and its meaning, then trace ids and a timestamp. */
    private static String firstLine(String message) {
        if (message == null) {
            return "no detail";
        }
        int end = message.indexOf('\n');
        String line = (end < 0 ? message : message.substring(0, end)).trim();
        return line.length() > 300 ? line.substring(0, 300) + "..." : line;
    }

    /** Entra ID refused to issue a token: retrying will not help. */
    public static final class TokenRefused extends Exception {
        private final int status;
        private final String error;

        TokenRefused(int status, String error, String message) {
            super(message);
            this.status = status;
            this.error = error;
        }

        public int status() {
            return status;
        }

        public String error() {
            return error;
        }
    }
}
