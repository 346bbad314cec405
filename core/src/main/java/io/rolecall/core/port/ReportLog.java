package io.rolecall.core.port;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Makes each period's report go out once even when its schedule fires twice: a sender first claims
 * the report's key, sends, then marks it sent; a failed send releases the claim so that a retry can
 * send it. A claim older than its lease counts as abandoned (the sender crashed) and can be taken.
 * Every other delivery (a holder's notice, a Slack message, a Jira issue) goes out once the same way,
 * under a key that starts with its channel ({@code slack:notice-...}), and is marked delivered with
 * its recipient and the id the channel gave it, so that the evidence pack can list them.
 */
public interface ReportLog {

    /** @return true when this caller may send: not sent yet, and no live claim by another sender */
    boolean claim(String reportKey, Instant now, Duration lease);

    void markSent(String reportKey, Instant sentAt, String deliveryId, int recipients);

    /** Marks a delivery to one recipient (an address, a Slack user or channel id) sent. */
    void markDelivered(String key, Instant sentAt, String externalId, String recipient);

    /** Every delivery whose key starts with {@code keyPrefix} and that was sent in [from, to), by time and key. */
    List<SentReport> sentBetween(String keyPrefix, Instant from, Instant to);

    /** Gives up this caller's claim after a failed send. */
    void release(String reportKey);

    Optional<SentReport> find(String reportKey);

    /**
     * What the log holds of one report or delivery; {@code sentAt} is null while only claimed, and
     * {@code recipient} is null for a report (its recipients are in its kept copy).
     */
    record SentReport(String reportKey, Instant claimedAt, Instant sentAt, String deliveryId, int recipients,
                      String recipient) {
        public SentReport(String reportKey, Instant claimedAt, Instant sentAt, String deliveryId, int recipients) {
            this(reportKey, claimedAt, sentAt, deliveryId, recipients, null);
        }

        public boolean sent() {
            return sentAt != null;
        }
    }
}
