package io.rolecall.core.usecase;

import static io.rolecall.core.testing.Fixtures.active;
import static io.rolecall.core.testing.Fixtures.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rolecall.core.finding.Episode;
import io.rolecall.core.finding.Finding;
import io.rolecall.core.model.FindingKind;
import io.rolecall.core.finding.FindingStatus;
import io.rolecall.core.holding.AssignmentPeriod;
import io.rolecall.core.holding.Capacity;
import io.rolecall.core.model.Person;
import io.rolecall.core.model.PersonStatus;
import io.rolecall.core.testing.InMemoryStorage;
import io.rolecall.core.testing.ScanHarness;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Findings and the ledger followed over several scans, each dated with an explicit as-of day. */
class ScanLifecycleTest {

    private static final LocalDate MON = LocalDate.of(2026, 11, 2);

    private static final String ROLES = """
            version: 1
            organisation: Test Co
            reporting: {complianceManagerRole: isms-manager, leadershipRole: top-management}
            roles:
              - {id: top-management, name: Top, primary: [ceo@test.example], backupRequired: false, lastReviewed: 2026-10-01}
              - {id: isms-manager, name: ISMS Manager, primary: [ada@test.example], backup: [bea@test.example], lastReviewed: 2026-10-01}
              - {id: incident-response-lead, name: IR Lead, primary: [ian@test.example], backup: [bea@test.example], lastReviewed: 2026-10-01}
            """;

    private final ScanHarness harness = ScanHarness.inMemory();

    private static List<Person> people(PersonStatus ianStatus) {
        return List.of(active("ceo@test.example", "Cleo"), active("ada@test.example", "Ada"),
                active("bea@test.example", "Bea"), person("ian@test.example").name("Ian").status(ianStatus).build());
    }

    private Finding only(FindingKind kind) {
        return harness.storage().findings().findings().stream().filter(f -> f.kind() == kind).findFirst().orElseThrow();
    }

    @Test
    void aGapOpensStaysOpenResolvesAndReopensWithItsHistoryKept() {
        ScanResult first = harness.scan(ROLES, people(PersonStatus.LEFT), MON);
        assertThat(first.findings().opened()).extracting(Finding::kind)
                .containsExactlyInAnyOrder(FindingKind.LEAVER_HOLDS_ROLE, FindingKind.ROLE_UNASSIGNED);
        Finding opened = only(FindingKind.LEAVER_HOLDS_ROLE);
        assertThat(opened.status()).isEqualTo(FindingStatus.OPEN);
        assertThat(opened.firstSeen()).isEqualTo(MON);
        assertThat(opened.dueDate()).isEqualTo(MON.plusDays(14));

        ScanResult second = harness.scan(ROLES, people(PersonStatus.LEFT), MON.plusDays(3));
        assertThat(second.findings().opened()).isEmpty();
        Finding stillOpen = only(FindingKind.LEAVER_HOLDS_ROLE);
        assertThat(stillOpen.firstSeen()).isEqualTo(MON);
        assertThat(stillOpen.lastSeen()).as("open: the latest scan saw it").isNull();
        assertThat(stillOpen.id()).isEqualTo(opened.id());

        ScanResult third = harness.scan(ROLES, people(PersonStatus.ACTIVE), MON.plusDays(7));
        assertThat(third.findings().resolved()).extracting(Finding::kind)
                .containsExactlyInAnyOrder(FindingKind.LEAVER_HOLDS_ROLE, FindingKind.ROLE_UNASSIGNED);
        Finding resolved = only(FindingKind.LEAVER_HOLDS_ROLE);
        assertThat(resolved.status()).isEqualTo(FindingStatus.RESOLVED);
        assertThat(resolved.resolvedAt()).isEqualTo(MON.plusDays(7));
        assertThat(resolved.lastSeen()).as("the last scan that still detected it").isEqualTo(MON.plusDays(3));

        ScanResult fourth = harness.scan(ROLES, people(PersonStatus.LEFT), MON.plusDays(30));
        assertThat(fourth.findings().reopened()).hasSize(2);
        Finding reopened = only(FindingKind.LEAVER_HOLDS_ROLE);
        assertThat(reopened.isOpen()).isTrue();
        assertThat(reopened.episodes()).containsExactly(new Episode(MON, MON.plusDays(7), MON.plusDays(3)),
                Episode.openedOn(MON.plusDays(30)));
        assertThat(reopened.firstSeen()).isEqualTo(MON);
        assertThat(reopened.openedOn()).isEqualTo(MON.plusDays(30));
        assertThat(reopened.dueDate()).isEqualTo(MON.plusDays(30 + 14));
    }

