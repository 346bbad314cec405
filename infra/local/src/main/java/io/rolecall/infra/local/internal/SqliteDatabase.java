package io.rolecall.infra.local.internal;

import io.rolecall.infra.local.LocalStateException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;
import org.sqlite.SQLiteOpenMode;

/**
 * One SQLite connection with the RoleCall schema. Every write runs in a transaction, and a unit of
 * work (a whole scan) in one transaction spanning all its saves, so a crash leaves the database
 * either before or after it, never half-written. Failures name their real cause: a full disk, a
 * read-only folder, a damaged file, a file that is not RoleCall's.
 */
public final class SqliteDatabase implements AutoCloseable {

    /**
     * READ: read the state only (reports). WRITE: also write it, creating or upgrading it (scans).
     * RECORD: write records into a state that exists and is current, without creating or upgrading
     * anything (the acceptance pages of {@code rolecall serve}, beside the scans).
     */
    public enum Mode { READ, WRITE, RECORD }

    static final int SCHEMA_VERSION = SqliteSchema.SCHEMA_VERSION;

    private final Path file;
    private final Connection connection;
    /** How many inTransaction calls are running: only the outermost commits or rolls back. */
    private int depth;
    /** Tables found sound through this connection, which alone writes them while the state lock is held. */
    private final Set<String> checkedTables = new HashSet<>();

    private SqliteDatabase(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
    }

    /** Opens for writing, creating the database if there is none. */
    public static SqliteDatabase open(Path file) {
        return open(file, Mode.WRITE, new SQLiteConfig());
    }

    public static SqliteDatabase open(Path file, Mode mode) {
        return open(file, mode, new SQLiteConfig());
    }

