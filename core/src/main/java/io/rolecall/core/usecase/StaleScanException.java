package io.rolecall.core.usecase;

/**
 * A scan dated before the latest stored one. Accepting it would rewind finding lifecycles and the
 * ledger, so it is refused before anything is read or written.
 */
public final class StaleScanException extends RuntimeException {

    public StaleScanException(String message) {
        super(message);
    }
}
