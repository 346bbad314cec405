package io.rolecall.infra.local;

/** The local state folder or database cannot be used; the message says why and what to do. */
public final class LocalStateException extends RuntimeException {

    public LocalStateException(String message) {
        super(message);
    }

    public LocalStateException(String message, Throwable cause) {
        super(message, cause);
    }
}
