package io.rolecall.infra.local;

import static io.rolecall.core.testing.Fixtures.DAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rolecall.core.model.FindingKind;
import io.rolecall.core.history.KnownPerson;
import io.rolecall.core.port.Storage;
import io.rolecall.core.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalStorageTest {

    @TempDir
    Path dir;

    @Test
    void stateSurvivesClosingAndReopening() {
        try (LocalStorage storage = LocalStorage.open(dir)) {
            storage.storage().findings().save(List.of(Fixtures.roleFinding(FindingKind.BACKUP_MISSING, "dpo", DAY)));
        }

        try (LocalStorage storage = LocalStorage.open(dir)) {
            assertThat(storage.storage().findings().findings()).singleElement()
                    .satisfies(f -> assertThat(f.roleId()).isEqualTo("dpo"));
        }
        assertThat(dir.resolve(LocalStorage.DATABASE_FILE)).isRegularFile();
    }

    @Test
    void aSecondCommandOnTheSameStateIsRefusedWhileTheFirstRuns() {
        try (LocalStorage first = LocalStorage.open(dir)) {
            assertThat(first.storage().runs().latest()).isEmpty();
            assertThatThrownBy(() -> LocalStorage.open(dir))
                    .isInstanceOf(LocalStateException.class)
                    .hasMessageContaining("another rolecall command is using the state");
        }
        LocalStorage.open(dir).close();
    }

    @Test
    void aDatabaseFromANewerRoleCallIsRefusedUntouched() throws Exception {
        LocalStorage.open(dir).close();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("rolecall.db"));
             Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO schema_version (version) VALUES (99)");
        }
        long sizeBefore = Files.size(dir.resolve("rolecall.db"));

        assertThatThrownBy(() -> LocalStorage.open(dir))
                .isInstanceOf(LocalStateException.class)
                .hasMessageContaining("written by a newer RoleCall (schema 99");
        assertThat(Files.size(dir.resolve("rolecall.db"))).isEqualTo(sizeBefore);
    }

    @Test
    void aFileThatIsNotADatabaseIsAClearError() throws Exception {
        Files.writeString(dir.resolve("rolecall.db"), "this is not sqlite, it is a note");

        assertThatThrownBy(() -> LocalStorage.open(dir))
                .isInstanceOf(LocalStateException.class)
                .hasMessageContaining("is not an SQLite database, so not a RoleCall state; it was left as it is")
                .hasMessageContaining("Point --state at another folder");
        assertThat(Files.readString(dir.resolve("rolecall.db"))).isEqualTo("this is not sqlite, it is a note");
    }

    @Test
    void anEmptyFileIsNotTakenForANewStateBecauseItsHistoryMayHaveBeenLost() throws Exception {
        Files.createFile(dir.resolve("rolecall.db"));

        assertThatThrownBy(() -> LocalStorage.open(dir))
                .isInstanceOf(LocalStateException.class)
                .hasMessageContaining("is empty (0 bytes), so it holds no RoleCall state")
                .hasMessageContaining("restore it from a backup; to start a new state, delete the file");
        assertThat(Files.size(dir.resolve("rolecall.db"))).isZero();
    }

    @Test
    void aNewStateAppearsWholeAndWhatAKilledCreationLeftIsCleanedAway() throws Exception {
        // A scan killed while it created the state leaves its half-built database beside the real name.
        Files.writeString(dir.resolve("rolecall.db.creating"), "half a schema");
        Files.writeString(dir.resolve("rolecall.db.creating-journal"), "its journal");

        try (LocalStorage storage = LocalStorage.open(dir)) {
            assertThat(storage.storage().runs().latest()).isEmpty();
        }

        assertThat(dir.resolve("rolecall.db.creating")).doesNotExist();
        assertThat(dir.resolve("rolecall.db.creating-journal")).doesNotExist();
        try (LocalStorage reopened = LocalStorage.openForReading(dir)) {
            assertThat(reopened.storage().findings().findings()).isEmpty();
        }
    }

    @Test
    void anSqliteDatabaseOfAnotherProgramIsLeftAsItIs() throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("rolecall.db"));
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, amount REAL)");
            statement.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)");
        }
        byte[] before = Files.readAllBytes(dir.resolve("rolecall.db"));

        assertThatThrownBy(() -> LocalStorage.open(dir))
                .isInstanceOf(LocalStateException.class)
                .hasMessageContaining("is an SQLite database of another program (its tables: customers, invoices)");
        assertThat(Files.readAllBytes(dir.resolve("rolecall.db"))).isEqualTo(before);
    }

    @Test
    void anSqliteDatabaseWithoutTablesIsRefusedLikeAnEmptyFile() throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("rolecall.db"));
             Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA user_version = 1");
        }

        assertThatThrownBy(() -> LocalStorage.open(dir))
                .isInstanceOf(LocalStateException.class)
                .hasMessageContaining("is an SQLite database with no tables, so it holds no RoleCall state");
    }

    @Test
    void aDamagedTableIsFoundBeforeAnythingIsWrittenAndTheWholeUnitIsRolledBack() throws Exception {
        try (LocalStorage storage = LocalStorage.open(dir)) {
            List<io.rolecall.core.finding.Finding> many = new java.util.ArrayList<>();
            // Enough that the middle of the file is the findings' pages, whatever other tables hold.
            for (int i = 0; i < 2000; i++) {
                many.add(Fixtures.roleFinding(FindingKind.BACKUP_MISSING, "role-" + i, DAY));
            }
            storage.storage().findings().save(many);
        }
        Path file = dir.resolve("rolecall.db");
        byte[] bytes = Files.readAllBytes(file);
        // Scribble over the middle of the file, past the header and the schema page.
        for (int i = bytes.length / 2; i < bytes.length / 2 + 4096; i++) {
            bytes[i] = (byte) 0x5a;
        }
        Files.write(file, bytes);

        try (LocalStorage storage = LocalStorage.open(dir)) {
            Storage state = storage.storage();
            KnownPerson ada = new KnownPerson(Fixtures.person("ada@acme.example").build(), DAY, null);
            // As a scan stores its changes: one unit, the people first, then the damaged findings.
            assertThatThrownBy(() -> state.atomically(() -> {
                state.people().save(List.of(ada));
                state.findings().save(List.of(Fixtures.roleFinding(FindingKind.BACKUP_MISSING, "dpo", DAY)));
            }))
                    .isInstanceOf(LocalStateException.class)
                    .hasMessageContaining("is damaged")
                    .hasMessageContaining("nothing was written")
                    .hasMessageContaining("the state folder from a backup");
            assertThat(state.people().find(ada.email())).as("the unit was rolled back").isEmpty();
        }
        assertThat(Files.readAllBytes(file)).isEqualTo(bytes);
    }

    @Test
    void readingCreatesNothingAndTakesNoLockSoItWorksBesideAWriterAndOnReadOnlyCopies() throws Exception {
        try (LocalStorage writer = LocalStorage.open(dir)) {
            writer.storage().findings().save(List.of(Fixtures.roleFinding(FindingKind.BACKUP_MISSING, "dpo", DAY)));
            Files.delete(dir.resolve("rolecall.lock"));
            try (var files = Files.list(dir)) {
                List<Path> before = files.sorted().toList();
                byte[] database = Files.readAllBytes(dir.resolve("rolecall.db"));

                try (LocalStorage reader = LocalStorage.openForReading(dir)) {
                    assertThat(reader.storage().findings().findings()).hasSize(1);
                    assertThatThrownBy(() -> reader.storage().findings().save(
                            List.of(Fixtures.roleFinding(FindingKind.BACKUP_MISSING, "other", DAY))))
                            .isInstanceOf(LocalStateException.class)
                            .hasMessageContaining("is read-only, so it could not be written; nothing was stored");
                }
                try (var after = Files.list(dir)) {
                    assertThat(after.sorted().toList()).isEqualTo(before);
                }
                assertThat(Files.readAllBytes(dir.resolve("rolecall.db"))).isEqualTo(database);
            }
        }
    }

    @Test
    void readingAFolderWithoutStateSaysToScanFirstAndCreatesNothing() {
        Path missing = dir.resolve("never-scanned");

        assertThatThrownBy(() -> LocalStorage.openForReading(missing))
                .isInstanceOf(LocalStateException.class)
                .hasMessageContaining("there is no RoleCall state in")
                .hasMessageContaining("run 'rolecall scan' first");
        assertThat(missing).doesNotExist();
    }

    @Test
    void aStateFolderThatIsAFileIsAClearError() throws Exception {
        Path file = Files.writeString(dir.resolve("occupied"), "x");

        assertThatThrownBy(() -> LocalStorage.open(file))
                .isInstanceOf(LocalStateException.class)
                .hasMessageContaining("cannot use " + file + " as the RoleCall state folder");
    }

    @Test
    void theLinkSecretIsMadeOnceReadableOnlyByItsOwnerAndKept() throws Exception {
        String secret = LocalStorage.linkSecret(dir);

        assertThat(secret).hasSizeGreaterThanOrEqualTo(40);
        assertThat(LocalStorage.linkSecret(dir)).isEqualTo(secret);
        assertThat(java.nio.file.Files.getPosixFilePermissions(dir.resolve("link-secret")))
                .containsExactlyInAnyOrder(java.nio.file.attribute.PosixFilePermission.OWNER_READ,
                        java.nio.file.attribute.PosixFilePermission.OWNER_WRITE);
        try (var files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactly("link-secret");
        }
        Files.writeString(dir.resolve("link-secret"), "short");
        assertThatThrownBy(() -> LocalStorage.linkSecret(dir)).isInstanceOf(LocalStateException.class)
                .hasMessageContaining("does not hold a link secret");
    }

    @Test
    void recordingBesideACommandThatHoldsTheLockWritesAcceptancesButNeverCreatesAState() {
        assertThatThrownBy(() -> LocalStorage.openForRecording(dir)).isInstanceOf(LocalStateException.class)
                .hasMessageContaining("run 'rolecall scan' first");
        assertThat(dir.resolve("rolecall.db")).doesNotExist();

        try (LocalStorage scan = LocalStorage.open(dir);
             LocalStorage pages = LocalStorage.openForRecording(dir)) {
            pages.storage().acknowledgements().recordAttempt(new io.rolecall.core.acknowledge.Attempt(
                    io.rolecall.core.model.Email.of("ada@acme.example"), "isms-manager", "v",
                    java.time.Instant.parse("2026-11-02T10:00:00Z"), List.of("x"), List.of(1), "curl"), 10);
            assertThat(scan.storage().acknowledgements().records().attempts()).hasSize(1);
        }
    }
}
