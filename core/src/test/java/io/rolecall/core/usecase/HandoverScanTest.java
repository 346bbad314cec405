package io.rolecall.core.usecase;

import static io.rolecall.core.testing.Fixtures.active;
import static io.rolecall.core.testing.Fixtures.person;
import static org.assertj.core.api.Assertions.assertThat;

import io.rolecall.core.catalogue.CatalogueSource;
import io.rolecall.core.catalogue.HolderRef;
import io.rolecall.core.finding.Finding;
import io.rolecall.core.handover.Handover;
import io.rolecall.core.holding.AssignmentPeriod;
import io.rolecall.core.holding.Capacity;
import io.rolecall.core.model.DirectorySnapshot;
import io.rolecall.core.model.Email;
import io.rolecall.core.model.FindingKind;
import io.rolecall.core.model.Person;
import io.rolecall.core.model.PersonStatus;
import io.rolecall.core.model.PersonType;
import io.rolecall.core.port.Storage;
import io.rolecall.core.report.ReportRenderer;
import io.rolecall.core.testing.InMemoryStorage;
import io.rolecall.core.testing.MutableClock;
import io.rolecall.core.testing.RecordingMailer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A leaver's role handed to the successor a scan proposes: proposed once, in force from its day once
 * accepted (the ledger names the handover as the source), closed when roles.yaml catches up.
 */
class HandoverScanTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 30);
    private static final LocalDate LAST_DAY = DAY.plusDays(10);
    private static final Email MARY = Email.of("mary@test.example");
    private static final Email GINA = Email.of("gina@test.example");
    private static final String ROLES = """
            version: 1
            organisation: Test Co
            reporting: {complianceManagerRole: isms-manager, leadershipRole: top-management}
            roles:
              - {id: top-management, name: Top Management, primary: [ceo@test.example], backupRequired: false, lastReviewed: 2026-10-01}
              - {id: isms-manager, name: ISMS Manager, primary: [ada@test.example], backup: [bea@test.example], lastReviewed: 2026-10-01}
              - {id: risk-owner, name: Risk Owner, primary: [mary@test.example], backup: [svc-bot@test.example, gina@test.example], lastReviewed: 2026-10-01}
              - {id: dpo, name: DPO, primary: [bea@test.example], backup: [], backupRequired: false, lastReviewed: 2026-10-01}
            approvals:
              - {id: risk-policy, title: Risk policy, version: '1', url: https://intranet.test.example/risk, approvers: risk-owner}
            """;

    private final Storage storage = InMemoryStorage.create();
    private final MutableClock clock = new MutableClock(DAY.atTime(8, 0).toInstant(ZoneOffset.UTC));
    private List<Person> people = List.of(active("ceo@test.example", "Cleo Executive"),
            active("ada@test.example", "Ada Lovelace"), active("bea@test.example", "Bea Backup"),
            person("mary@test.example").name("Mary Jones").status(PersonStatus.ACTIVE).endDate(LAST_DAY).build(),
            person("svc-bot@test.example").name("Bot").status(PersonStatus.ACTIVE)
                    .type(PersonType.SERVICE).build(),
            active("gina@test.example", "Gina Rossi"));

    private ScanResult scan(LocalDate day, String roles) {
        clock.set(day.atTime(8, 0).toInstant(ZoneOffset.UTC));
        return new ScanUseCase(storage, clock).scan(ScanRequest.of(new CatalogueSource("roles.yaml", roles),
                DirectorySnapshot.of(people), "test", day, false));
    }

    private List<Finding> open(FindingKind kind) {
        return storage.findings().findings().stream().filter(f -> f.isOpen() && f.kind() == kind).toList();
    }

    private Handover only() {
        assertThat(storage.handovers().all()).hasSize(1);
        return storage.handovers().all().get(0);
    }

    @Test
    void aLeavingPrimaryGetsTheFirstBackupWhoIsAnActivePersonProposedOnceAsSuccessor() {
        scan(DAY, ROLES);
        Handover proposed = only();
        assertThat(proposed.status()).isEqualTo(Handover.Status.PROPOSED);
        assertThat(proposed.roleId()).isEqualTo("risk-owner");
        assertThat(proposed.from()).isEqualTo(MARY);
        assertThat(proposed.to()).as("not the service account listed first").isEqualTo(GINA);
        assertThat(proposed.effective()).isEqualTo(LAST_DAY);
        assertThat(open(FindingKind.HOLDER_LEAVING_SOON)).singleElement().satisfies(finding -> assertThat(
                finding.remediation()).contains("RoleCall asks gina@test.example, the first backup, to take "
                + "risk-owner over from " + LAST_DAY));

        scan(DAY.plusDays(1), ROLES);
        assertThat(only()).as("the same proposal, kept once").isEqualTo(proposed);
    }

    @Test
    void onceAcceptedTheLeaverFindingResolvesAndFromItsDayTheSuccessorIsPrimaryByHandover() {
        scan(DAY, ROLES);
        Handover accepted = only().accepted("v", Instant.parse("2026-11-30T09:00:00Z"));
        assertThat(storage.handovers().transition(accepted, Handover.Status.PROPOSED)).isTrue();

        scan(DAY.plusDays(1), ROLES);
        assertThat(open(FindingKind.HOLDER_LEAVING_SOON)).as("handed over: nothing left to plan").isEmpty();
        assertThat(storage.ledger().openPeriodsOf("risk-owner", MARY)).as("not before the day").isNotEmpty();

        people = people.stream().map(p -> p.email().equals(MARY) ? person("mary@test.example").name("Mary Jones")
                .status(PersonStatus.LEFT).endDate(LAST_DAY).build() : p).toList();
        scan(LAST_DAY.plusDays(1), ROLES);
        assertThat(open(FindingKind.LEAVER_HOLDS_ROLE)).as("Mary no longer holds it").isEmpty();
        assertThat(storage.ledger().openPeriodsOf("risk-owner", MARY)).isEmpty();
        assertThat(storage.ledger().openPeriodsOf("risk-owner", GINA)).singleElement().satisfies(period -> {
            assertThat(period.capacity()).isEqualTo(Capacity.PRIMARY);
            assertThat(period.via()).containsExactly(new HolderRef.PersonRef(GINA, accepted.id()));
            assertThat(HolderRef.describe(period.via())).isEqualTo("by handover " + accepted.id());
        });
        assertThat(open(FindingKind.ROLE_UNASSIGNED)).isEmpty();
        assertThat(only().status()).isEqualTo(Handover.Status.ACCEPTED);
        assertThat(new HolderStatusQuery(storage, new AsOfRules(clock, true)).asOf(LAST_DAY.plusDays(1))
                .approvals()).as("the lists count holders as the scan does: Gina approves for the role now")
                .singleElement().satisfies(approval -> assertThat(approval.approvers()).containsExactly(GINA));

        scan(LAST_DAY.plusDays(2), ROLES.replace("primary: [mary@test.example], backup: [svc-bot@test.example, "
                + "gina@test.example]", "primary: [gina@test.example], backup: [bea@test.example]"));
        assertThat(only().status()).as("roles.yaml names Gina now").isEqualTo(Handover.Status.APPLIED);
        assertThat(only().closedOn()).isEqualTo(LAST_DAY.plusDays(2));
        assertThat(storage.ledger().openPeriodsOf("risk-owner", GINA)).extracting(AssignmentPeriod::capacity)
                .containsExactly(Capacity.PRIMARY);
    }

    @Test
    void anAcceptanceCountsFromItsDayLikeAnAcceptanceOfDuties() {
        scan(DAY, ROLES);
        Instant acceptedAt = DAY.plusDays(3).atTime(15, 0).toInstant(ZoneOffset.UTC);
        storage.handovers().transition(only().accepted("v", acceptedAt), Handover.Status.PROPOSED);

        scan(DAY.plusDays(2), ROLES);
        assertThat(open(FindingKind.HOLDER_LEAVING_SOON)).as("not accepted yet on that day").hasSize(1);
        scan(DAY.plusDays(3), ROLES);
        assertThat(open(FindingKind.HOLDER_LEAVING_SOON)).isEmpty();
    }

    @Test
    void aPrimaryWhoHasAlreadyLeftGetsTheSameSuccessorAskedAndTheLeaverFindingSaysSo() {
        people = people.stream().map(p -> p.email().equals(MARY) ? person("mary@test.example").name("Mary Jones")
                .status(PersonStatus.LEFT).endDate(DAY.minusDays(2)).build() : p).toList();

        scan(DAY, ROLES);

        assertThat(only().to()).isEqualTo(GINA);
        assertThat(only().effective()).as("her last day, past").isEqualTo(DAY.minusDays(2));
        assertThat(open(FindingKind.LEAVER_HOLDS_ROLE)).singleElement().satisfies(finding -> assertThat(
                finding.remediation()).isEqualTo("RoleCall asks gina@test.example, the first backup, to take "
                + "risk-owner over now; once they accept, this finding resolves. Then write the handover into "
                + "roles.yaml (remove mary@test.example from its primary list)."));
    }

    @Test
    void withNoBackupToTakeOverTheFindingNamesWhoMustChooseAndNothingIsProposed() {
        people = people.stream().map(p -> p.email().equals(GINA) ? person("gina@test.example").name("Gina Rossi")
                .status(PersonStatus.SUSPENDED).build() : p).toList();
        scan(DAY, ROLES);

        assertThat(storage.handovers().all()).isEmpty();
        assertThat(open(FindingKind.HOLDER_LEAVING_SOON)).singleElement().satisfies(finding -> assertThat(
                finding.remediation()).isEqualTo("No active backup can take risk-owner over: Ada Lovelace "
                + "(ada@test.example), as ISMS Manager must choose a successor and name them in roles.yaml before "
                + LAST_DAY + "."));
    }

    @Test
    void aProposalWhoseLeaverRolesYamlNoLongerNamesIsCancelledWithWhy() {
        scan(DAY, ROLES);
        scan(DAY.plusDays(1), ROLES.replace("primary: [mary@test.example]", "primary: [bea@test.example]"));

        assertThat(only().status()).isEqualTo(Handover.Status.CANCELLED);
        assertThat(only().note()).isEqualTo("roles.yaml no longer names mary@test.example as primary");
    }

    @Test
    void theWeeklyListsAnAcceptedHandoverUntilRolesYamlNamesTheSuccessor() {
        scan(DAY, ROLES);
        ReportUseCase reports = new ReportUseCase(storage, new ReportRenderer(), new RecordingMailer(),
                new AsOfRules(clock, false));
        assertThat(reports.sendWeekly(DAY).email().text()).contains("== HANDOVERS TO WRITE INTO ROLES.YAML (1) ==",
                "Risk Owner (" + only().id() + "): Mary Jones (mary@test.example) to Gina Rossi (gina@test.example), "
                        + "from " + LAST_DAY + ": not accepted yet");

        storage.handovers().transition(only().accepted("v", Instant.parse("2026-11-30T09:00:00Z")),
                Handover.Status.PROPOSED);
        scan(DAY.plusDays(7), ROLES);
        String weekly = reports.sendWeekly(DAY.plusDays(7)).email().html();
        assertThat(weekly).contains("Gina Rossi (gina@test.example), from " + LAST_DAY + ": accepted on 2026-11-30; "
                + "roles.yaml does not name them yet");

        scan(DAY.plusDays(14), ROLES.replace("primary: [mary@test.example], backup: [svc-bot@test.example, "
                + "gina@test.example]", "primary: [gina@test.example], backup: [bea@test.example]"));
        assertThat(reports.sendWeekly(DAY.plusDays(14)).email().text()).contains(
                "== HANDOVERS TO WRITE INTO ROLES.YAML (0) ==", "None open");
    }
}
