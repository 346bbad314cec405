package io.rolecall.infra.secrets;

/** The credentials secret could not be used; the message says why without revealing any value. */
public final class SecretException extends RuntimeException {

    public SecretException(String message, Throwable cause) {
        super(message, cause);
    }
}
