package io.rolecall.connector.okta;

import java.util.Objects;

/**
 * How RoleCall signs in to Okta. Okta recommends an OAuth 2.0 service app with private_key_jwt and
 * read-only scopes; an SSWS API token also works but carries its creating admin's rights and stops
 * working when that admin is deactivated. Values are plain: callers read them from env or a secret.
 */
public sealed interface OktaCredentials permits OktaCredentials.ApiToken, OktaCredentials.PrivateKeyJwt {

    static OktaCredentials apiToken(String token) {
        return new ApiToken(token);
    }

    /** @param keyId the key's "kid" in the app's JWKS, or null when the app has a single key */
    static OktaCredentials privateKeyJwt(String clientId, String privateKeyPem, String keyId) {
        return new PrivateKeyJwt(clientId, privateKeyPem, keyId);
    }

    record ApiToken(String token) implements OktaCredentials {
        public ApiToken {
            if (token == null || token.isBlank()) {
                throw new IllegalArgumentException("the Okta API token is empty");
            }
        }

        @Override
        public String toString() {
            return "ApiToken[****]";
        }
    }

    record PrivateKeyJwt(String clientId, String privateKeyPem, String keyId) implements OktaCredentials {
        public PrivateKeyJwt {
            if (clientId == null || clientId.isBlank()) {
                throw new IllegalArgumentException("the Okta client id is empty");
            }
            Objects.requireNonNull(privateKeyPem, "privateKeyPem");
            if (!privateKeyPem.contains("PRIVATE KEY")) {
                throw new IllegalArgumentException("the Okta private key is not a PEM private key "
                        + "(expected a -----BEGIN PRIVATE KEY----- block)");
            }
        }

        @Override
        public String toString() {
            return "PrivateKeyJwt[clientId=" + clientId + ", key=****]";
        }
    }
}
