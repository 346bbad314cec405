package io.rolecall.core.detect;

import static io.rolecall.core.testing.Fixtures.active;
import static io.rolecall.core.testing.Fixtures.person;
import static org.assertj.core.api.Assertions.assertThat;

import io.rolecall.core.finding.Finding;
import io.rolecall.core.model.FindingKind;
import io.rolecall.core.model.Person;
import io.rolecall.core.model.PersonType;
import io.rolecall.core.testing.ScanHarness;
import io.rolecall.core.usecase.AsOfRules;
import io.rolecall.core.usecase.CalendarUseCase;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules framework packs need, each through a real scan over the in-memory store. */
class FrameworkRulesTest {

    private static final LocalDate DAY = LocalDate.of(2026, 1, 5);

    private final ScanHarness harness = ScanHarness.inMemory();

    /** Top management and a well-kept ISMS manager; {@code roles} adds what a test needs. */
    private static String catalogue(String head, String roles) {
        return "version: 1\norganisation: Test Co\n" + head
                + "reporting: {complianceManagerRole: isms-manager, leadershipRole: top-management}\nroles:\n"
                + "  - {id: top-management, name: Top Management, primary: [ceo@test.example], backupRequired: false, "
                + "lastReviewed: 2025-12-01}\n"
                + "  - {id: isms-manager, name: ISMS Manager, primary: [ada@test.example], backup: [bea@test.example], "
                + "lastReviewed: 2025-12-01, reportsTo: top-management}\n" + roles;
    }

    private static String catalogue(String roles) {
        return catalogue("", roles);
    }

    private static List<Person> staff(Person... extra) {
        List<Person> people = new ArrayList<>(List.of(active("ceo@test.example", "Cleo Executive"),
                person("ada@test.example").name("Ada Lovelace").manager("ceo@test.example").title("Head of Security")
                        .build(),
                person("bea@test.example").name("Bea Backup").manager("ada@test.example").build()));
        people.addAll(List.of(extra));
        return people;
    }

    private List<Finding> open(FindingKind kind) {
        return harness.open(kind);
    }

    @Test
    void holderCountWantsExactlyOneNamedPersonAndLeavesAVacantRoleToRoleUnassigned() {
        String roles = "  - {id: security-officer, name: Security Officer, primary: [ivy@test.example, "
                + "max@test.example, group:sec-team], backup: [bea@test.example], lastReviewed: 2025-12-01, "
                + "holders: {min: 1, max: 1, naturalPersons: true}}\n"
                + "  - {id: privacy-officer, name: Privacy Officer, primary: [], backup: [bea@test.example], "
                + "lastReviewed: 2025-12-01, holders: {min: 1}}\n";
        harness.scan(catalogue(roles), staff(active("ivy@test.example", "Ivy Chen"), active("max@test.example", "Max Doe"),
                person("sam@test.example").name("Sam Bot").type(PersonType.SERVICE).group("sec-team").build()), DAY);

        assertThat(open(FindingKind.HOLDER_COUNT)).singleElement().satisfies(finding -> {
            assertThat(finding.roleId()).isEqualTo("security-officer");
            assertThat(finding.message()).contains("2 active primary holders where it allows at most 1",
                    "names group:sec-team, a group rather than a named person",
                    "Sam Bot (sam@test.example), a service account, is a primary holder");
            assertThat(finding.remediation()).contains("exactly one named person", "each by their own email address");
        });
        assertThat(open(FindingKind.ROLE_UNASSIGNED)).extracting(Finding::roleId).containsExactly("privacy-officer");
    }

    @Test
    void eligibilityNamesTheAttributeThatFailedForEachPrimary() {
        String roles = "  - {id: it-admin, name: IT Admin, primary: [ivy@test.example], backup: [bea@test.example], "
                + "lastReviewed: 2025-12-01}\n"
                + "  - {id: dpo, name: Data Protection Officer, primary: [ivy@test.example], backup: [bea@test.example], "
                + "lastReviewed: 2025-12-01, eligibility: {mustMatch: [{title: '(?i).*privacy.*'}], "
                + "mustNotMatch: [{role: it-admin}, {department: '^IT$'}]}}\n";
        harness.scan(catalogue(roles), staff(person("ivy@test.example").name("Ivy Chen").title("Head of IT")
                .department("IT").build()), DAY);

        assertThat(open(FindingKind.HOLDER_INELIGIBLE)).singleElement().satisfies(finding -> {
            assertThat(finding.roleId()).isEqualTo("dpo");
            assertThat(finding.person().value()).isEqualTo("ivy@test.example");
            assertThat(finding.message()).contains("title 'Head of IT'", "department 'IT'", "it-admin");
        });
    }

