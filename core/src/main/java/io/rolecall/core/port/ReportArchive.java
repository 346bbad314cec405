package io.rolecall.core.port;

import io.rolecall.core.model.ContentHash;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Copies of the reports as they were sent, kept as evidence: an auditor samples what the compliance
 * manager and top management were told (clause 5.3 b, 9.3). A copy is the whole message (.eml with
 * its charts and attachments); copies are only ever added, never changed.
 */
public interface ReportArchive {

    /** Keeps a copy; the same report key and send time twice keep one. */
    void keep(ArchivedReport report, byte[] message);

    /** The reports dated (by their as-of day) from {@code from} to {@code to}, both included, oldest first. */
    List<ArchivedReport> between(LocalDate from, LocalDate to);

    /** The message as kept, checked against its SHA-256; fails when the copy is missing or damaged. */
    byte[] message(ArchivedReport report);

    /** What is known of one kept copy; {@code sha256} and {@code bytes} describe the message. */
    record ArchivedReport(String reportKey, LocalDate asOf, Instant sentAt, String deliveryId, int recipients,
                          String sha256, long bytes) {
        public ArchivedReport {
            Objects.requireNonNull(reportKey, "reportKey");
            Objects.requireNonNull(asOf, "asOf");
            Objects.requireNonNull(sentAt, "sentAt");
            Objects.requireNonNull(sha256, "sha256");
            deliveryId = deliveryId == null ? "" : deliveryId;
        }

        /** Describes {@code message}, sent at {@code sentAt}, by its hash and size. */
        public static ArchivedReport of(String reportKey, LocalDate asOf, Instant sentAt, String deliveryId,
                                        int recipients, byte[] message) {
            return new ArchivedReport(reportKey, asOf, sentAt, deliveryId, recipients,
                    ContentHash.sha256Hex(message), message.length);
        }

        /** Whether {@code message} is the one described: a store refuses to keep or return any other. */
        public boolean describes(byte[] message) {
            return message.length == bytes && ContentHash.sha256Hex(message).equals(sha256);
        }

        /** What every store does first in {@link ReportArchive#keep}: nothing but the message described is kept. */
        public void refuseOther(byte[] message) {
            if (!describes(message)) {
                throw new IllegalArgumentException("the copy of " + reportKey + " does not match its SHA-256 or size; "
                        + "nothing was kept");
            }
        }
    }
}
