package io.rolecall.infra.secrets;

import io.rolecall.core.acknowledge.LinkSigner;

/**
 * The secret that signs acceptance links, as template.yaml generates it: a Secrets Manager secret
 * holding {@code {"linkSecret": "<64 random characters>"}}, which nobody types or sees. Replacing its
 * value invalidates every outstanding link: the signer follows the value once the secret's cache
 * expires, so a long-lived execution environment does not keep signing with the old one.
 */
public final class LinkSecrets {

    public static final String FIELD = "linkSecret";

    private final SecretsManagerSecret secret;
    private String value;
    private LinkSigner signer;

    public LinkSecrets(SecretsManagerSecret secret) {
        this.secret = secret;
    }

    /**
     * The signer of the secret's current value; the same instance while the value stays the same.
     *
     * @throws SecretException when the secret cannot be read or has no usable value
     */
    public synchronized LinkSigner signer() {
        String current = secret.values().get(FIELD);
        if (current == null || current.length() < 32) {
            throw new SecretException("the secret " + secret + " has no " + FIELD + " of at least 32 characters; "
                    + "the stack generates it: do not edit it by hand", null);
        }
        if (!current.equals(value)) {
            signer = LinkSigner.fromSecret(current);
            value = current;
        }
        return signer;
    }
}
