package io.rolecall.connector.entra.internal;

import com.microsoft.aad.msal4j.ClientCredentialFactory;
import com.microsoft.aad.msal4j.ClientCredentialParameters;
import com.microsoft.aad.msal4j.ConfidentialClientApplication;
import com.microsoft.aad.msal4j.IAuthenticationResult;
import com.microsoft.aad.msal4j.IClientCredential;
import com.microsoft.aad.msal4j.MsalServiceException;
import io.rolecall.connector.entra.EntraCredentials;
import io.rolecall.connector.entra.EntraSettings;
import java.net.MalformedURLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * App-only tokens for Microsoft Graph through MSAL4J (OAuth 2.0 client credentials, with a
 * certificate assertion or a client secret). The token is kept and used until five minutes before it
 * expires: asking MSAL for each request would cost a thread and a cache lookup per page.
 */
public final class GraphTokens {

    private final ConfidentialClientApplication app;
    private final ClientCredentialParameters parameters;
    /** Renewed this long before it expires, so that no request carries a token that lapses on the way. */
    private static final Duration RENEW_BEFORE_EXPIRY = Duration.ofMinutes(5);
    /** MSAL sets no limit of its own on how long the sign-in service may take to answer. */
    private static final Duration TOKEN_TIMEOUT = Duration.ofSeconds(60);
    private String token;
    private Instant renewAfter = Instant.MIN;

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
     * @throws TokenRefused     when Entra ID answers that the credentials, tenant or app are wrong
     * @throws TokenUnavailable any other failure (a server error, a timeout, the network), which the
     *                          caller may retry
     */
    public synchronized String accessToken() throws TokenRefused, TokenUnavailable, InterruptedException {
        if (token != null && Instant.now().isBefore(renewAfter)) {
            return token;
        }
        try {
            IAuthenticationResult result = app.acquireToken(parameters).get(TOKEN_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            token = result.accessToken();
            Instant expires = result.expiresOnDate() == null ? Instant.now().plusSeconds(600)
                    : result.expiresOnDate().toInstant();
            renewAfter = expires.minus(RENEW_BEFORE_EXPIRY);
            return token;
        } catch (TimeoutException e) {
            throw new TokenUnavailable("no answer within " + TOKEN_TIMEOUT.toSeconds() + " s", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            // MSAL leaves the status unset (null) when the sign-in service's answer is not its JSON: an HTML
            // error page, an empty body.
            Integer status = cause instanceof MsalServiceException answered ? answered.statusCode() : null;
            if (status != null && status >= 400 && status < 500 && status != 429) {
                throw new TokenRefused(status, ((MsalServiceException) cause).errorCode(),
                        firstLine(cause.getMessage()));
            }
            throw new TokenUnavailable(status != null ? "HTTP " + status : cause instanceof java.io.IOException
                    ? "a network error" : "an answer that was not a token", cause);
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

    /** No token this time: the sign-in service failed or did not answer; asking again may help. */
    public static final class TokenUnavailable extends Exception {
        TokenUnavailable(String what, Throwable cause) {
            super(what, cause);
        }
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
