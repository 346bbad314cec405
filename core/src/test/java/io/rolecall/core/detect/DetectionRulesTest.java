package io.rolecall.core.detect;

import static io.rolecall.core.testing.Fixtures.active;
import static io.rolecall.core.testing.Fixtures.person;
import static org.assertj.core.api.Assertions.assertThat;

import io.rolecall.core.finding.Finding;
import io.rolecall.core.model.FindingKind;
import io.rolecall.core.model.Severity;
import io.rolecall.core.model.Email;
import io.rolecall.core.model.Person;
import io.rolecall.core.model.PersonStatus;
import io.rolecall.core.model.PersonType;
import io.rolecall.core.testing.ScanHarness;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every rule, through a real scan over the in-memory store. */
class DetectionRulesTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 2);

    private final ScanHarness harness = ScanHarness.inMemory();

    /** A well-kept catalogue: every role staffed, backed up and reviewed. Tests break one thing at a time. */
    private static String catalogue(String roles, String more) {
        return """
                version: 1
                organisation: Test Co
                reporting: {complianceManagerRole: isms-manager, leadershipRole: top-management}
                roles:
                  - {id: top-management, name: Top Management, primary: [ceo@test.example], backupRequired: false, lastReviewed: 2026-10-01}
                """ + roles + more;
    }

    private static String role(String id, String primary, String backup) {
        return "  - {id: " + id + ", name: " + id + ", primary: " + primary + ", backup: " + backup
                + ", lastReviewed: 2026-10-01}\n";
    }

    private static final String ISMS_WELL_KEPT = role("isms-manager", "[ada@test.example]", "[bea@test.example]");

    private static List<Person> staff(Person... extra) {
        List<Person> people = new ArrayList<>(List.of(active("ceo@test.example", "Cleo Executive"),
                active("ada@test.example", "Ada Lovelace"), active("bea@test.example", "Bea Backup")));
        people.addAll(List.of(extra));
        return people;
    }

    private List<Finding> scan(String yaml, List<Person> people) {
        harness.scan(yaml, people, DAY);
        return harness.storage().findings().findings().stream().filter(Finding::isOpen).toList();
    }

    @Test
    void aGroupTheDirectoryDoesNotHaveIsNamedInsteadOfAMisleadingMissingBackup() {
        List<Finding> findings = scan(catalogue(role("isms-manager", "[ada@test.example]", "[group:ISMS-Deputys]"),
                ""), staff(person("dee@test.example").group("isms-deputies").build()));

        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.kind()).isEqualTo(FindingKind.GROUP_NOT_IN_DIRECTORY);
            assertThat(finding.severity()).isEqualTo(Severity.MEDIUM);
            assertThat(finding.roleId()).isEqualTo("isms-manager");
            assertThat(finding.group()).isEqualTo("ISMS-Deputys");
            assertThat(finding.message()).contains("names group:ISMS-Deputys as backup, but the directory has no "
                    + "group of that name");
            assertThat(finding.remediation()).contains("Check the name against the directory");
        });
    }

    @Test
    void aGroupTheSourceFoundWithoutMembersIsKnownSoTheBackupIsSimplyMissing() {
        harness.scan(catalogue(role("isms-manager", "[ada@test.example]", "[group:isms-deputies]"), ""),
                io.rolecall.core.model.DirectorySnapshot.of(staff(), List.of("ISMS-Deputies")), DAY, false);

        assertThat(harness.storage().findings().findings()).filteredOn(Finding::isOpen).extracting(Finding::kind)
                .containsExactly(FindingKind.BACKUP_MISSING);
    }

    @Test
    void aPrimaryGroupTheDirectoryLacksLeavesTheRoleUnassignedAndSaysWhy() {
        List<Finding> findings = scan(catalogue(role("isms-manager", "[group:isms-managers]", "[bea@test.example]"),
                ""), staff());

        assertThat(findings).extracting(Finding::kind).containsExactlyInAnyOrder(FindingKind.ROLE_UNASSIGNED,
                FindingKind.GROUP_NOT_IN_DIRECTORY);
        assertThat(findings).filteredOn(f -> f.kind() == FindingKind.ROLE_UNASSIGNED).singleElement()
                .extracting(Finding::message).asString()
                .contains("Its primary list names group:isms-managers, which the directory does not have.");
    }

    @Test
    void aWellKeptCatalogueHasNoFindings() {
        assertThat(scan(catalogue(ISMS_WELL_KEPT, ""), staff())).isEmpty();
    }

    @Test
    void aRoleWithoutAnActivePrimaryIsUnassignedAndCriticalForTheReportingRoles() {
        List<Finding> findings = scan(catalogue(role("isms-manager", "[]", "[bea@test.example]")
                + role("it-admin", "[]", "[bea@test.example]"), ""), staff());

        assertThat(findings).filteredOn(f -> f.kind() == FindingKind.ROLE_UNASSIGNED)
                .extracting(Finding::roleId, Finding::severity)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("isms-manager", Severity.CRITICAL),
                        org.assertj.core.groups.Tuple.tuple("it-admin", Severity.HIGH));
        assertThat(findings).filteredOn(f -> f.kind() == FindingKind.ROLE_UNASSIGNED).allSatisfy(f -> {
            assertThat(f.person()).isNull();
            assertThat(f.remediation()).contains("Appoint an active person as primary for " + f.roleId());
        });
    }

    @Test
    void aLeaverListedDirectlyHoldsTheRoleAndIsCriticalOnTheComplianceRole() {
        List<Finding> findings = scan(catalogue(ISMS_WELL_KEPT + role("it-admin", "[ada@test.example]",
                "[leo@test.example]"), ""), staff(person("leo@test.example").name("Leo Left")
                .status(PersonStatus.LEFT).build()));

        assertThat(findings).filteredOn(f -> f.kind() == FindingKind.LEAVER_HOLDS_ROLE).singleElement()
                .satisfies(f -> {
                    assertThat(f.roleId()).isEqualTo("it-admin");
                    assertThat(f.person()).isEqualTo(Email.of("leo@test.example"));
                    assertThat(f.severity()).isEqualTo(Severity.HIGH);
                    assertThat(f.message()).contains("Leo Left (leo@test.example) has left", "as backup");
                    assertThat(f.remediation()).contains("remove leo@test.example from its backup list");
                });

        List<Finding> onCompliance = scan(catalogue(role("isms-manager", "[ada@test.example, leo@test.example]",
                "[bea@test.example]"), ""), staff(person("leo@test.example").status(PersonStatus.LEFT).build()));
        assertThat(onCompliance).filteredOn(f -> f.kind() == FindingKind.LEAVER_HOLDS_ROLE)
                .extracting(Finding::severity).containsExactly(Severity.CRITICAL);
    }

    @Test
    void leaverInGroupStillHoldsRole() {
        List<Finding> findings = scan(catalogue(ISMS_WELL_KEPT
                + role("incident-response-lead", "[ada@test.example]", "[group:IR-Team]"), ""),
                staff(person("leo@test.example").status(PersonStatus.LEFT).group("ir-team").build(),
                        person("ian@test.example").group("ir-team").build()));

        assertThat(findings).filteredOn(f -> f.kind() == FindingKind.LEAVER_HOLDS_ROLE).singleElement()
                .satisfies(f -> {
                    assertThat(f.person()).isEqualTo(Email.of("leo@test.example"));
                    assertThat(f.message()).contains("through group IR-Team");
                    assertThat(f.remediation()).contains("Remove leo@test.example from group IR-Team in the directory");
                });
        assertThat(findings).noneMatch(f -> f.kind() == FindingKind.BACKUP_MISSING);
    }

    @Test
    void aListedHolderWhoVanishedFromTheDirectoryIsALeaverNotAnUnknown() {
        String yaml = catalogue(ISMS_WELL_KEPT + role("dpo", "[ada@test.example]", "[vic@test.example]"), "");
        harness.scan(yaml, staff(active("vic@test.example", "Vic Vanish")), DAY);

        harness.scan(yaml, staff(), DAY.plusDays(7));

        assertThat(harness.open(FindingKind.LEAVER_HOLDS_ROLE)).singleElement().satisfies(f -> {
            assertThat(f.person()).isEqualTo(Email.of("vic@test.example"));
            assertThat(f.message()).contains("Vic Vanish (vic@test.example) is no longer in the directory",
                    "gone since " + DAY.plusDays(7));
        });
        assertThat(harness.open(FindingKind.HOLDER_NOT_IN_DIRECTORY)).isEmpty();
    }

    @Test
    void anAddressNoScanHasSeenIsNotInDirectoryUntilThePersonAppears() {
        String yaml = catalogue(ISMS_WELL_KEPT + role("dpo", "[ada@test.example]", "[nora@test.exmple]"), "");

        harness.scan(yaml, staff(), DAY);
        assertThat(harness.open(FindingKind.HOLDER_NOT_IN_DIRECTORY)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.HIGH);
            assertThat(f.message()).contains("nora@test.exmple is listed as backup of dpo (dpo)");
            assertThat(f.remediation()).contains("Correct the address");
        });

        harness.scan(yaml, staff(active("nora@test.exmple", "Nora")), DAY.plusDays(1));
        assertThat(harness.open(FindingKind.HOLDER_NOT_IN_DIRECTORY)).isEmpty();
    }

    @Test
    void aSuspendedHolderIsFlaggedAndIsNoActiveBackup() {
        List<Finding> findings = scan(catalogue(role("isms-manager", "[ada@test.example]", "[sue@test.example]"), ""),
                staff(person("sue@test.example").status(PersonStatus.SUSPENDED).build()));

        assertThat(findings).extracting(Finding::kind)
                .containsExactlyInAnyOrder(FindingKind.HOLDER_SUSPENDED, FindingKind.BACKUP_MISSING);
    }

    @Test
    void aHolderWhoseEndDateIsWithinTheWindowIsLeavingSoon() {
        String yaml = catalogue(ISMS_WELL_KEPT + role("dpo", "[ada@test.example]", "[fay@test.example]")
                + role("asset-owner", "[ada@test.example]", "[gus@test.example]")
                + role("it-admin", "[bea@test.example]", "[pat@test.example]"), "");
        List<Finding> findings = scan(yaml, staff(
                person("fay@test.example").endDate(DAY.plusDays(30)).build(),
                person("gus@test.example").endDate(DAY.plusDays(31)).build(),
                person("pat@test.example").endDate(DAY.minusDays(2)).build()));

        assertThat(findings).filteredOn(f -> f.kind() == FindingKind.HOLDER_LEAVING_SOON)
                .extracting(f -> f.person().value())
                .containsExactlyInAnyOrder("fay@test.example", "pat@test.example");
        assertThat(findings).filteredOn(f -> f.kind() == FindingKind.HOLDER_LEAVING_SOON
                        && f.person().value().equals("pat@test.example"))
                .singleElement().extracting(Finding::message).asString().contains("2 days ago", "still ACTIVE");
    }

    @Test
    void aServiceAccountHolderIsNotAPersonAndDoesNotCoverTheRole() {
        List<Finding> findings = scan(catalogue(ISMS_WELL_KEPT + role("it-admin", "[svc-deploy@test.example]",
                "[bea@test.example]"), ""), staff(person("svc-deploy@test.example").type(PersonType.SERVICE).build()));

        assertThat(findings).extracting(Finding::kind)
                .containsExactlyInAnyOrder(FindingKind.HOLDER_NOT_A_PERSON, FindingKind.ROLE_UNASSIGNED);
    }

    @Test
    void aMoverWhoseJobChangedAfterTheLastReviewMustBeReconfirmed() {
        String yaml = catalogue(ISMS_WELL_KEPT + role("it-admin", "[erin@test.example]", "[bea@test.example]"), "");
        harness.scan(yaml, staff(person("erin@test.example").title("IT Support").department("IT").build()), DAY);
        assertThat(harness.open(FindingKind.HOLDER_CHANGED_JOB)).isEmpty();

        LocalDate moved = DAY.plusDays(20);
        List<Person> afterMove = staff(person("erin@test.example").title("Sales Lead").department("Sales").build());
        harness.scan(yaml, afterMove, moved);
        assertThat(harness.open(FindingKind.HOLDER_CHANGED_JOB)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.LOW);
            assertThat(f.message()).contains("title: IT Support -> Sales Lead", "department: IT -> Sales",
                    "on or before " + moved);
            assertThat(f.remediation()).contains("set lastReviewed for it-admin");
        });

        harness.scan(yaml, afterMove, moved.plusDays(1));
        assertThat(harness.open(FindingKind.HOLDER_CHANGED_JOB)).hasSize(1);

        String reviewed = yaml.replace("primary: [erin@test.example], backup: [bea@test.example], lastReviewed: 2026-10-01",
                "primary: [erin@test.example], backup: [bea@test.example], lastReviewed: " + moved.plusDays(2));
        harness.scan(reviewed, afterMove, moved.plusDays(2));
        assertThat(harness.open(FindingKind.HOLDER_CHANGED_JOB)).isEmpty();
    }

    @Test
    void someoneWhoMovedBeforeTakingTheRoleIsNoMover() {
        String without = catalogue(ISMS_WELL_KEPT + role("it-admin", "[bea@test.example]", "[ada@test.example]"), "");
        harness.scan(without, staff(person("erin@test.example").title("IT Support").build()), DAY);
        List<Person> moved = staff(person("erin@test.example").title("Sales Lead").build());
        harness.scan(without, moved, DAY.plusDays(1));

        String with = catalogue(ISMS_WELL_KEPT + role("it-admin", "[erin@test.example]", "[ada@test.example]"), "");
        harness.scan(with, moved, DAY.plusDays(2));

        assertThat(harness.open(FindingKind.HOLDER_CHANGED_JOB)).isEmpty();
    }

    @Test
    void aRoleNeedingABackupWithoutAnActiveOneMissesItsBackup() {
        List<Finding> findings = scan(catalogue(role("isms-manager", "[ada@test.example]", "[]")
                + "  - {id: it-admin, name: IT, primary: [bea@test.example], backupRequired: false, lastReviewed: 2026-10-01}\n",
                ""), staff());

        assertThat(findings).extracting(Finding::kind, Finding::roleId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(FindingKind.BACKUP_MISSING, "isms-manager"));
    }

    @Test
    void aPersonWhoIsPrimaryAndBackupIsNoBackup() {
        List<Finding> findings = scan(catalogue(role("isms-manager", "[ada@test.example]", "[group:deputies]"), ""),
                List.of(active("ceo@test.example", "Cleo"), person("ada@test.example").group("deputies").build()));

        assertThat(findings).extracting(Finding::kind)
                .containsExactlyInAnyOrder(FindingKind.BACKUP_SAME_AS_PRIMARY, FindingKind.BACKUP_MISSING);
        assertThat(findings).filteredOn(f -> f.kind() == FindingKind.BACKUP_SAME_AS_PRIMARY).singleElement()
                .satisfies(f -> assertThat(f.person()).isEqualTo(Email.of("ada@test.example")));
    }

    @Test
    void oneActivePersonHoldingTwoConflictingRolesIsASegregationConflict() {
        String roles = ISMS_WELL_KEPT + role("internal-auditor", "[ian@test.example]", "[ada@test.example]")
                + role("it-admin", "[leo@test.example]", "[bea@test.example]");
        String conflicts = """
                conflicts:
                  - {roles: [isms-manager, internal-auditor], reason: No self-audit (9.2)}
                  - {roles: [internal-auditor, it-admin], reason: Admins do not audit themselves}
                """;
        List<Finding> findings = scan(catalogue(roles, conflicts), staff(active("ian@test.example", "Ian"),
                person("leo@test.example").status(PersonStatus.LEFT).build()));

        assertThat(findings).filteredOn(f -> f.kind() == FindingKind.SEGREGATION_CONFLICT).singleElement()
                .satisfies(f -> {
                    assertThat(f.roleId()).isEqualTo("isms-manager");
                    assertThat(f.relatedRoleId()).isEqualTo("internal-auditor");
                    assertThat(f.person()).isEqualTo(Email.of("ada@test.example"));
                    assertThat(f.severity()).isEqualTo(Severity.HIGH);
                    assertThat(f.message()).endsWith("No self-audit (9.2)");
                });
    }

    @Test
    void onePersonPrimaryForMoreRolesThanThePolicyAllowsIsAConcentration() {
        String roles = ISMS_WELL_KEPT + role("a", "[ada@test.example]", "[bea@test.example]")
                + role("b", "[ada@test.example]", "[bea@test.example]")
                + role("c", "[ada@test.example]", "[bea@test.example]");
        List<Finding> findings = scan(catalogue(roles, ""), staff());

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(FindingKind.ROLE_CONCENTRATION);
            assertThat(f.roleId()).isNull();
            assertThat(f.person()).isEqualTo(Email.of("ada@test.example"));
            assertThat(f.message()).contains("primary for 4 roles (policy limit 3): isms-manager, a, b, c");
        });
        assertThat(scan(catalogue(roles, "policy: {maxPrimaryRolesPerPerson: 4}\n"), staff())).isEmpty();
    }

    @Test
    void aResponsibilityNeedsExactlyOneAccountableAndSomeResponsible() {
        String raci = """
                responsibilities:
                  - {id: ok, name: Fine, responsible: [isms-manager], accountable: [top-management]}
                  - {id: two-a, name: Two accountable, responsible: [isms-manager], accountable: [isms-manager, top-management]}
                  - {id: no-a, name: No accountable, responsible: [isms-manager]}
                  - {id: no-r, name: Nobody does it, accountable: [top-management]}
                """;
        List<Finding> findings = scan(catalogue(ISMS_WELL_KEPT, raci), staff());

        assertThat(findings).extracting(Finding::kind, Finding::responsibilityId).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(FindingKind.RACI_ACCOUNTABLE_NOT_ONE, "two-a"),
                org.assertj.core.groups.Tuple.tuple(FindingKind.RACI_ACCOUNTABLE_NOT_ONE, "no-a"),
                org.assertj.core.groups.Tuple.tuple(FindingKind.RACI_NO_RESPONSIBLE, "no-r"));
    }

    @Test
    void aRoleNeverReviewedOrReviewedTooLongAgoIsOverdue() {
        String roles = "  - {id: isms-manager, name: ISMS, primary: [ada@test.example], backup: [bea@test.example]}\n"
                + "  - {id: old, name: Old, primary: [ada@test.example], backup: [bea@test.example], lastReviewed: 2025-11-01}\n"
                + "  - {id: just-in-time, name: Just, primary: [bea@test.example], backup: [ada@test.example], lastReviewed: 2025-11-02}\n";

        List<Finding> findings = scan(catalogue(roles, ""), staff());

        assertThat(findings).filteredOn(f -> f.kind() == FindingKind.ROLE_REVIEW_OVERDUE).extracting(Finding::roleId)
                .containsExactlyInAnyOrder("isms-manager", "old");
    }

    @Test
    void emailsMatchWhateverTheirCase() {
        List<Finding> findings = scan(catalogue(role("isms-manager", "[ADA@Test.Example]", "[Bea@TEST.example]"), ""),
                List.of(active("CEO@test.example", "Cleo"), active("ada@TEST.EXAMPLE", "Ada"),
                        active("bea@test.example", "Bea")));

        assertThat(findings).isEmpty();
    }
}