    @Test
    void anAuditorInTheManagementLineOfTheRoleTheyAuditBreaksIndependenceAndTheChainIsNamed() {
        String roles = "  - {id: internal-auditor, name: Internal Auditor, primary: [ivy@test.example], "
                + "backup: [ceo@test.example], lastReviewed: 2025-12-01, independentOf: [isms-manager]}\n";
        harness.scan(catalogue(roles), staff(person("ivy@test.example").name("Ivy Chen").manager("bea@test.example")
                .build()), DAY);

        assertThat(open(FindingKind.INDEPENDENCE_BREACH)).singleElement().satisfies(finding -> assertThat(
                finding.message()).contains("Ivy Chen (ivy@test.example) (Internal Auditor) reports to Ada Lovelace "
                + "(ada@test.example) (ISMS Manager) through 1 manager (Bea Backup (bea@test.example))"));
    }

    @Test
    void aManagerCycleIsReportedAsABreachAndNeverFollowedForever() {
        String roles = "  - {id: internal-auditor, name: Internal Auditor, primary: [ivy@test.example], "
                + "backup: [ceo@test.example], lastReviewed: 2025-12-01, independentOf: [isms-manager]}\n";
        harness.scan(catalogue(roles), List.of(active("ceo@test.example", "Cleo Executive"),
                person("ada@test.example").name("Ada Lovelace").build(),
                person("bea@test.example").name("Bea Backup").build(),
                person("ivy@test.example").name("Ivy Chen").manager("max@test.example").build(),
                person("max@test.example").name("Max Loop").manager("ivy@test.example").build()), DAY);

        assertThat(open(FindingKind.INDEPENDENCE_BREACH)).singleElement().satisfies(finding -> assertThat(
                finding.message()).contains("independence cannot be confirmed", "go round in a loop"));
    }

    @Test
    void aPrimaryWhoseDirectoryManagerIsNotTheRoleItReportsToIsAReportingLineMismatch() {
        String roles = "  - {id: ciso, name: CISO, primary: [ivy@test.example], backup: [bea@test.example], "
                + "lastReviewed: 2025-12-01, reportsTo: top-management, checkReportingLine: true}\n";
        harness.scan(catalogue(roles), staff(person("ivy@test.example").name("Ivy Chen").manager("ada@test.example")
                .build()), DAY);

        assertThat(open(FindingKind.REPORTING_LINE_MISMATCH)).singleElement().satisfies(finding -> assertThat(
                finding.message()).contains("which reports to Top Management (Cleo Executive (ceo@test.example))",
                "but reports to Ada Lovelace"));

        harness.scan(catalogue(roles), staff(person("ivy@test.example").name("Ivy Chen").manager("ceo@test.example")
                .build()), DAY.plusDays(1));
        assertThat(open(FindingKind.REPORTING_LINE_MISMATCH)).isEmpty();
    }

    @Test
    void aPeriodicAssignmentReviewFallsDueFromTheLedgerAndARecordedReviewResolvesIt() {
        String roles = "  - {id: ciso, name: CISO, primary: [ivy@test.example], backup: [bea@test.example], "
                + "lastReviewed: 2025-12-01, assignmentReviewMonths: 6}\n";
        List<Person> people = staff(active("ivy@test.example", "Ivy Chen"));
        harness.scan(catalogue(roles), people, DAY);
        harness.scan(catalogue(roles), people, DAY.plusMonths(6));
        assertThat(open(FindingKind.ASSIGNMENT_REVIEW_OVERDUE)).isEmpty();

        harness.scan(catalogue(roles), people, DAY.plusMonths(6).plusDays(1));
        assertThat(open(FindingKind.ASSIGNMENT_REVIEW_OVERDUE)).singleElement().satisfies(finding -> assertThat(
                finding.message()).contains("since 2026-01-05 with no review recorded", "due on 2026-07-05"));

        new CalendarUseCase(harness.storage(), new AsOfRules(Clock.systemUTC(), true)).recordAssignmentReview("ciso",
                DAY.plusMonths(6).plusDays(2), "ceo@test.example", "board minutes 2026-07", DAY.plusMonths(6).plusDays(2));
        harness.scan(catalogue(roles), people, DAY.plusMonths(6).plusDays(3));
        assertThat(open(FindingKind.ASSIGNMENT_REVIEW_OVERDUE)).isEmpty();
    }

