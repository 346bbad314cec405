package io.rolecall.core.report;

import static io.rolecall.core.testing.Fixtures.person;
import static org.assertj.core.api.Assertions.assertThat;

import io.rolecall.core.finding.Episode;
import io.rolecall.core.finding.Finding;
import io.rolecall.core.model.DirectorySnapshot;
import io.rolecall.core.model.Email;
import io.rolecall.core.model.FindingKey;
import io.rolecall.core.model.FindingKind;
import io.rolecall.core.model.Severity;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ComingLineTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 30);

    private static Finding finding(FindingKey key, String message) {
        return new Finding(key, Severity.MEDIUM, message, "fix", List.of(Episode.openedOn(DAY)), DAY.plusDays(30));
    }

    @Test
    void leaversAndGapsAheadAreListedSoonestFirstWithTheDaysLeftAndNothingElseIs() {
        DirectorySnapshot directory = DirectorySnapshot.of(List.of(person("frank@acme.example").name("Frank")
                .endDate(DAY.plusDays(15)).build()));
        List<Finding> open = List.of(
                finding(FindingKey.forRolePeriod(FindingKind.COVERAGE_GAP, "people-lead", DAY.plusDays(21),
                        DAY.plusDays(35)), "gap"),
                finding(FindingKey.forRoleAndPerson(FindingKind.HOLDER_LEAVING_SOON, "people-lead",
                        Email.of("frank@acme.example")), "Frank leaves"),
                finding(FindingKey.forRolePeriod(FindingKind.COVERAGE_GAP, "dpo", DAY, DAY), "gap today"),
                finding(FindingKey.forRole(FindingKind.BACKUP_MISSING, "dpo"), "not ahead"));

        List<ComingLine> coming = ComingLine.of(open, directory, DAY);

        assertThat(coming).extracting(ComingLine::what).containsExactly("gap today", "Frank leaves", "gap");
        assertThat(coming).extracting(ComingLine::when).containsExactly("today", "in 15 days", "in 21 days");
        assertThat(coming.get(1).on()).isEqualTo(DAY.plusDays(15));
    }
}
