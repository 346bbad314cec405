package io.rolecall.infra.local.internal;

import io.rolecall.infra.local.LocalStateException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * One SQLite connection with the RoleCall schema. Every write runs in a transaction, and a unit of
 * work (a whole scan) in one transaction spanning all its saves, so a crash leaves the database
 * either before or after it, never half-written.
 */
public final class SqliteDatabase implements AutoCloseable {

    /** Bump with every schema change, and add the migration step to {@link #migrate}. */
    static final int SCHEMA_VERSION = 3;

    /** The first schema; a new database is created with it and then migrated like any old one. */
    static final List<String> SCHEMA_V1 = List.of(
            """
            CREATE TABLE finding (
              id TEXT PRIMARY KEY, kind TEXT NOT NULL, severity TEXT NOT NULL, status TEXT NOT NULL,
              role_id TEXT, related_role_id TEXT, responsibility_id TEXT, person TEXT,
              message TEXT NOT NULL, remediation TEXT NOT NULL,
              first_seen TEXT NOT NULL, last_seen TEXT NOT NULL, due_date TEXT NOT NULL, resolved_at TEXT)""",
            """
            CREATE TABLE finding_episode (
              finding_id TEXT NOT NULL REFERENCES finding(id), seq INTEGER NOT NULL,
              opened_on TEXT NOT NULL, resolved_on TEXT, PRIMARY KEY (finding_id, seq))""",
            """
            CREATE TABLE assignment (
              role_id TEXT NOT NULL, person TEXT NOT NULL, capacity TEXT NOT NULL, from_date TEXT NOT NULL,
              to_date TEXT, open INTEGER NOT NULL, via TEXT, has_job INTEGER NOT NULL,
              job_title TEXT, job_department TEXT, job_manager TEXT,
              PRIMARY KEY (role_id, person, capacity, from_date))""",
            "CREATE INDEX assignment_open ON assignment(open)",
            """
            CREATE TABLE person (
              email TEXT PRIMARY KEY, id TEXT NOT NULL, name TEXT, status TEXT NOT NULL, type TEXT NOT NULL,
              title TEXT, department TEXT, manager TEXT, groups_json TEXT NOT NULL, end_date TEXT,
              job_since TEXT NOT NULL, gone_since TEXT)""",
            """
            CREATE TABLE run (
              run_id TEXT PRIMARY KEY, as_of TEXT NOT NULL, started_at TEXT NOT NULL, source TEXT,
              catalogue_sha256 TEXT NOT NULL, opened INTEGER NOT NULL, reopened INTEGER NOT NULL,
              resolved INTEGER NOT NULL, metrics_json TEXT NOT NULL)""",
            "CREATE INDEX run_order ON run(as_of, started_at)",
            "CREATE TABLE catalogue (sha256 TEXT PRIMARY KEY, name TEXT NOT NULL, text TEXT NOT NULL)");

    /**
     * Version 2: the last scan that detected a gap belongs to each resolved episode, and open findings
     * are no longer rewritten after every scan just to move a last-seen date. A resolved finding's old
     * last_seen becomes its latest episode's; earlier episodes' stay unknown (null).
     */
    private static final List<String> MIGRATION_V2 = List.of(
            "ALTER TABLE finding_episode ADD COLUMN last_seen_on TEXT",
            """
            UPDATE finding_episode SET last_seen_on = (SELECT f.last_seen FROM finding f WHERE f.id = finding_id)
            WHERE resolved_on IS NOT NULL
              AND seq = (SELECT MAX(e.seq) FROM finding_episode e WHERE e.finding_id = finding_episode.finding_id)
              AND (SELECT f.last_seen FROM finding f WHERE f.id = finding_id) BETWEEN opened_on AND resolved_on""",
            "ALTER TABLE finding DROP COLUMN last_seen");

