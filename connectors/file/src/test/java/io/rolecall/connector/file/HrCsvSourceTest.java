package io.rolecall.connector.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rolecall.connector.support.HrProviders;
import io.rolecall.connector.support.ProviderSettings;
import io.rolecall.core.model.Email;
import io.rolecall.core.model.HrRecord;
import io.rolecall.core.model.HrSnapshot;
import io.rolecall.core.port.DirectoryReadException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HrCsvSourceTest {

    private static final LocalDate FROM = LocalDate.of(2026, 11, 30);
    private static final LocalDate TO = FROM.plusDays(60);

    @TempDir
    Path dir;

    private Path file(String text) throws IOException {
        Path file = dir.resolve("hr.csv");
        Files.writeString(file, text);
        return file;
    }

    @Test
    void readsEveryColumnAndKeepsOnlyTheTimeOffThatOverlapsTheWindow() throws IOException {
        HrSnapshot hr = new HrCsvSource(file("""
                email,status,startDate,endDate,title,department,manager,timeOff
                Ada@Acme.example,Active,2020-01-06,,Head of Security,Security,grace@acme.example,2026-06-01..2026-06-05; 2026-12-21..2027-01-04 ;2027-03-01..2027-03-02
                frank@acme.example,Terminated,2021-05-03,2026-12-15,,,,
                """)).read(FROM, TO);

        assertThat(hr.records()).hasSize(2);
        HrRecord ada = hr.find(Email.of("ada@acme.example")).orElseThrow();
        assertThat(ada.title()).isEqualTo("Head of Security");
        assertThat(ada.manager()).isEqualTo(Email.of("grace@acme.example"));
        assertThat(ada.absences()).containsExactly(new HrRecord.Absence(LocalDate.of(2026, 12, 21),
                LocalDate.of(2027, 1, 4)));
        assertThat(hr.find(Email.of("frank@acme.example")).orElseThrow().endDate()).isEqualTo(LocalDate.of(2026, 12, 15));
        assertThat(hr.source()).isEqualTo("file:hr.csv");
    }

    @Test
    void everyBadRowIsListedWithItsLineAndNothingIsUsed() throws IOException {
        Path file = file("""
                email,endDate,timeOff
                ada@acme.example,2026-13-01,
                ,2026-12-01,
                bob@acme.example,,2026-12-10-2026-12-12
                cy@acme.example,,2026-12-12..2026-12-10
                """);

        assertThatThrownBy(() -> new HrCsvSource(file).read(FROM, TO)).isInstanceOf(DirectoryReadException.class)
                .hasMessageContaining("4 problems in HR export hr.csv, so nothing of it was used")
                .hasMessageContaining("hr.csv line 2: endDate '2026-13-01' is not a date")
                .hasMessageContaining("hr.csv line 3: email is empty")
                .hasMessageContaining("hr.csv line 4: timeOff '2026-12-10-2026-12-12' is not FROM..TO")
                .hasMessageContaining("hr.csv line 5: time off ends on 2026-12-10, before it starts on 2026-12-12");
    }

    @Test
    void aHeaderWithoutEmailOrWithAColumnRoleCallDoesNotReadIsRefused() throws IOException {
        Path file = file("mail,leaving\nada@acme.example,2026-12-01\n");

        assertThatThrownBy(() -> new HrCsvSource(file).read(FROM, TO)).isInstanceOf(DirectoryReadException.class)
                .hasMessageContaining("line 1: the header must name the column email")
                .hasMessageContaining("it names mail, leaving, which RoleCall does not read");
    }

    @Test
    void oneEmailTwiceIsAmbiguousAndAMissingFileIsNamed() throws IOException {
        Path twice = file("email\nada@acme.example\nADA@acme.example\n");
        assertThatThrownBy(() -> new HrCsvSource(twice).read(FROM, TO)).isInstanceOf(DirectoryReadException.class)
                .hasMessageContaining("lists ada@acme.example twice");
        assertThatThrownBy(() -> new HrCsvSource(dir.resolve("none.csv")).read(FROM, TO))
                .isInstanceOf(DirectoryReadException.class).hasMessageContaining("none.csv does not exist");
    }

    @Test
    void theFileProviderIsFoundByNameThroughTheSameSeamAsDirectories() throws IOException {
        Path file = file("email\nada@acme.example\n");

        HrSnapshot hr = HrProviders.named("file").create(ProviderSettings.of(Map.of(HrFileProvider.FILE,
                file.toString()))).read(FROM, TO);

        assertThat(hr.records()).extracting(HrRecord::email).containsExactly(Email.of("ada@acme.example"));
        assertThatThrownBy(() -> HrProviders.named("workday")).hasMessageContaining("'workday' is not an HR source; use ")
                .hasMessageContaining("file");
    }
}
