package io.rolecall.infra.local.internal;

import io.rolecall.core.port.ReportArchive;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Copies of sent reports in table report_copy, one row per send with the whole message as a BLOB;
 * a row is only ever inserted (INSERT OR IGNORE on report key and send time).
 */
public final class SqliteReportArchive implements ReportArchive {

    private final SqliteDatabase database;

    public SqliteReportArchive(SqliteDatabase database) {
        this.database = database;
    }

    @Override
    public void keep(ArchivedReport report, byte[] message) {
        report.refuseOther(message);
        database.inTransaction(connection -> {
            database.checkBeforeWriting("report_copy");
            try (PreparedStatement insert = connection.prepareStatement("INSERT OR IGNORE INTO report_copy (report_key, "
                    + "sent_at, sent_at_millis, as_of, delivery_id, recipients, sha256, bytes, message) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                insert.setString(1, report.reportKey());
                insert.setString(2, report.sentAt().toString());
                insert.setLong(3, report.sentAt().toEpochMilli());
                insert.setString(4, report.asOf().toString());
                insert.setString(5, report.deliveryId());
                insert.setInt(6, report.recipients());
                insert.setString(7, report.sha256());
                insert.setLong(8, report.bytes());
                insert.setBytes(9, message);
                insert.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public List<ArchivedReport> between(LocalDate from, LocalDate to) {
        return database.read(connection -> {
            List<ArchivedReport> reports = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT report_key, sent_at, as_of, "
                    + "delivery_id, recipients, sha256, bytes FROM report_copy WHERE as_of BETWEEN ? AND ? "
                    + "ORDER BY as_of, sent_at_millis, report_key")) {
                select.setString(1, from.toString());
                select.setString(2, to.toString());
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        reports.add(new ArchivedReport(rows.getString(1), Columns.date(rows, 3),
                                Instant.parse(rows.getString(2)), rows.getString(4), rows.getInt(5), rows.getString(6),
                                rows.getLong(7)));
                    }
                }
            }
            return reports;
        });
    }

    @Override
    public byte[] message(ArchivedReport report) {
        byte[] message = database.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT message FROM report_copy WHERE report_key = ? AND sent_at = ?")) {
                select.setString(1, report.reportKey());
                select.setString(2, report.sentAt().toString());
                try (ResultSet rows = select.executeQuery()) {
                    return rows.next() ? rows.getBytes(1) : null;
                }
            }
        });
        if (message == null) {
            throw new NoSuchElementException("no copy of " + report.reportKey() + " sent at " + report.sentAt()
                    + " is kept in the state");
        }
        if (!report.describes(message)) {
            throw new IllegalStateException("the kept copy of " + report.reportKey() + " sent at " + report.sentAt()
                    + " does not match its SHA-256: the state database was changed outside RoleCall");
        }
        return message;
    }
}
