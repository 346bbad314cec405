package io.rolecall.core.handover;

/** A handover command that cannot be done as asked: the message says why and what to do instead. */
public final class HandoverException extends RuntimeException {

    public HandoverException(String message) {
        super(message);
    }
}
