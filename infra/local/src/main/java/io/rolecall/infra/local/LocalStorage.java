package io.rolecall.infra.local;

import io.rolecall.core.port.ReportLog;
import io.rolecall.core.port.Storage;
import io.rolecall.infra.local.internal.SqliteAcknowledgementStore;
import io.rolecall.infra.local.internal.SqliteAssignmentLedger;
import io.rolecall.infra.local.internal.SqliteDatabase;
import io.rolecall.infra.local.internal.SqliteFindingStore;
import io.rolecall.infra.local.internal.SqlitePeopleStore;
import io.rolecall.infra.local.internal.SqliteReportLog;
import io.rolecall.infra.local.internal.SqliteRunLog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * RoleCall's state in one folder: an SQLite database file ({@code rolecall.db}) that anyone can
 * open with the {@code sqlite3} tool, guarded by a lock file so that two commands never interleave
 * their writes. Commands that only read (reports) open it read-only, take no lock and create
 * nothing, so they work beside a running command and on a read-only copy.
 */
public final class LocalStorage implements AutoCloseable {

    public static final String DATABASE_FILE = "rolecall.db";
    private static final String LOCK_FILE = "rolecall.lock";

    /**
     * State folders open in this JVM. Checked before touching the lock file, because closing any
     * channel on a file releases every lock the JVM holds on it, including another open's.
     */
    private static final Set<Path> OPEN_IN_THIS_JVM = ConcurrentHashMap.newKeySet();

    private final Path directory;
    private final SqliteDatabase database;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final Storage storage;
    private final ReportLog sentEmails;

    /** @param lockChannel null, with {@code lock}, for a read-only opening */
    private LocalStorage(Path directory, SqliteDatabase database, FileChannel lockChannel, FileLock lock) {
        this.directory = directory;
        this.database = database;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.storage = new Storage(new SqliteFindingStore(database), new SqliteAssignmentLedger(database),
                new SqlitePeopleStore(database), new SqliteRunLog(database), new SqliteAcknowledgementStore(database),
                work -> database.inTransaction(connection -> {
                    work.run();
                    return null;
                }));
        this.sentEmails = new SqliteReportLog(database);
    }

    /** Whether {@code directory} holds a state database (of any kind: opening it checks the rest). */
    public static boolean holdsState(Path directory) {
        return Files.exists(directory.resolve(DATABASE_FILE));
    }

    /**
     * Opens the state in {@code directory} to read it, without writing anything there.
     *
     * @throws LocalStateException when there is no state yet, or it cannot be read
     */
    public static LocalStorage openForReading(Path directory) {
        return new LocalStorage(directory.toAbsolutePath().normalize(),
                SqliteDatabase.open(directory.resolve(DATABASE_FILE), SqliteDatabase.Mode.READ), null, null);
    }

    /**
     * Opens (creating if needed) the state in {@code directory}.
     *
     * @throws LocalStateException when the folder cannot be used: locked by another command,
     *     not writable, damaged, not RoleCall's, or written by a newer RoleCall
     */
    public static LocalStorage open(Path directory) {
        Path key = directory.toAbsolutePath().normalize();
        if (!OPEN_IN_THIS_JVM.add(key)) {
            throw inUse(directory);
        }
        FileChannel channel = null;
        try {
            Files.createDirectories(directory);
            channel = FileChannel.open(directory.resolve(LOCK_FILE), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw inUse(directory);
            }
            return new LocalStorage(key, SqliteDatabase.open(directory.resolve(DATABASE_FILE)), channel, lock);
        } catch (FileSystemException e) {
            closeQuietly(channel);
            OPEN_IN_THIS_JVM.remove(key);
            throw new LocalStateException("cannot use " + directory + " as the RoleCall state folder: "
                    + (e.getReason() == null ? e.getClass().getSimpleName() : e.getReason()) + " ("
                    + e.getFile() + "). A scan must write its state: check that the folder is writable, or "
                    + "use a writable --state folder", e);
        } catch (IOException | UnsupportedOperationException e) {
            closeQuietly(channel);
            OPEN_IN_THIS_JVM.remove(key);
            throw new LocalStateException("cannot use " + directory + " as the RoleCall state folder: "
                    + e.getMessage() + "; check that it is a writable folder", e);
        } catch (RuntimeException e) {
            closeQuietly(channel);
            OPEN_IN_THIS_JVM.remove(key);
            throw e;
        }
    }

    private static LocalStateException inUse(Path directory) {
        return new LocalStateException("another rolecall command is using the state in " + directory
                + "; wait for it to finish, or use a different --state folder");
    }

    public Storage storage() {
        return storage;
    }

    /** Which emails went out once: the notices to holders. */
    public ReportLog sentEmails() {
        return sentEmails;
    }

    @Override
    public void close() {
        database.close();
        if (lock == null) {
            return;
        }
        try {
            lock.release();
        } catch (IOException ignored) {
            // Closing the channel below releases the lock anyway.
        }
        closeQuietly(lockChannel);
        OPEN_IN_THIS_JVM.remove(directory);
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel == null) {
            return;
        }
        try {
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
