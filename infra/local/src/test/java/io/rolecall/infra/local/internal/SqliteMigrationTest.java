package io.rolecall.infra.local.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.rolecall.core.finding.Episode;
import io.rolecall.core.finding.Finding;
import io.rolecall.core.model.FindingKind;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A database written by an older RoleCall opens with its history intact and moves to the current schema. */
class SqliteMigrationTest {

    @TempDir
    Path dir;

    @Test
    void aVersionOneDatabaseKeepsEveryFindingAndMovesLastSeenToTheResolvedEpisode() throws Exception {
        Path file = versionOneDatabase(
                """
                    INSERT INTO finding VALUES
                      ('f-resolved', 'BACKUP_MISSING', 'MEDIUM', 'RESOLVED', 'dpo', NULL, NULL, NULL, 'm', 'r',
                       '2026-09-01', '2026-10-05', '2026-10-01', '2026-10-06'),
                      ('f-open', 'LEAVER_HOLDS_ROLE', 'HIGH', 'OPEN', 'dpo', NULL, NULL, 'bob@acme.example', 'm', 'r',
                       '2026-09-01', '2026-11-29', '2026-11-14', NULL)""",
                """
                    INSERT INTO finding_episode VALUES
                      ('f-resolved', 0, '2026-09-01', '2026-09-10'), ('f-resolved', 1, '2026-10-01', '2026-10-06'),
                      ('f-open', 0, '2026-09-01', '2026-09-03'), ('f-open', 1, '2026-10-31', NULL)""");

        try (SqliteDatabase database = SqliteDatabase.open(file)) {
            List<Finding> findings = new SqliteFindingStore(database).findings();
            assertThat(findings).hasSize(2);

            Finding resolved = findings.stream().filter(f -> f.kind() == FindingKind.BACKUP_MISSING).findFirst().orElseThrow();
            assertThat(resolved.episodes()).containsExactly(
                    new Episode(LocalDate.parse("2026-09-01"), LocalDate.parse("2026-09-10"), null),
                    new Episode(LocalDate.parse("2026-10-01"), LocalDate.parse("2026-10-06"),
                            LocalDate.parse("2026-10-05")));
            assertThat(resolved.lastSeen()).isEqualTo(LocalDate.parse("2026-10-05"));
            Finding open = findings.stream().filter(f -> f.kind() == FindingKind.LEAVER_HOLDS_ROLE).findFirst().orElseThrow();
            assertThat(open.isOpen()).isTrue();
            assertThat(open.episodes()).hasSize(2);
            assertThat(open.person().value()).isEqualTo("bob@acme.example");
        }
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement sql = connection.createStatement();
             ResultSet version = sql.executeQuery("SELECT MAX(version) FROM schema_version")) {
            version.next();
            assertThat(version.getInt(1)).isEqualTo(SqliteDatabase.SCHEMA_VERSION);
        }
    }

    @Test
    void anOlderDatabaseOpenedWithoutAScanSaysToScanOnceAndIsLeftAsItWas() throws Exception {
        Path file = versionOneDatabase();
        byte[] before = java.nio.file.Files.readAllBytes(file);

        for (SqliteDatabase.Mode mode : List.of(SqliteDatabase.Mode.READ, SqliteDatabase.Mode.RECORD)) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> SqliteDatabase.open(file, mode))
                    .as(mode.name()).hasMessageContaining("written by an older RoleCall (schema 1, this one needs "
                            + SqliteSchema.SCHEMA_VERSION + "); run 'rolecall scan' once, which upgrades it, then run "
                            + "this command again");
        }
        assertThat(java.nio.file.Files.readAllBytes(file)).isEqualTo(before);
    }

    /** A database as RoleCall's first schema wrote it, with these rows. */
    private Path versionOneDatabase(String... rows) throws Exception {
        Path file = dir.resolve("rolecall.db");
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement sql = connection.createStatement()) {
            for (String ddl : SqliteSchema.SCHEMA_V1) {
                sql.execute(ddl);
            }
            sql.execute("CREATE TABLE schema_version (version INTEGER NOT NULL)");
            sql.execute("INSERT INTO schema_version VALUES (1)");
            for (String row : rows) {
                sql.execute(row);
            }
        }
        return file;
    }
}
