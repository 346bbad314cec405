package io.rolecall.core.nonconformity;

/** Someone changed the nonconformity since it was read: read it again and reapply the change. */
public final class ConcurrentChangeException extends RuntimeException {

    public ConcurrentChangeException(String id) {
        super(id + " was changed by someone else meanwhile; nothing was written. Run the command again.");
    }
}
