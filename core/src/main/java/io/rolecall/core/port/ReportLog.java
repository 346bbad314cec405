package io.rolecall.core.port;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Makes each period's report go out once even when its schedule fires twice: a sender first claims
 * the report's key, sends, then marks it sent; a failed send releases the claim so that a retry can
 * send it. A claim older than its lease counts as abandoned (the sender crashed) and can be taken.
 */
public interface ReportLog {

    /** @return true when this caller may send: not sent yet, and no live claim by another sender */
    boolean claim(String reportKey, Instant now, Duration lease);

    void markSent(String reportKey, Instant sentAt, String deliveryId, int recipients);

    /** Gives up this caller's claim after a failed send. */
    void release(String reportKey);

    Optional<SentReport> find(String reportKey);

    /** What the log holds of one report; {@code sentAt} is null while only claimed. */
    record SentReport(String reportKey, Instant claimedAt, Instant sentAt, String deliveryId, int recipients) {
        public boolean sent() {
            return sentAt != null;
        }
    }
}