    /**
     * Version 3: runs are ordered by number (the as-of day as an epoch day) and by start time written
     * with all nine fraction digits, because ISO text sorts "08:00:00Z" after "08:00:00.5Z"; findings
     * may be about a directory group (GROUP_NOT_IN_DIRECTORY).
     */
    private static final List<String> MIGRATION_V3 = List.of(
            "ALTER TABLE run ADD COLUMN as_of_day INTEGER",
            "UPDATE run SET as_of_day = CAST(julianday(as_of) - 2440587.5 AS INTEGER)",
            """
            UPDATE run SET started_at = CASE
              WHEN length(started_at) = 20 THEN substr(started_at, 1, 19) || '.000000000Z'
              ELSE substr(started_at, 1, 20)
                || substr(substr(started_at, 21, length(started_at) - 21) || '000000000', 1, 9) || 'Z' END
            WHERE length(started_at) BETWEEN 20 AND 29""",
            "DROP INDEX run_order",
            "CREATE INDEX run_order ON run(as_of_day, started_at)",
            "ALTER TABLE finding ADD COLUMN group_name TEXT");

    private final Path file;
    private final Connection connection;
    /** How many inTransaction calls are running: only the outermost commits or rolls back. */
    private int depth;

    private SqliteDatabase(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
    }

    public static SqliteDatabase open(Path file) {
        try {
            Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
            try (Statement statement = connection.createStatement()) {
                statement.execute("PRAGMA busy_timeout = 10000");
                statement.execute("PRAGMA foreign_keys = ON");
                statement.execute("PRAGMA synchronous = FULL");
            }
            SqliteDatabase database = new SqliteDatabase(file, connection);
            database.migrate();
            return database;
        } catch (SQLException e) {
            throw new LocalStateException("cannot open the RoleCall database " + file + ": " + e.getMessage()
                    + "; if the file is not a RoleCall database, point --state at another folder", e);
        }
    }

    private void migrate() throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)");
            int version = 0;
            try (ResultSet rows = statement.executeQuery("SELECT MAX(version) FROM schema_version")) {
                if (rows.next()) {
                    version = rows.getInt(1);
                }
            }
            if (version > SCHEMA_VERSION) {
                throw new LocalStateException(file + " was written by a newer RoleCall (schema " + version
                        + ", this one knows up to " + SCHEMA_VERSION + "); upgrade RoleCall to use it");
            }
            if (version < 1) {
                upgrade(SCHEMA_V1, 1);
            }
            if (version < 2) {
                upgrade(MIGRATION_V2, 2);
            }
            if (version < 3) {
                upgrade(MIGRATION_V3, 3);
            }
        }
    }

    /** Applies one version's statements and records the version, all in one transaction. */
    private void upgrade(List<String> statements, int toVersion) {
        inTransaction(connection -> {
            try (Statement upgrade = connection.createStatement()) {
                for (String sql : statements) {
                    upgrade.execute(sql);
                }
                upgrade.execute("INSERT INTO schema_version (version) VALUES (" + toVersion + ")");
            }
            return null;
        });
    }

    /**
     * Runs {@code work} in one transaction, rolled back if it throws. Called inside another
     * transaction, it joins that one, so that a unit of work made of several saves commits once.
     */
    public synchronized <T> T inTransaction(SqlWork<T> work) {
        if (depth > 0) {
            depth++;
            try {
                return work.run(connection);
            } catch (SQLException e) {
                throw new LocalStateException("RoleCall database " + file + " failed: " + e.getMessage(), e);
            } finally {
                depth--;
            }
        }
        try {
            connection.setAutoCommit(false);
            depth = 1;
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                depth = 0;
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new LocalStateException("RoleCall database " + file + " failed: " + e.getMessage(), e);
        }
    }

    /** Runs a read; reads see only committed data. */
    public synchronized <T> T read(SqlWork<T> work) {
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw new LocalStateException("RoleCall database " + file + " failed: " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new LocalStateException("closing " + file + " failed: " + e.getMessage(), e);
        }
    }

    /** A unit of JDBC work. */
    @FunctionalInterface
    public interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }
}
