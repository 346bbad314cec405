package io.rolecall.infra.local.internal;

import com.fasterxml.jackson.core.type.TypeReference;
import io.rolecall.core.acknowledge.Acceptance;
import io.rolecall.core.acknowledge.AcknowledgementRecords;
import io.rolecall.core.acknowledge.Ask;
import io.rolecall.core.acknowledge.Attempt;
import io.rolecall.core.model.Dates;
import io.rolecall.core.model.Email;
import io.rolecall.core.port.AcknowledgementStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Acknowledgements in three tables (acceptance, acknowledgement_attempt, acknowledgement_ask),
 * each queried by person and role for the acceptance page; a row in record_revision changes in
 * the same transaction as every acceptance and ask.
 */
public final class SqliteAcknowledgementStore implements AcknowledgementStore {

    private static final TypeReference<List<String>> TEXTS = new TypeReference<>() { };
    private static final TypeReference<List<Integer>> NUMBERS = new TypeReference<>() { };
    private static final String REVISION = "acknowledgements";

    private final SqliteDatabase database;

    public SqliteAcknowledgementStore(SqliteDatabase database) {
        this.database = database;
    }

    @Override
    public AcknowledgementRecords records() {
        return read("", null, null);
    }

    @Override
    public AcknowledgementRecords recordsOf(Email person, String roleId) {
        return read(" WHERE person = ? AND role_id = ?", person, roleId);
    }

    private AcknowledgementRecords read(String where, Email person, String roleId) {
        return database.read(connection -> new AcknowledgementRecords(
                select(connection, "SELECT * FROM acceptance" + where, person, roleId, SqliteAcknowledgementStore::acceptance),
                select(connection, "SELECT * FROM acknowledgement_attempt" + where, person, roleId,
                        SqliteAcknowledgementStore::attempt),
                select(connection, "SELECT * FROM acknowledgement_ask" + where, person, roleId,
                        rows -> new Ask(Email.of(rows.getString("person")), rows.getString("role_id"),
                                rows.getString("version"), Columns.date(rows, "asked_on"),
                                Ask.Kind.valueOf(rows.getString("kind"))))));
    }

    private interface Row<T> {
        T read(ResultSet rows) throws SQLException;
    }

    private static <T> List<T> select(Connection connection, String sql, Email person, String roleId, Row<T> row)
            throws SQLException {
        List<T> items = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            if (person != null) {
                select.setString(1, person.value());
                select.setString(2, roleId);
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    items.add(row.read(rows));
                }
            }
        }
        return items;
    }

    private static Acceptance acceptance(ResultSet rows) throws SQLException {
        return new Acceptance(Email.of(rows.getString("person")), rows.getString("role_id"), rows.getString("version"),
                rows.getInt("seq"), rows.getString("catalogue_sha256"), rows.getString("catalogue_name"),
                Instant.parse(rows.getString("accepted_at")), Columns.fromJson(rows.getString("answers_json"), TEXTS),
                rows.getInt("failed_attempts"), rows.getString("user_agent"));
    }

    private static Attempt attempt(ResultSet rows) throws SQLException {
        return new Attempt(Email.of(rows.getString("person")), rows.getString("role_id"), rows.getString("version"),
                Instant.parse(rows.getString("at")), Columns.fromJson(rows.getString("answers_json"), TEXTS),
                Columns.fromJson(rows.getString("wrong_json"), NUMBERS), rows.getString("user_agent"));
    }

    @Override
    public boolean recordAcceptance(Acceptance acceptance) {
        return database.inTransaction(connection -> {
            database.checkBeforeWriting("acceptance", "record_revision");
            int kept;
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT OR IGNORE INTO acceptance (person, role_id, version, seq, catalogue_sha256, catalogue_name,
                      accepted_at, answers_json, failed_attempts, user_agent) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
                insert.setString(1, acceptance.person().value());
                insert.setString(2, acceptance.roleId());
                insert.setString(3, acceptance.version());
                insert.setInt(4, acceptance.sequence());
                Columns.text(insert, 5, acceptance.catalogueSha256());
                Columns.text(insert, 6, acceptance.catalogueName());
                insert.setString(7, Dates.sortable(acceptance.acceptedAt()));
                insert.setString(8, Columns.toJson(acceptance.answers()));
                insert.setInt(9, acceptance.failedAttempts());
                Columns.text(insert, 10, acceptance.userAgent());
                kept = insert.executeUpdate();
            }
            if (kept == 0) {
                return false;
            }
            RecordRevision.renew(connection, REVISION);
            return true;
        });
    }

    @Override
    public boolean recordAttempt(Attempt attempt, int maxPerHour) {
        return database.inTransaction(connection -> {
            database.checkBeforeWriting("acknowledgement_attempt");
            try (PreparedStatement count = connection.prepareStatement("""
                    SELECT COUNT(*) FROM acknowledgement_attempt
                    WHERE person = ? AND role_id = ? AND version = ? AND at >= ? AND at < ?""")) {
                count.setString(1, attempt.person().value());
                count.setString(2, attempt.roleId());
                count.setString(3, attempt.version());
                count.setString(4, Dates.sortable(attempt.hour()));
                count.setString(5, Dates.sortable(attempt.hour().plus(1, ChronoUnit.HOURS)));
                try (ResultSet rows = count.executeQuery()) {
                    if (rows.next() && rows.getInt(1) >= maxPerHour) {
                        return false;
                    }
                }
            }
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO acknowledgement_attempt (person, role_id, version, at, answers_json, wrong_json,
                      user_agent) VALUES (?, ?, ?, ?, ?, ?, ?)""")) {
                insert.setString(1, attempt.person().value());
                insert.setString(2, attempt.roleId());
                insert.setString(3, attempt.version());
                insert.setString(4, Dates.sortable(attempt.at()));
                insert.setString(5, Columns.toJson(attempt.answers()));
                insert.setString(6, Columns.toJson(attempt.wrongQuestions()));
                Columns.text(insert, 7, attempt.userAgent());
                insert.executeUpdate();
            }
            return true;
        });
    }

    @Override
    public void recordAsks(Collection<Ask> asks) {
        if (asks.isEmpty()) {
            return;
        }
        database.inTransaction(connection -> {
            database.checkBeforeWriting("acknowledgement_ask", "record_revision");
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT OR IGNORE INTO acknowledgement_ask (person, role_id, version, asked_on, kind)
                    VALUES (?, ?, ?, ?, ?)""")) {
                for (Ask ask : asks) {
                    insert.setString(1, ask.person().value());
                    insert.setString(2, ask.roleId());
                    insert.setString(3, ask.version());
                    insert.setString(4, ask.askedOn().toString());
                    insert.setString(5, ask.kind().name());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            RecordRevision.renew(connection, REVISION);
            return null;
        });
    }

    @Override
    public String revision() {
        return RecordRevision.read(database, REVISION);
    }

}