    @Test
    void anOpenGapPastItsDueDateIsOverdue() {
        harness.scan(ROLES, people(PersonStatus.LEFT), MON);
        Finding leaver = only(FindingKind.LEAVER_HOLDS_ROLE);

        assertThat(leaver.isOverdue(MON.plusDays(14))).isFalse();
        assertThat(leaver.isOverdue(MON.plusDays(15))).isTrue();
        ScanResult later = harness.scan(ROLES, people(PersonStatus.LEFT), MON.plusDays(20));
        assertThat(later.run().metrics().overdue()).isEqualTo(2);
    }

    @Test
    void aRepeatedScanOnTheSameDayWritesNoFinding() {
        InMemoryStorage.Findings findings = (InMemoryStorage.Findings) harness.storage().findings();
        harness.scan(ROLES, people(PersonStatus.LEFT), MON);
        int afterFirst = findings.writes();

        harness.scan(ROLES, people(PersonStatus.LEFT), MON);

        assertThat(findings.writes()).isEqualTo(afterFirst);
    }

    @Test
    void aGapStillOpenOnALaterDayIsNotWrittenAgain() {
        InMemoryStorage.Findings findings = (InMemoryStorage.Findings) harness.storage().findings();
        harness.scan(ROLES, people(PersonStatus.LEFT), MON);
        int afterFirst = findings.writes();

        ScanResult nextWeek = harness.scan(ROLES, people(PersonStatus.LEFT), MON.plusDays(7));

        assertThat(nextWeek.findings().open()).hasSize(2);
        assertThat(nextWeek.findings().changed()).isEmpty();
        assertThat(findings.writes()).isEqualTo(afterFirst);
    }

    @Test
    void theLedgerAnswersWhoHeldARoleOnAGivenDay() {
        harness.scan(ROLES, people(PersonStatus.ACTIVE), MON);
        harness.scan(ROLES, people(PersonStatus.ACTIVE), MON.plusDays(10));
        String handedOver = ROLES.replace("primary: [ian@test.example]", "primary: [ada@test.example]");
        harness.scan(handedOver, people(PersonStatus.ACTIVE), MON.plusDays(20));
        harness.scan(handedOver, people(PersonStatus.ACTIVE), MON.plusDays(30));

        assertThat(holdersOn(MON.plusDays(5))).containsExactlyInAnyOrder("ian@test.example PRIMARY",
                "bea@test.example BACKUP");
        assertThat(holdersOn(MON.plusDays(25))).containsExactlyInAnyOrder("ada@test.example PRIMARY",
                "bea@test.example BACKUP");
        AssignmentPeriod ian = harness.storage().ledger().periods("incident-response-lead").stream()
                .filter(p -> p.person().value().equals("ian@test.example")).findFirst().orElseThrow();
        assertThat(ian.from()).isEqualTo(MON);
        assertThat(ian.to()).isEqualTo(MON.plusDays(10));
        assertThat(ian.open()).isFalse();
        assertThat(ian.capacity()).isEqualTo(Capacity.PRIMARY);
    }

    private List<String> holdersOn(LocalDate day) {
        return harness.storage().ledger().heldOn("incident-response-lead", day).stream()
                .map(p -> p.person().value() + " " + p.capacity()).toList();
    }

    @Test
    void aScanDatedBeforeTheLatestIsRefusedAndChangesNothing() {
        harness.scan(ROLES, people(PersonStatus.ACTIVE), MON.plusDays(7));

        assertThatThrownBy(() -> harness.scan(ROLES, people(PersonStatus.LEFT), MON))
                .isInstanceOf(AsOfRefusedException.class)
                .hasMessageContaining("dated 2026-11-02", "already holds a scan dated 2026-11-09");
        assertThat(harness.storage().findings().findings()).isEmpty();
        assertThat(harness.storage().runs().latest().orElseThrow().asOf()).isEqualTo(MON.plusDays(7));
    }

    @Test
    void eachRunRecordsItsCatalogueAndMetrics() {
        ScanResult result = harness.scan(ROLES, people(PersonStatus.LEFT), MON);

        assertThat(harness.storage().runs().latest()).contains(result.run());
        assertThat(harness.storage().runs().catalogue(result.run().catalogueSha256()).orElseThrow().text())
                .isEqualTo(ROLES);
        assertThat(result.run().metrics().roles()).isEqualTo(3);
        assertThat(result.run().metrics().rolesCovered()).isEqualTo(2);
        assertThat(result.run().metrics().leaversHoldingRoles()).isEqualTo(1);
        assertThat(result.run().opened()).isEqualTo(2);
    }
}
