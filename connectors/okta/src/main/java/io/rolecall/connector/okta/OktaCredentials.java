package io.rolecall.connector.okta;

import java.io.IOException;
import java.io.StringReader;
import java.util.Objects;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;

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
            checkParses(privateKeyPem);
        }

        @Override
        public String toString() {
            return "PrivateKeyJwt[clientId=" + clientId + ", key=****]";
        }

        /**
         * Reads the key with the parser the Okta SDK itself uses, so that a damaged file is reported as
         * one now rather than as an obscure token failure later. The message never quotes the key.
         */
        private static void checkParses(String pem) {
            try (PEMParser parser = new PEMParser(new StringReader(pem))) {
                Object read = parser.readObject();
                PrivateKeyInfo key = read instanceof PEMKeyPair pair ? pair.getPrivateKeyInfo()
                        : read instanceof PrivateKeyInfo info ? info : null;
                if (key == null) {
                    throw new IllegalArgumentException("the Okta private key file holds "
                            + (read == null ? "no PEM block" : "a PEM block that is not a private key (a certificate "
                            + "or a public key?)") + "; use the private key Okta generated for the service app");
                }
                new JcaPEMKeyConverter().getPrivateKey(key);
            } catch (IOException | RuntimeException e) {
                if (e instanceof IllegalArgumentException known && known.getMessage() != null
                        && known.getMessage().startsWith("the Okta private key")) {
                    throw known;
                }
                throw new IllegalArgumentException("the Okta private key file is malformed (its PEM text cannot be "
                        + "read as a key); download the key again from the app's General tab in the Okta "
                        + "Admin Console and save it unchanged", e);
            }
        }
    }
}
