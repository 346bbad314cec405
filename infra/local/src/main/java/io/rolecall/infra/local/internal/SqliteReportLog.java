package io.rolecall.infra.local.internal;

import io.rolecall.core.port.ReportLog;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Which emails and deliveries went out once (holders' notices, Slack messages), in table sent_email: a
 * claim is an insert, or a takeover of a claim older than its lease, in one transaction; a sent one is
 * never claimed again.
 */
public final class SqliteReportLog implements ReportLog {

    private final SqliteDatabase database;

    public SqliteReportLog(SqliteDatabase database) {
        this.database = database;
    }

    @Override
    public boolean claim(String reportKey, Instant now, Duration lease) {
        return database.inTransaction(connection -> {
            database.checkBeforeWriting("sent_email");
            try (PreparedStatement upsert = connection.prepareStatement("""
                    INSERT INTO sent_email (email_key, claimed_at, claimed_at_millis) VALUES (?, ?, ?)
                    ON CONFLICT(email_key) DO UPDATE SET claimed_at = excluded.claimed_at,
                      claimed_at_millis = excluded.claimed_at_millis
                    WHERE sent_at IS NULL AND claimed_at_millis < ?""")) {
                upsert.setString(1, reportKey);
                upsert.setString(2, now.toString());
                upsert.setLong(3, now.toEpochMilli());
                upsert.setLong(4, now.minus(lease).toEpochMilli());
                return upsert.executeUpdate() == 1;
            }
        });
    }

    @Override
    public void markSent(String reportKey, Instant sentAt, String deliveryId, int recipients) {
        database.inTransaction(connection -> {
            database.checkBeforeWriting("sent_email");
            try (PreparedStatement upsert = connection.prepareStatement("""
                    INSERT INTO sent_email (email_key, claimed_at, claimed_at_millis, sent_at, delivery_id, recipients)
                    VALUES (?, ?, ?, ?, ?, ?)
                    ON CONFLICT(email_key) DO UPDATE SET sent_at = excluded.sent_at,
                      delivery_id = excluded.delivery_id, recipients = excluded.recipients""")) {
                upsert.setString(1, reportKey);
                upsert.setString(2, sentAt.toString());
                upsert.setLong(3, sentAt.toEpochMilli());
                upsert.setString(4, sentAt.toString());
                Columns.text(upsert, 5, deliveryId);
                upsert.setInt(6, recipients);
                upsert.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public void markDelivered(String key, Instant sentAt, String externalId, String recipient) {
        database.inTransaction(connection -> {
            database.checkBeforeWriting("sent_email");
            try (PreparedStatement upsert = connection.prepareStatement("""
                    INSERT INTO sent_email (email_key, claimed_at, claimed_at_millis, sent_at, delivery_id, recipients,
                      recipient) VALUES (?, ?, ?, ?, ?, 1, ?)
                    ON CONFLICT(email_key) DO UPDATE SET sent_at = excluded.sent_at,
                      delivery_id = excluded.delivery_id, recipients = 1, recipient = excluded.recipient""")) {
                upsert.setString(1, key);
                upsert.setString(2, sentAt.toString());
                upsert.setLong(3, sentAt.toEpochMilli());
                upsert.setString(4, sentAt.toString());
                Columns.text(upsert, 5, externalId);
                Columns.text(upsert, 6, recipient);
                upsert.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public List<SentReport> sentBetween(String keyPrefix, Instant from, Instant to) {
        List<SentReport> sent = database.read(connection -> {
            List<SentReport> rows = new ArrayList<>();
            // substr, not LIKE: a key may hold '%' or '_', which LIKE would read as patterns.
            try (PreparedStatement select = connection.prepareStatement("SELECT email_key, claimed_at, sent_at, "
                    + "delivery_id, recipients, recipient FROM sent_email WHERE substr(email_key, 1, ?) = ? AND "
                    + "sent_at IS NOT NULL")) {
                select.setInt(1, keyPrefix.length());
                select.setString(2, keyPrefix);
                try (ResultSet result = select.executeQuery()) {
                    while (result.next()) {
                        rows.add(row(result.getString("email_key"), result));
                    }
                }
            }
            return rows;
        });
        return sent.stream().filter(r -> !r.sentAt().isBefore(from) && r.sentAt().isBefore(to))
                .sorted(Comparator.comparing(SentReport::sentAt).thenComparing(SentReport::reportKey)).toList();
    }

    @Override
    public void release(String reportKey) {
        database.inTransaction(connection -> {
            database.checkBeforeWriting("sent_email");
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM sent_email WHERE email_key = ? AND sent_at IS NULL")) {
                delete.setString(1, reportKey);
                delete.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public Optional<SentReport> find(String reportKey) {
        return database.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT claimed_at, sent_at, delivery_id, "
                    + "recipients, recipient FROM sent_email WHERE email_key = ?")) {
                select.setString(1, reportKey);
                try (ResultSet rows = select.executeQuery()) {
                    return rows.next() ? Optional.of(row(reportKey, rows)) : Optional.<SentReport>empty();
                }
            }
        });
    }

    private static SentReport row(String key, ResultSet rows) throws java.sql.SQLException {
        String sentAt = rows.getString("sent_at");
        return new SentReport(key, Instant.parse(rows.getString("claimed_at")),
                sentAt == null ? null : Instant.parse(sentAt), rows.getString("delivery_id"), rows.getInt("recipients"),
                rows.getString("recipient"));
    }
}
