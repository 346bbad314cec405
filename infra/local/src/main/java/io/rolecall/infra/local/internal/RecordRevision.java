package io.rolecall.infra.local.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

/**
 * A named token in record_revision that changes whenever records of that name are written, so that a
 * scan can tell whether any was written since the latest scan read them.
 */
final class RecordRevision {

    private RecordRevision() {
    }

    /** Within the writing transaction, so the token changes exactly when the records do. */
    static void renew(Connection connection, String name) throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement(
                "INSERT OR REPLACE INTO record_revision (name, token) VALUES (?, ?)")) {
            upsert.setString(1, name);
            upsert.setString(2, UUID.randomUUID().toString());
            upsert.executeUpdate();
        }
    }

    /** The current token, or "none" before the first write. */
    static String read(SqliteDatabase database, String name) {
        return database.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT token FROM record_revision WHERE name = ?")) {
                select.setString(1, name);
                try (ResultSet rows = select.executeQuery()) {
                    return rows.next() ? rows.getString(1) : "none";
                }
            }
        });
    }
}
