package io.rolecall.infra.local;

import static io.rolecall.core.testing.Fixtures.DAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rolecall.core.finding.FindingKind;
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
                .hasMessageContaining("cannot open the RoleCall database")
                .hasMessageContaining("point --state at another folder");
        assertThat(Files.readString(dir.resolve("rolecall.db"))).isEqualTo("this is not sqlite, it is a note");
    }

    @Test
    void aStateFolderThatIsAFileIsAClearError() throws Exception {
        Path file = Files.writeString(dir.resolve("occupied"), "x");

        assertThatThrownBy(() -> LocalStorage.open(file))
                .isInstanceOf(LocalStateException.class)
                .hasMessageContaining("cannot use " + file + " as the RoleCall state folder");
    }
}
