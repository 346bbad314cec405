package io.rolecall.core.usecase;

/**
 * A run dated on a day it may not count as: before the latest stored scan (accepting it would rewind
 * finding lifecycles and the ledger, or report "-2520 days ago"), or more than a day ahead of the
 * clock (after which every real scan would be refused). Refused before anything is read or written.
 */
public final class AsOfRefusedException extends RuntimeException {

    public AsOfRefusedException(String message) {
        super(message);
    }
}
