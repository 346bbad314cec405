package io.rolecall.core.testing;

import io.rolecall.core.port.NoticeLog;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** A faithful in-memory notice log; it passes the same contract test as the DynamoDB one. */
public final class InMemoryNoticeLog implements NoticeLog {

    private final Map<String, String> sent = new HashMap<>();

    @Override
    public synchronized boolean sent(String noticeKey) {
        return sent.containsKey(noticeKey);
    }

    @Override
    public synchronized void recordSent(String noticeKey, Instant sentAt, String deliveryId) {
        sent.put(noticeKey, deliveryId);
    }
}
