package io.rolecall.connector.okta.internal;

import com.okta.sdk.authc.credentials.TokenClientCredentials;
import com.okta.sdk.cache.Caches;
import com.okta.sdk.client.AuthorizationMode;
import com.okta.sdk.client.ClientBuilder;
import com.okta.sdk.client.Clients;
import com.okta.sdk.resource.client.ApiClient;
import io.rolecall.connector.okta.OktaCredentials;
import io.rolecall.connector.okta.OktaSettings;
import io.rolecall.core.port.DirectoryReadException;
import java.util.LinkedHashSet;
import java.util.List;

/** Builds the Okta SDK client the way RoleCall needs it: no cache, no SDK retries, read-only scopes. */
public final class OktaClients {

    /** Read-only: RoleCall never changes anything in Okta. A list, so that messages name them in one order. */
    public static final List<String> SCOPES = List.of("okta.users.read", "okta.groups.read");

    private OktaClients() {
    }

    public static ApiClient build(OktaSettings settings) {
        try {
            return builder(settings).build();
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new DirectoryReadException("cannot use the Okta org " + settings.orgUrl() + ": " + e.getMessage()
                    + ("http".equals(settings.orgUrl().getScheme()) ? " (plain http is refused unless "
                    + "OKTA_TESTING_DISABLEHTTPSCHECK=true, which is meant for local stubs only)" : ""), e);
        } catch (RuntimeException e) {
            if (settings.credentials() instanceof OktaCredentials.PrivateKeyJwt key) {
                throw new DirectoryReadException("Okta refused the OAuth token request of client " + key.clientId()
                        + ": " + rootMessage(e) + ". Check the service app's client id, that its public key is "
                        + "registered (and the key id, if it has several), that it uses private_key_jwt, and that "
                        + "it was granted the scopes " + String.join(" ", SCOPES) + ".", e);
            }
            throw new DirectoryReadException("cannot set up the Okta client: " + rootMessage(e), e);
        }
    }

    private static ClientBuilder builder(OktaSettings settings) {
        // Retries are RoleCall's own (bounded, rate-limit aware), so the SDK's are switched off; a cache
        // would only serve stale users to a read that must see the directory as it is now.
        ClientBuilder builder = Clients.builder()
                .setOrgUrl(settings.orgUrl().toString())
                .setCacheManager(Caches.newDisabledCacheManager())
                .setRetryMaxAttempts(0)
                .setConnectionTimeout(30);
        if (settings.credentials() instanceof OktaCredentials.ApiToken token) {
            builder.setAuthorizationMode(AuthorizationMode.SSWS)
                    .setClientCredentials(new TokenClientCredentials(token.token()));
        } else if (settings.credentials() instanceof OktaCredentials.PrivateKeyJwt key) {
            builder.setAuthorizationMode(AuthorizationMode.PRIVATE_KEY)
                    .setClientId(key.clientId())
                    .setScopes(new LinkedHashSet<>(SCOPES))
                    .setPrivateKey(key.privateKeyPem());
            if (key.keyId() != null && !key.keyId().isBlank()) {
                builder.setKid(key.keyId());
            }
        }
        return builder;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.toString() : root.getMessage();
    }
}
