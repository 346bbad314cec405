package io.rolecall.connector.entra;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How RoleCall's app registration proves itself to Entra ID: a certificate (preferred: nothing
 * reusable crosses the wire) or a client secret. {@code toString} never shows either.
 */
public sealed interface EntraCredentials permits EntraCredentials.Secret, EntraCredentials.Certificate {

    static EntraCredentials secret(String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("the client secret is empty");
        }
        return new Secret(value.trim());
    }

    /**
     * One PEM text holding the unencrypted private key (PKCS #8, "BEGIN PRIVATE KEY") and the
     * certificate uploaded to the app registration, in either order.
     */
    static EntraCredentials certificate(String pem) {
        Matcher key = block("PRIVATE KEY").matcher(pem);
        Matcher cert = block("CERTIFICATE").matcher(pem);
        if (!key.find()) {
            throw new IllegalArgumentException(pem.contains("BEGIN RSA PRIVATE KEY") || pem.contains("ENCRYPTED")
                    ? "the private key is not an unencrypted PKCS #8 key; convert it with "
                    + "'openssl pkcs8 -topk8 -nocrypt -in key.pem -out key-pkcs8.pem'"
                    : "it holds no private key (-----BEGIN PRIVATE KEY-----)");
        }
        if (!cert.find()) {
            throw new IllegalArgumentException("it holds no certificate (-----BEGIN CERTIFICATE-----): append the "
                    + "certificate uploaded to the app registration to the key file");
        }
        try {
            byte[] der = Base64.getMimeDecoder().decode(key.group(1));
            X509Certificate certificate = (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(cert.group(0).getBytes(StandardCharsets.US_ASCII)));
            PrivateKey privateKey = KeyFactory.getInstance(certificate.getPublicKey().getAlgorithm())
                    .generatePrivate(new PKCS8EncodedKeySpec(der));
            return new Certificate(privateKey, certificate);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException("the key or certificate cannot be read (" + e.getMessage() + ")", e);
        }
    }

    private static Pattern block(String type) {
        return Pattern.compile("-----BEGIN " + type + "-----([A-Za-z0-9+/=\\s]+)-----END " + type + "-----");
    }

    record Secret(String value) implements EntraCredentials {
        public Secret {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public String toString() {
            return "Secret[hidden]";
        }
    }

    record Certificate(PrivateKey key, X509Certificate certificate) implements EntraCredentials {
        @Override
        public String toString() {
            return "Certificate[" + certificate.getSubjectX500Principal().getName() + "]";
        }
    }
}