    /**
     * @param config SQLite settings; tests pass limits (a page count that makes the "disk" full)
     */
    static SqliteDatabase open(Path file, Mode mode, SQLiteConfig config) {
        boolean exists = Files.exists(file);
        if (mode != Mode.WRITE && !exists) {
            throw new LocalStateException("there is no RoleCall state in " + file.getParent()
                    + " yet: run 'rolecall scan' first, or point --state at the folder of an earlier scan");
        }
        if (exists) {
            refuseEmptyFile(file);
        }
        config.setBusyTimeout(10_000);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.enforceForeignKeys(true);
        if (mode == Mode.WRITE && !exists) {
            createAtomically(file, config);
            exists = true;
        }
        if (mode == Mode.READ) {
            config.setReadOnly(true);
        }
        if (mode != Mode.WRITE) {
            config.resetOpenMode(SQLiteOpenMode.CREATE);
        }
        Connection connection;
        try {
            Properties properties = config.toProperties();
            connection = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), properties);
        } catch (SQLException e) {
            throw new LocalStateException(cause(file, e, "open"), e);
        }
        SqliteDatabase database = new SqliteDatabase(file, connection);
        try {
            int version = database.schemaVersion(exists);
            if (mode == Mode.WRITE && version < SCHEMA_VERSION) {
                if (exists) {
                    // An upgrade rewrites tables: the whole file must be sound first.
                    database.checkIntegrity(null);
                }
                database.migrate(version);
            } else if (version < SCHEMA_VERSION) {
                throw new LocalStateException(file + " was written by an older RoleCall (schema " + version
                        + ", this one needs " + SCHEMA_VERSION + "); run 'rolecall scan' once, which upgrades it, then "
                        + "run this command again");
            }
            return database;
        } catch (SQLException e) {
            database.close();
            throw new LocalStateException(cause(file, e, "open"), e);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    /**
     * Builds a new database's schema in a file beside it and renames it into place, so the state
     * folder holds either no database or a whole empty one. Created in place, a process killed
     * before the schema's first commit left a 0-byte file, which the next scan refuses as a lost
     * state. The caller holds the state lock, so a leftover of such a kill is no one else's.
     */
    private static void createAtomically(Path file, SQLiteConfig config) {
        Path creating = file.resolveSibling(file.getFileName() + ".creating");
        Path creatingJournal = file.resolveSibling(creating.getFileName() + "-journal");
        try {
            Files.deleteIfExists(creating);
            Files.deleteIfExists(creatingJournal);
        } catch (IOException e) {
            throw new LocalStateException("cannot remove " + creating + ", left by a scan that was stopped while it "
                    + "created the state (" + e.getMessage() + "); delete it and run the scan again", e);
        }
        Connection connection;
        try {
            connection = DriverManager.getConnection("jdbc:sqlite:" + creating.toAbsolutePath(), config.toProperties());
        } catch (SQLException e) {
            throw new LocalStateException(cause(file, e, "open"), e);
        }
        try (SqliteDatabase database = new SqliteDatabase(file, connection)) {
            database.migrate(0);
        }
        try {
            Files.move(creating, file, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new LocalStateException("cannot put the new RoleCall database in place as " + file + " ("
                    + e.getMessage() + "); check the folder's permissions and run the scan again", e);
        }
    }

    /**
     * SQLite takes an empty file for a new database; here it is more likely a state that was lost
     * (truncated by a full disk or a failed copy), and starting over would silently drop its history.
     */
    private static void refuseEmptyFile(Path file) {
        try {
            if (Files.isRegularFile(file) && Files.size(file) == 0) {
                throw new LocalStateException(file + " is empty (0 bytes), so it holds no RoleCall state: if it was "
                        + "lost, restore it from a backup; to start a new state, delete the file");
            }
        } catch (IOException e) {
            throw new LocalStateException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** The schema version, checking first that an existing file is a RoleCall database at all. */
    private int schemaVersion(boolean existed) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table' "
                     + "AND name NOT LIKE 'sqlite_%' ORDER BY name")) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        if (!tables.contains("schema_version")) {
            if (existed && tables.isEmpty()) {
                throw new LocalStateException(file + " is an SQLite database with no tables, so it holds no "
                        + "RoleCall state: if the state was lost, restore it from a backup; to start a new state, "
                        + "delete the file");
            }
            if (existed) {
                throw new LocalStateException(file + " is an SQLite database of another program (its tables: "
                        + String.join(", ", tables.subList(0, Math.min(8, tables.size())))
                        + (tables.size() > 8 ? ", ..." : "") + "), not RoleCall's; it was left as it is. Point "
                        + "--state at another folder");
            }
            return 0;
        }
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT MAX(version) FROM schema_version")) {
            int version = rows.next() ? rows.getInt(1) : 0;
            if (version > SCHEMA_VERSION) {
                throw new LocalStateException(file + " was written by a newer RoleCall (schema " + version
                        + ", this one knows up to " + SCHEMA_VERSION + "); upgrade RoleCall to use it");
            }
            return version;
        }
    }

    /**
     * Checks each of {@code tables} (with its indexes) before this connection first writes to it, so
     * that a damaged file is found before anything is written into it, not half-way through a scan;
     * the write's transaction then rolls back whatever came before. Checking the tables a write
     * touches, rather than every page of the file at every opening, keeps the cost of a scan that
     * records one run from growing with years of history; damage elsewhere is found when that part
     * is next read or written.
     */
    public void checkBeforeWriting(String... tables) {
        for (String table : tables) {
            if (!SqliteSchema.TABLES.contains(table)) {
                throw new IllegalArgumentException("not a RoleCall table: " + table);
            }
            if (checkedTables.contains(table)) {
                continue;
            }
            try {
                checkIntegrity(table);
            } catch (SQLException e) {
                throw new LocalStateException(cause(file, e, "check"), e);
            }
            checkedTables.add(table);
        }
    }

    /** @param table one table and its indexes, or null for the whole file */
    private void checkIntegrity(String table) throws SQLException {
        List<String> problems = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(table == null ? "PRAGMA quick_check(5)"
                     : "PRAGMA quick_check(\"" + table + "\")")) {
            while (rows.next()) {
                problems.add(rows.getString(1));
            }
        }
        if (!problems.equals(List.of("ok"))) {
            throw new LocalStateException(file + " is damaged (SQLite's check" + (table == null ? "" : " of its "
                    + table + " table") + " says: " + String.join("; ", problems.subList(0, Math.min(5,
                    problems.size()))) + "); nothing was written. Restore the state folder from a backup, or point "
                    + "--state at a new folder to start over");
        }
    }

    private void migrate(int version) {
        for (int next = version; next < SCHEMA_VERSION; next++) {
            List<String> statements = SqliteSchema.MIGRATIONS.get(next);
            int toVersion = next + 1;
            inTransaction(connection -> {
                try (Statement upgrade = connection.createStatement()) {
                    if (toVersion == 1) {
                        upgrade.execute("CREATE TABLE schema_version (version INTEGER NOT NULL)");
                    }
                    for (String sql : statements) {
                        upgrade.execute(sql);
                    }
                    upgrade.execute("INSERT INTO schema_version (version) VALUES (" + toVersion + ")");
                }
                return null;
            });
        }
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
                throw new LocalStateException(cause(file, e, "write"), e);
            } finally {
                depth--;
            }
        }
        try {
            connection.setAutoCommit(false);
            depth = 1;
            T result;
            try {
                result = work.run(connection);
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                depth = 0;
                endAfterFailure(e);
                throw e;
            }
            depth = 0;
            connection.setAutoCommit(true);
            return result;
        } catch (SQLException e) {
            throw new LocalStateException(cause(file, e, "write"), e);
        }
    }

    /**
     * Rolls back and returns to auto-commit. SQLite rolls back by itself after some failures (a full
     * disk), and then both of these fail with "no transaction is active"; those second failures must
     * not hide the first, which is the real cause.
     */
    private void endAfterFailure(Exception cause) {
        try {
            connection.rollback();
        } catch (SQLException alreadyRolledBack) {
            cause.addSuppressed(alreadyRolledBack);
        }
        try {
            connection.setAutoCommit(true);
        } catch (SQLException alreadyEnded) {
            cause.addSuppressed(alreadyEnded);
        }
    }

    /** Runs a read; reads see only committed data. */
    public synchronized <T> T read(SqlWork<T> work) {
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw new LocalStateException(cause(file, e, "read"), e);
        }
    }

    /** What went wrong, in the user's terms, with what to do; {@code action} is open, read or write. */
    static String cause(Path file, SQLException e, String action) {
        Path folder = file.toAbsolutePath().getParent();
        SQLiteErrorCode code = e instanceof SQLiteException sqlite ? primary(sqlite.getResultCode()) : null;
        if (code == null) {
            return "cannot " + action + " the RoleCall database " + file + ": " + e.getMessage();
        }
        return switch (code) {
            case SQLITE_FULL -> "the disk holding " + folder + " is full, so the RoleCall database could not be "
                    + "written; nothing of this run was stored. Free some space and run it again";
            case SQLITE_READONLY -> "the RoleCall state in " + folder + " is read-only, so it could not be written; "
                    + "nothing was stored. Run this command on a writable copy, or with a writable --state folder";
            case SQLITE_CANTOPEN, SQLITE_PERM, SQLITE_AUTH -> "cannot " + action + " " + file
                    + ": the folder or the file may not be accessed (" + e.getMessage() + "); check its permissions";
            case SQLITE_CORRUPT -> file + " is damaged (" + e.getMessage() + ")"
                    + ("read".equals(action) ? "; restore" : "; nothing was written. Restore") + " the state folder "
                    + "from a backup, or point --state at a new folder to start over";
            case SQLITE_NOTADB -> file + " is not an SQLite database, so not a RoleCall state; it was left as it is. "
                    + "Point --state at another folder";
            case SQLITE_IOERR -> "the disk failed while RoleCall tried to " + action + " " + file + " ("
                    + e.getMessage() + "); nothing of this run was stored. Check the disk and run it again";
            case SQLITE_BUSY, SQLITE_LOCKED -> "another program holds " + file + " locked (for example an open "
                    + "sqlite3 session writing to it); close it and run this command again";
            default -> "cannot " + action + " the RoleCall database " + file + ": " + e.getMessage();
        };
    }

    /** Extended codes (SQLITE_IOERR_WRITE, SQLITE_READONLY_DBMOVED) reduced to their primary code. */
    private static SQLiteErrorCode primary(SQLiteErrorCode code) {
        int primary = code.code & 0xff;
        for (SQLiteErrorCode candidate : SQLiteErrorCode.values()) {
            if (candidate.code == primary) {
                return candidate;
            }
        }
        return code;
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
