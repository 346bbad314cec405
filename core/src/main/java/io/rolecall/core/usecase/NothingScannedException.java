package io.rolecall.core.usecase;

/** A report was asked for before any scan was stored. */
public final class NothingScannedException extends RuntimeException {

    public NothingScannedException(String message) {
        super(message);
    }
}
