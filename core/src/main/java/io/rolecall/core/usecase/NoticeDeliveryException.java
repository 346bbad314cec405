package io.rolecall.core.usecase;

import java.util.List;

/** Some notices to holders could not be sent; those that were are recorded, and the next run retries the rest. */
public final class NoticeDeliveryException extends RuntimeException {

    private final transient List<SentEmail> sent;

    public NoticeDeliveryException(String message, List<SentEmail> sent) {
        super(message);
        this.sent = List.copyOf(sent);
    }

    public List<SentEmail> sent() {
        return sent;
    }
}
