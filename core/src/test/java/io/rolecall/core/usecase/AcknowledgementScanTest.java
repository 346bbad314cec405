package io.rolecall.core.usecase;

import static io.rolecall.core.testing.Fixtures.active;
import static org.assertj.core.api.Assertions.assertThat;

import io.rolecall.core.acknowledge.Acceptance;
import io.rolecall.core.acknowledge.Ask;
import io.rolecall.core.catalogue.CatalogueSource;
import io.rolecall.core.finding.Finding;
import io.rolecall.core.model.FindingKind;
import io.rolecall.core.model.Severity;
import io.rolecall.core.model.Email;
import io.rolecall.core.model.Person;
import io.rolecall.core.testing.ScanHarness;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** ROLE_NOT_ACKNOWLEDGED through real scans: it opens when a holder has not accepted in time, and resolves. */
class AcknowledgementScanTest {

    private static final LocalDate NOTICE_DAY = LocalDate.of(2026, 11, 2);
    private static final String ROLES = """
            version: 1
            organisation: Test Co
            reporting: {complianceManagerRole: isms-manager, leadershipRole: top-management}
            policy:
              acknowledgement: {dueDays: 14}
            roles:
              - {id: top-management, name: Top, primary: [ceo@test.example], backupRequired: false, lastReviewed: 2026-10-01, acknowledgement: {required: false}}
              - {id: isms-manager, name: ISMS Manager, primary: [ada@test.example], backup: [bea@test.example], lastReviewed: 2026-10-01, reportsTo: top-management}
              - {id: it-admin, name: IT, primary: [bea@test.example], backup: [ada@test.example], lastReviewed: 2026-10-01, reportsTo: isms-manager}
            """;
    private static final List<Person> STAFF = List.of(active("ceo@test.example", "Cleo"),
            active("ada@test.example", "Ada"), active("bea@test.example", "Bea"));
    private static final Email ADA = Email.of("ada@test.example");

    private final ScanHarness harness = ScanHarness.inMemory();

    private String version(String roleId) {
        return new CatalogueSource("roles.yaml", ROLES).parse().role(roleId).orElseThrow().dutiesVersion();
    }

    private void askEveryoneOn(LocalDate day) {
        harness.storage().acknowledgements().recordAsks(List.of(
                new Ask(ADA, "isms-manager", version("isms-manager"), day, Ask.Kind.NOTICE),
                new Ask(ADA, "it-admin", version("it-admin"), day, Ask.Kind.NOTICE),
                new Ask(Email.of("bea@test.example"), "isms-manager", version("isms-manager"), day, Ask.Kind.NOTICE),
                new Ask(Email.of("bea@test.example"), "it-admin", version("it-admin"), day, Ask.Kind.NOTICE)));
    }

    private List<Finding> notAcknowledged() {
        return harness.open(FindingKind.ROLE_NOT_ACKNOWLEDGED);
    }

    @Test
    void aHolderWhoHasNotAcceptedDueDaysAfterTheFirstNoticeIsAFindingHighOnTheReportingRoles() {
        harness.scan(ROLES, STAFF, NOTICE_DAY);
        askEveryoneOn(NOTICE_DAY);

        ScanResult lastDay = harness.scan(ROLES, STAFF, NOTICE_DAY.plusDays(14));
        assertThat(notAcknowledged()).isEmpty();
        assertThat(lastDay.run().metrics().holdersToAcknowledge()).as("the CEO's role needs none").isEqualTo(4);
        assertThat(lastDay.run().metrics().acknowledgedPercent()).isZero();

        harness.scan(ROLES, STAFF, NOTICE_DAY.plusDays(15));
        assertThat(notAcknowledged()).extracting(f -> f.roleId() + " " + f.person().value() + " " + f.severity())
                .containsExactlyInAnyOrder("isms-manager ada@test.example HIGH", "isms-manager bea@test.example HIGH",
                        "it-admin ada@test.example MEDIUM", "it-admin bea@test.example MEDIUM");
        assertThat(notAcknowledged()).filteredOn(f -> f.person().equals(ADA) && f.roleId().equals("isms-manager"))
                .singleElement().satisfies(f -> {
                    assertThat(f.message()).isEqualTo("Ada (ada@test.example) has not accepted the duties of ISMS "
                            + "Manager (isms-manager), due by 2026-11-16 (first asked on 2026-11-02).");
                    assertThat(f.severity()).isEqualTo(Severity.HIGH);
                });
    }

    @Test
    void anAcceptanceResolvesItAtTheNextScanOfTheSameDay() {
        harness.scan(ROLES, STAFF, NOTICE_DAY);
        askEveryoneOn(NOTICE_DAY);
        LocalDate late = NOTICE_DAY.plusDays(20);
        harness.scan(ROLES, STAFF, late);
        assertThat(notAcknowledged()).hasSize(4);

        harness.storage().acknowledgements().recordAcceptance(new Acceptance(ADA, "isms-manager",
                version("isms-manager"), 1, "sha", "roles.yaml", Instant.parse("2026-11-22T10:00:00Z"), List.of(), 0, "ua"));
        ScanResult again = harness.scan(ROLES, STAFF, late);

        assertThat(again.holders()).as("the acceptance made the scan run its rules again").isNotNull();
        assertThat(notAcknowledged()).hasSize(3).noneMatch(f -> f.person().equals(ADA)
                && f.roleId().equals("isms-manager"));
        assertThat(again.run().resolved()).isEqualTo(1);
        assertThat(again.run().metrics().holdersAcknowledged()).isEqualTo(1);
        assertThat(again.run().metrics().acknowledgedPercent()).isEqualTo(25.0);
    }
}
