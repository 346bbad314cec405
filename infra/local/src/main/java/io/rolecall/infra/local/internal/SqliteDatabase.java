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
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.SQLiteException;
import org.sqlite.SQLiteOpenMode;

/**
 * One SQLite connection with the RoleCall schema. Every write runs in a transaction, and a unit of
 * work (a whole scan) in one transaction spanning all its saves, so a crash leaves the database
 * either before or after it, never half-written. Failures name their real cause: a full disk, a
 * read-only folder, a damaged file, a file that is not RoleCall's.
 *
 * <p>Several commands write one state at once (a scan, the pages of {@code rolecall serve}, {@code nc}
 * commands), each on its own connection. The database is in WAL mode, so readers never wait for a
 * writer nor a writer for readers, and every write transaction takes SQLite's write lock before it
 * reads ({@code BEGIN IMMEDIATE}): two transactions that had both read and then both wanted to
 * write would deadlock, and SQLite answers a deadlock with SQLITE_BUSY at once instead of waiting.
 * Waiting for the lock is bounded ({@link #WRITE_WAIT}); past it the error says who may hold it.
 */
public final class SqliteDatabase implements AutoCloseable {

    /** Set once the driver's native library is loaded; a JVM loads it once. */
    private static volatile boolean nativeLibraryLoaded;

    /**
     * READ: read the state only (reports). WRITE: also write it, creating or upgrading it (scans).
     * RECORD: write records into a state that exists and is current, without creating or upgrading
     * anything (the acceptance pages of {@code rolecall serve}, beside the scans).
     */
    public enum Mode { READ, WRITE, RECORD }

    static final int SCHEMA_VERSION = SqliteSchema.SCHEMA_VERSION;

    /**
     * How long a write waits for another connection's write transaction to end. A scan of 100,000
     * people holds the lock for a few seconds; an acceptance for milliseconds.
     */
    static final Duration WRITE_WAIT = Duration.ofSeconds(60);
    /** SQLite's own wait for a lock in one try; the retries of {@link #begin} go on until {@link #WRITE_WAIT}. */
    private static final int BUSY_TIMEOUT_MILLIS = 5_000;

    private final Path file;
    private final Connection connection;
    private final Duration writeWait;
    /** Says who may hold the write lock when waiting for it runs out: the state folder knows its lock file. */
    private volatile Supplier<String> lockHolders = () -> "another program may hold it (for example an open "
            + "sqlite3 session in a transaction)";
    /** How many inTransaction calls are running: only the outermost commits or rolls back. */
    private int depth;
    /** Tables found sound through this connection, which alone writes them while the state lock is held. */
    private final Set<String> checkedTables = new HashSet<>();

    private SqliteDatabase(Path file, Connection connection, Duration writeWait) {
        this.file = file;
        this.connection = connection;
        this.writeWait = writeWait;
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
        return open(file, mode, config, WRITE_WAIT);
    }

