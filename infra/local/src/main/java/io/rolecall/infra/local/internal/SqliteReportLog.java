package io.rolecall.infra.local.internal;

import io.rolecall.core.port.ReportLog;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Which emails went out once (holders' notices), in table sent_email: a claim is an insert, or a
 * takeover of a claim older than its lease, in one transaction; a sent email is never claimed again.
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
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT claimed_at, sent_at, delivery_id, recipients FROM sent_email WHERE email_key = ?")) {
                select.setString(1, reportKey);
                try (ResultSet rows = select.executeQuery()) {
                    if (!rows.next()) {
                        return Optional.empty();
                    }
                    String sentAt = rows.getString("sent_at");
                    return Optional.of(new SentReport(reportKey, Instant.parse(rows.getString("claimed_at")),
                            sentAt == null ? null : Instant.parse(sentAt), rows.getString("delivery_id"),
                            rows.getInt("recipients")));
                }
            }
        });
    }
}
