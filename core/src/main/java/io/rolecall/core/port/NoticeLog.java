package io.rolecall.core.port;

import java.time.Instant;

/**
 * Which operational notices (a held scan, an invalid roles.yaml) went out. A problem that persists
 * is told once a day for each distinct cause, not after every hourly scan; the run still fails or is
 * held, so the alarm keeps firing.
 */
public interface NoticeLog {

    /** Whether the notice with this key went out. */
    boolean sent(String noticeKey);

    /** Records that it went out; writing it twice is harmless. */
    void recordSent(String noticeKey, Instant sentAt, String deliveryId);
}