    /** @param writeWait how long a write waits for another connection's write lock */
    static SqliteDatabase open(Path file, Mode mode, SQLiteConfig config, Duration writeWait) {
        boolean exists = Files.exists(file);
        if (mode != Mode.WRITE && !exists) {
            throw new LocalStateException("there is no RoleCall state in " + file.getParent()
                    + " yet: run 'rolecall scan' first, or point --state at the folder of an earlier scan");
        }
        if (exists) {
            refuseEmptyFile(file);
        }
        config.setBusyTimeout((int) Math.min(BUSY_TIMEOUT_MILLIS, writeWait.toMillis()));
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.enforceForeignKeys(true);
        if (mode == Mode.WRITE && !exists) {
            createAtomically(file, config);
            exists = true;
        }
        if (mode != Mode.WRITE) {
            config.resetOpenMode(SQLiteOpenMode.CREATE);
        }
        SqliteDatabase database = new SqliteDatabase(file, mode == Mode.READ ? connectToRead(file, config)
                : connect(file, config, ""), writeWait);
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
            if (mode != Mode.READ) {
                // Only once the file is known to be a current RoleCall state: anything else is left as it was.
                database.useWriteAheadLog();
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

    /** @param uriQuery empty, or SQLite URI parameters starting with '?' */
    private static Connection connect(Path file, SQLiteConfig config, String uriQuery) {
        loadNativeLibrary();
        String url = uriQuery.isEmpty() ? "jdbc:sqlite:" + file.toAbsolutePath()
                : "jdbc:sqlite:file:" + file.toAbsolutePath().toUri().getRawPath() + uriQuery;
        try {
            return DriverManager.getConnection(url, config.toProperties());
        } catch (SQLException e) {
            throw new LocalStateException(cause(file, e, "open"), e);
        }
    }

    /**
     * Loads SQLite's native library before the first connection, so that a failure is one sentence
     * with its remedy: the driver's own error names neither the temp folder nor what to do.
     */
    private static void loadNativeLibrary() {
        if (nativeLibraryLoaded) {
            return;
        }
        Throwable cause = null;
        try {
            nativeLibraryLoaded = SQLiteJDBCLoader.initialize();
        } catch (Exception | LinkageError e) {
            cause = e;
        }
        if (!nativeLibraryLoaded) {
            throw new LocalStateException("SQLite's native library could not be loaded. Unless it is given a copy "
                    + "(bin/rolecall gives it the one the build put in cli/target/native), the driver copies the "
                    + "library into the temp folder, " + System.getProperty("java.io.tmpdir") + ", and loads it "
                    + "from there, which fails when that folder cannot be written or is mounted noexec. Run "
                    + "bin/rolecall, or start Java with -Djava.io.tmpdir set to a writable folder that allows "
                    + "programs.", cause);
        }
    }

    /**
     * A reader's connection. It is opened for writing with writes refused ({@code query_only}), so that,
     * like any connection, it removes the write-ahead log and its index when it is the last to close:
     * opened read-only, SQLite would leave both beside the database. Where the file or its folder may
     * not be written (a read-only copy), SQLite cannot make the log's index at all; then, when no log
     * is there, every change is in the file and no one can be writing it, so it is read as immutable.
     */
    private static Connection connectToRead(Path file, SQLiteConfig config) {
        Connection connection = connect(file, config, "");
        try (Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA query_only = 1");
            statement.executeQuery("SELECT count(*) FROM sqlite_master").close();
            return connection;
        } catch (SQLException e) {
            closeAfterFailure(connection, e);
            SQLiteErrorCode code = e instanceof SQLiteException sqlite ? primary(sqlite.getResultCode()) : null;
            boolean notWritable = code == SQLiteErrorCode.SQLITE_READONLY || code == SQLiteErrorCode.SQLITE_CANTOPEN
                    || code == SQLiteErrorCode.SQLITE_PERM;
            if (!notWritable || Files.exists(writeAheadLog(file))) {
                throw new LocalStateException(cause(file, e, "open"), e);
            }
        }
        config.setReadOnly(true);
        return connect(file, config, "?immutable=1");
    }

    private static Path writeAheadLog(Path file) {
        return file.resolveSibling(file.getFileName() + "-wal");
    }

    private static void closeAfterFailure(Connection connection, Exception cause) {
        try {
            connection.close();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    /** WAL: a reader never waits for a writer, nor a writer for readers; kept in the file once set. */
    private void useWriteAheadLog() throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet mode = statement.executeQuery("PRAGMA journal_mode = WAL")) {
            mode.next();
        }
    }

    /**
     * Checks that this state can be written now, keeping nothing: for a command that would otherwise
     * find out only when a person's answer must be kept.
     */
    public synchronized void checkWritable() {
        try {
            begin();
        } catch (SQLException e) {
            throw new LocalStateException(busy(e) ? stayedLocked() : cause(file, e, "write"), e);
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("INSERT OR REPLACE INTO record_revision (name, token) VALUES ('write-check', '-')");
        } catch (SQLException e) {
            throw new LocalStateException(cause(file, e, "write"), e);
        } finally {
            rollback(new SQLException("ending the check"));
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
        try {
            Files.deleteIfExists(creating);
            for (String leftover : List.of("-journal", "-wal", "-shm")) {
                Files.deleteIfExists(creating.resolveSibling(creating.getFileName() + leftover));
            }
        } catch (IOException e) {
            throw new LocalStateException("cannot remove " + creating + ", left by a scan that was stopped while it "
                    + "created the state (" + e.getMessage() + "); delete it and run the scan again", e);
        }
        // Closed before the move: the last connection to close folds the write-ahead log into the file.
        try (SqliteDatabase database = new SqliteDatabase(file, connect(creating, config, ""), WRITE_WAIT)) {
            database.useWriteAheadLog();
            database.migrate(0);
        } catch (SQLException e) {
            throw new LocalStateException(cause(file, e, "open"), e);
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
            begin();
        } catch (SQLException e) {
            throw new LocalStateException(busy(e) ? stayedLocked() : cause(file, e, "write"), e);
        }
        depth = 1;
        T result;
        try {
            result = work.run(connection);
        } catch (SQLException e) {
            rollback(e);
            throw new LocalStateException(cause(file, e, "write"), e);
        } catch (RuntimeException e) {
            rollback(e);
            throw e;
        } finally {
            depth = 0;
        }
        try {
            commit();
        } catch (SQLException e) {
            throw new LocalStateException(cause(file, e, "write"), e);
        }
        return result;
    }

    /**
     * Takes the write lock, waiting while another connection writes: SQLite waits up to its busy
     * timeout in each try, and the tries go on, with short pauses, until {@link #writeWait} is spent.
     */
    private void begin() throws SQLException {
        long deadline = System.nanoTime() + writeWait.toNanos();
        long pauseMillis = 5;
        while (true) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("BEGIN IMMEDIATE");
                return;
            } catch (SQLException e) {
                if (!busy(e) || System.nanoTime() - deadline >= 0) {
                    throw e;
                }
            }
            try {
                Thread.sleep(ThreadLocalRandom.current().nextLong(pauseMillis, 2 * pauseMillis));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new LocalStateException("stopped while waiting to write " + file + "; nothing was written", e);
            }
            pauseMillis = Math.min(2 * pauseMillis, 250);
        }
    }

    private static boolean busy(SQLException e) {
        SQLiteErrorCode code = e instanceof SQLiteException sqlite ? primary(sqlite.getResultCode()) : null;
        return code == SQLiteErrorCode.SQLITE_BUSY || code == SQLiteErrorCode.SQLITE_LOCKED;
    }

    private String stayedLocked() {
        return "another writer held the RoleCall database " + file + " for more than " + writeWait.toSeconds()
                + " s, so nothing was written: " + lockHolders.get() + ". Run this command again when it has finished";
    }

    /** Says who may hold the write lock, for the message when waiting for it runs out. */
    public void describeLockHolders(Supplier<String> holders) {
        this.lockHolders = holders;
    }

    /** A COMMIT that fails (a full disk) leaves the transaction open: it is rolled back, and the failure thrown. */
    private void commit() throws SQLException {
        try (Statement commit = connection.createStatement()) {
            commit.execute("COMMIT");
        } catch (SQLException e) {
            rollback(e);
            throw e;
        }
    }

    /**
     * SQLite rolls back by itself after some failures (a full disk), and then ROLLBACK fails with "no
     * transaction is active"; that second failure must not hide the first, which is the real cause.
     */
    private void rollback(Exception cause) {
        try (Statement rollback = connection.createStatement()) {
            rollback.execute("ROLLBACK");
        } catch (SQLException alreadyRolledBack) {
            cause.addSuppressed(alreadyRolledBack);
        }
    }

    /** Runs a read; reads see only committed data, all of it as one moment of the database. */
    public synchronized <T> T read(SqlWork<T> work) {
        try {
            if (depth > 0) {
                return work.run(connection);
            }
            try (Statement begin = connection.createStatement()) {
                begin.execute("BEGIN");
            }
            try {
                return work.run(connection);
            } finally {
                // A read-only transaction: ending it cannot fail for want of space or locks.
                try (Statement end = connection.createStatement()) {
                    end.execute("COMMIT");
                }
            }
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
                    + "sqlite3 session in a transaction); close it and run this command again";
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
