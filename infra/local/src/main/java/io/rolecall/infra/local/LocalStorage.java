package io.rolecall.infra.local;

import io.rolecall.core.model.FileErrors;
import io.rolecall.core.port.ReportLog;
import io.rolecall.core.port.Storage;
import io.rolecall.infra.local.internal.SqliteAcknowledgementStore;
import io.rolecall.infra.local.internal.SqliteAssignmentLedger;
import io.rolecall.infra.local.internal.SqliteCalendarStore;
import io.rolecall.infra.local.internal.SqliteHandoverStore;
import io.rolecall.infra.local.internal.SqliteDatabase;
import io.rolecall.infra.local.internal.SqliteFindingStore;
import io.rolecall.infra.local.internal.SqliteNonconformityStore;
import io.rolecall.infra.local.internal.SqlitePeopleStore;
import io.rolecall.infra.local.internal.SqliteReportArchive;
import io.rolecall.infra.local.internal.SqliteReportLog;
import io.rolecall.infra.local.internal.SqliteRunLog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;
import java.util.UUID;
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
    private static final String LINK_SECRET_FILE = "link-secret";

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
        database.describeLockHolders(() -> lockHolders(directory));
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.storage = new Storage(new SqliteFindingStore(database), new SqliteAssignmentLedger(database),
                new SqlitePeopleStore(database), new SqliteRunLog(database), new SqliteAcknowledgementStore(database),
                new SqliteNonconformityStore(database), new SqliteCalendarStore(database), new SqliteReportArchive(database),
                new SqliteHandoverStore(database),
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
     * Opens the state in {@code directory} to record acceptances beside the scans: no lock is taken
     * (SQLite serialises the writes, and these are inserts no scan rewrites), nothing is created or
     * upgraded.
     *
     * @throws LocalStateException when there is no current state there
     */
    public static LocalStorage openForRecording(Path directory) {
        return new LocalStorage(directory.toAbsolutePath().normalize(),
                SqliteDatabase.open(directory.resolve(DATABASE_FILE), SqliteDatabase.Mode.RECORD), null, null);
    }

    /**
     * The secret acceptance links are signed with: made on first use (32 random bytes), in a file of
     * the state folder that only its owner may read. Whoever reads it can make links, so it is never
     * printed, and a copy of the state folder must be kept as carefully as the state itself.
     */
    public static String linkSecret(Path directory) {
        Path file = directory.resolve(LINK_SECRET_FILE);
        try {
            if (!Files.exists(file)) {
                byte[] secret = new byte[32];
                new SecureRandom().nextBytes(secret);
                Files.createDirectories(directory);
                // Written whole under another name, then linked into place: a command reading it at the same
                // time sees no file or the whole secret, and of two commands making one, one wins.
                Path written = directory.resolve(LINK_SECRET_FILE + "." + UUID.randomUUID());
                createPrivateFile(written);
                try {
                    Files.writeString(written, Base64.getEncoder().encodeToString(secret), StandardCharsets.US_ASCII);
                    Files.createLink(file, written);
                } catch (FileAlreadyExistsException madeByAnotherCommand) {
                    // read it below
                } finally {
                    Files.deleteIfExists(written);
                }
            }
            String secret = Files.readString(file, StandardCharsets.US_ASCII).trim();
            if (secret.length() < 32) {
                throw new LocalStateException(file + " does not hold a link secret (it is " + secret.length()
                        + " characters long); delete it to make a new one. Links sent before then stop working.");
            }
            return secret;
        } catch (IOException e) {
            throw new LocalStateException("cannot read or make the link secret " + file + ": " + e.getMessage(), e);
        }
    }

    private static void createPrivateFile(Path file) throws IOException {
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
            Files.createFile(file);
        }
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
                    + FileErrors.describe(e) + " ("
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

    /**
     * Who may be writing the state, for the message when a write waited too long: a command that took
     * the lock file (a scan or notify), else another program, or a command that records beside them.
     * Only asked after such a wait: probing the lock holds it for an instant.
     */
    private static String lockHolders(Path directory) {
        String others = "no RoleCall scan or notify holds the state's lock, so it is another program (for example an "
                + "sqlite3 session with a transaction open) or a RoleCall command recording beside the scans "
                + "(serve, nc, activity, training)";
        if (OPEN_IN_THIS_JVM.contains(directory)) {
            return "a scan or notify of this program holds the state";
        }
        try (FileChannel channel = FileChannel.open(directory.resolve(LOCK_FILE), StandardOpenOption.WRITE)) {
            FileLock probe = channel.tryLock();
            if (probe == null) {
                return "a RoleCall scan or notify is writing this state (it holds " + LOCK_FILE + ")";
            }
            probe.release();
            return others;
        } catch (IOException e) {
            return others;
        }
    }

    private static LocalStateException inUse(Path directory) {
        return new LocalStateException("another rolecall command is using the state in " + directory
                + "; wait for it to finish, or use a different --state folder");
    }

    public Storage storage() {
        return storage;
    }

    /**
     * Checks that this state can be written now, keeping nothing.
     *
     * @throws LocalStateException saying why it cannot (read-only, a full disk, locked)
     */
    public void checkWritable() {
        database.checkWritable();
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
