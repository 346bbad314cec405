package io.rolecall.core.nonconformity;

/** A change to the register that cannot be made as asked; the message says why and what to do. */
public final class NonconformityException extends IllegalArgumentException {

    public NonconformityException(String message) {
        super(message);
    }
}
