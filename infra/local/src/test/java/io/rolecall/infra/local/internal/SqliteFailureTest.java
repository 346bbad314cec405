package io.rolecall.infra.local.internal;

import static io.rolecall.core.testing.Fixtures.DAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rolecall.core.finding.Finding;
import io.rolecall.core.model.FindingKind;
import io.rolecall.core.testing.Fixtures;
import io.rolecall.infra.local.LocalStateException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteConfig;

/** SQLite's own failures, produced for real, reach the user as their cause and leave nothing half-written. */
class SqliteFailureTest {

    @TempDir
    Path dir;

    private static List<Finding> findings(int count) {
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            findings.add(Fixtures.roleFinding(FindingKind.BACKUP_MISSING, "role-with-a-long-name-" + i, DAY));
        }
        return findings;
    }

    @Test
    void aFullDiskIsReportedAsAFullDiskAndTheWholeUnitIsRolledBack() {
        Path file = dir.resolve("rolecall.db");
        SqliteDatabase.open(file).close();
        // SQLite reports SQLITE_FULL when the database may not grow past max_page_count, as on a full disk.
        SQLiteConfig almostFull = new SQLiteConfig();
        almostFull.setMaxPageCount(40);
        try (SqliteDatabase database = SqliteDatabase.open(file, SqliteDatabase.Mode.WRITE, almostFull)) {
            SqliteFindingStore store = new SqliteFindingStore(database);
            store.save(findings(1));

            assertThatThrownBy(() -> database.inTransaction(connection -> {
                store.save(findings(1));
                store.save(findings(5_000));
                return null;
            })).isInstanceOf(LocalStateException.class)
                    .hasMessageContaining("the disk holding " + dir.toAbsolutePath() + " is full")
                    .hasMessageContaining("nothing of this run was stored. Free some space and run it again")
                    .hasMessageNotContaining("no transaction is active");

            assertThat(store.findings()).hasSize(1);
        }
    }

    @Test
    void writingAReadOnlyStateSaysItIsReadOnly() {
        Path file = dir.resolve("rolecall.db");
        SqliteDatabase.open(file).close();
        SQLiteConfig readOnly = new SQLiteConfig();
        readOnly.setReadOnly(true);
        try (SqliteDatabase database = SqliteDatabase.open(file, SqliteDatabase.Mode.READ, readOnly)) {
            assertThatThrownBy(() -> new SqliteFindingStore(database).save(findings(1)))
                    .isInstanceOf(LocalStateException.class)
                    .hasMessageContaining("is read-only, so it could not be written; nothing was stored");
        }
    }

    @Test
    void aWriteThatWaitsTooLongForAnotherWriterFailsNamingWhoMayHoldTheLockAndWritesNothing() throws Exception {
        Path file = dir.resolve("rolecall.db");
        SqliteDatabase.open(file).close();
        try (SqliteDatabase database = SqliteDatabase.open(file, SqliteDatabase.Mode.RECORD, new SQLiteConfig(),
                java.time.Duration.ofSeconds(1));
             java.sql.Connection session = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file);
             java.sql.Statement statement = session.createStatement()) {
            // An sqlite3 session that began writing and went to lunch.
            statement.execute("BEGIN IMMEDIATE");
            statement.execute("INSERT INTO catalogue (sha256, name, text) VALUES ('x', 'x', 'x')");

            long started = System.nanoTime();
            assertThatThrownBy(() -> new SqliteFindingStore(database).save(findings(1)))
                    .isInstanceOf(LocalStateException.class)
                    .hasMessageContaining("another writer held the RoleCall database " + file + " for more than 1 s, "
                            + "so nothing was written: another program may hold it");
            assertThat(java.time.Duration.ofNanos(System.nanoTime() - started)).isLessThan(java.time.Duration.ofSeconds(5));
            statement.execute("ROLLBACK");
            new SqliteFindingStore(database).save(findings(1));
            assertThat(new SqliteFindingStore(database).findings()).hasSize(1);
        }
    }
}
