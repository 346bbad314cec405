package io.rolecall.infra.secrets;

import io.rolecall.core.acknowledge.LinkSigner;

/**
 * The secret that signs acceptance links, as template.yaml generates it: a Secrets Manager secret
 * holding {@code {"linkSecret": "<64 random characters>"}}, which nobody types or sees.
 */
public final class LinkSecrets {

    public static final String FIELD = "linkSecret";

    private LinkSecrets() {
    }

    public static LinkSigner signer(SecretsManagerSecret secret) {
        String value = secret.values().get(FIELD);
        if (value == null || value.length() < 32) {
            throw new SecretException("the secret " + secret + " has no " + FIELD + " of at least 32 characters; "
                    + "the stack generates it: do not edit it by hand", null);
        }
        return LinkSigner.fromSecret(value);
    }
}