    @Test
    void aNewPrimaryNeedsAReviewWithinTheChangeDaysAndTheAuthorityToldWithinItsDays() {
        String ivyHolds = "  - {id: dpo, name: DPO, primary: [ivy@test.example], backup: [bea@test.example], "
                + "lastReviewed: 2025-12-01, reviewOnHolderChange: true, "
                + "notifyAuthority: {authority: the supervisory authority, withinDays: 14}}\n";
        String head = "policy: {changeReviewDays: 10}\n";
        List<Person> people = staff(active("ivy@test.example", "Ivy Chen"), active("max@test.example", "Max Doe"));
        harness.scan(catalogue(head, ivyHolds), people, DAY);
        harness.scan(catalogue(head, ivyHolds), people, DAY.plusDays(40));
        assertThat(open(FindingKind.ASSIGNMENT_REVIEW_DUE)).as("the first holder is no change").isEmpty();
        assertThat(open(FindingKind.AUTHORITY_NOT_NOTIFIED)).isEmpty();

        String maxHolds = ivyHolds.replace("ivy@", "max@");
        LocalDate change = DAY.plusDays(41);
        harness.scan(catalogue(head, maxHolds), people, change);
        harness.scan(catalogue(head, maxHolds), people, change.plusDays(11));
        assertThat(open(FindingKind.ASSIGNMENT_REVIEW_DUE)).singleElement().satisfies(finding -> assertThat(
                finding.message()).contains("became primary of DPO (dpo) on " + change, "within 10 days"));
        assertThat(open(FindingKind.AUTHORITY_NOT_NOTIFIED)).isEmpty();

        harness.scan(catalogue(head, maxHolds), people, change.plusDays(15));
        assertThat(open(FindingKind.AUTHORITY_NOT_NOTIFIED)).singleElement().satisfies(finding -> assertThat(
                finding.message()).contains("no notice to the supervisory authority was recorded within 14 days"));

        CalendarUseCase records = new CalendarUseCase(harness.storage(), new AsOfRules(Clock.systemUTC(), true));
        records.recordAuthorityNotice("dpo", change.plusDays(16), "case 2026/118", "ada@test.example",
                change.plusDays(16));
        records.recordAssignmentReview("dpo", change.plusDays(16), "ceo@test.example", "minutes", change.plusDays(16));
        harness.scan(catalogue(head, maxHolds), people, change.plusDays(17));
        assertThat(open(FindingKind.AUTHORITY_NOT_NOTIFIED)).isEmpty();
        assertThat(open(FindingKind.ASSIGNMENT_REVIEW_DUE)).isEmpty();
    }

    @Test
    void anEnabledPacksFunctionThatNoRoleDeclaresIsRaisedAndFindingsCiteTheClausesTheyBreak() {
        String head = "frameworks: [iso27001, soc2]\n";
        String roles = "  - {id: security-lead, name: Security Lead, primary: [], backup: [bea@test.example], "
                + "lastReviewed: 2025-12-01, functions: [security-officer]}\n";
        harness.scan(catalogue(head, roles), staff(), DAY);

        assertThat(open(FindingKind.FUNCTION_NOT_ASSIGNED)).extracting(Finding::message).anySatisfy(message ->
                assertThat(message).contains("Executive management"));
        assertThat(open(FindingKind.FUNCTION_NOT_ASSIGNED)).extracting(Finding::message).noneSatisfy(message ->
                assertThat(message).contains("Security officer"));
        assertThat(open(FindingKind.ROLE_UNASSIGNED)).singleElement().satisfies(finding -> assertThat(
                finding.references()).contains("ISO/IEC 27001:2022 5.3", "SOC 2 CC1.3"));
    }

    @Test
    void withoutFrameworksNoFunctionIsRequiredAndFindingsCiteIsoAlone() {
        String roles = "  - {id: security-lead, name: Security Lead, primary: [], backup: [bea@test.example], "
                + "lastReviewed: 2025-12-01}\n";
        harness.scan(catalogue(roles), staff(), DAY);

        assertThat(open(FindingKind.FUNCTION_NOT_ASSIGNED)).isEmpty();
        assertThat(open(FindingKind.ROLE_UNASSIGNED)).singleElement().satisfies(finding -> assertThat(
                finding.references()).contains("ISO/IEC 27001:2022 5.3").noneMatch(ref -> ref.startsWith("SOC 2")));
    }
}
