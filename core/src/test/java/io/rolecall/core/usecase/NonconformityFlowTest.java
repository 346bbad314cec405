package io.rolecall.core.usecase;

import static io.rolecall.core.testing.Fixtures.active;
import static io.rolecall.core.testing.Fixtures.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rolecall.core.finding.Finding;
import io.rolecall.core.model.FindingKind;
import io.rolecall.core.model.Person;
import io.rolecall.core.model.PersonStatus;
import io.rolecall.core.nonconformity.NcHistoryEntry;
import io.rolecall.core.nonconformity.NcSource;
import io.rolecall.core.nonconformity.NcStatus;
import io.rolecall.core.nonconformity.Nonconformity;
import io.rolecall.core.nonconformity.NonconformityException;
import io.rolecall.core.testing.ScanHarness;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The register of clause 10.2 over several scans: raised when overdue, planned, taken, proved or not. */
class NonconformityFlowTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);
    private static final String ROLES = """
            version: 1
            organisation: Test Co
            reporting: {complianceManagerRole: isms-manager, leadershipRole: top-management}
            roles:
              - {id: top-management, name: Top, primary: [ceo@test.example], backupRequired: false, lastReviewed: 2026-02-01}
              - {id: isms-manager, name: ISMS Manager, primary: [ada@test.example], backup: [bea@test.example], lastReviewed: 2026-02-01}
              - {id: incident-response-lead, name: IR Lead, primary: [ian@test.example], backup: [bea@test.example], lastReviewed: 2026-02-01}
            """;
    private static final String NEW_LEAD = ROLES.replace("primary: [ian@test.example]", "primary: [bea@test.example]")
            .replace("backup: [bea@test.example], lastReviewed: 2026-02-01}\n", "backup: [ada@test.example], "
                    + "lastReviewed: 2026-02-01}\n");

    private final ScanHarness harness = ScanHarness.inMemory();
    private final NonconformityUseCase register = new NonconformityUseCase(harness.storage(),
            new AsOfRules(Clock.fixed(Instant.parse("2026-12-31T08:00:00Z"), ZoneOffset.UTC), false));

    private static List<Person> people(PersonStatus ian) {
        return List.of(active("ceo@test.example", "Cleo"), active("ada@test.example", "Ada"),
                active("bea@test.example", "Bea"), person("ian@test.example").name("Ian").status(ian).build());
    }

    private NonconformityUseCase.AfterScan scan(String roles, PersonStatus ian, LocalDate asOf) {
        return register.afterScan(harness.scan(roles, people(ian), asOf));
    }

    private Finding leaver() {
        return harness.storage().findings().findings().stream()
                .filter(f -> f.kind() == FindingKind.LEAVER_HOLDS_ROLE).findFirst().orElseThrow();
    }

    /** The leaver finding opens on DAY, due 14 days later, and is overdue on day 15. */
    private Nonconformity raisedWhenOverdue() {
        assertThat(scan(ROLES, PersonStatus.LEFT, DAY).raised()).isEmpty();
        NonconformityUseCase.AfterScan overdue = scan(ROLES, PersonStatus.LEFT, DAY.plusDays(15));
        return overdue.raised().stream().filter(nc -> nc.findingIds().contains(leaver().id())).findFirst()
                .orElseThrow();
    }

    private Nonconformity planned(String id, LocalDate on) {
        return register.update(id, new Nonconformity.Plan("Removed Ian's access", "Offboarding skips role handover",
                "Add a role handover step to offboarding", "isms-manager", on.plusDays(10)), false, null,
                "ada@test.example", on);
    }

    @Test
    void anOverdueFindingRaisesOneNonconformityNumberedInItsYearAndOnlyOnce() {
        Nonconformity nc = raisedWhenOverdue();

        assertThat(nc.id()).isIn("NC-2026-001", "NC-2026-002");
        assertThat(nc.source()).isEqualTo(NcSource.OVERDUE);
        assertThat(nc.status()).isEqualTo(NcStatus.OPEN);
        assertThat(nc.raisedOn()).isEqualTo(DAY.plusDays(15));
        assertThat(nc.description()).startsWith("A leaver still holds a role, overdue since 2026-03-16");
        assertThat(nc.history()).extracting(NcHistoryEntry::by).containsOnly(Nonconformity.ROLECALL);
        List<String> ids = register.list(null).stream().map(Nonconformity::id).toList();
        assertThat(ids).as("the unassigned role (HIGH) and the leaver: one each, in sequence")
                .containsExactly("NC-2026-001", "NC-2026-002");

        assertThat(scan(ROLES, PersonStatus.LEFT, DAY.plusDays(16)).raised()).as("already covered").isEmpty();
        assertThat(register.list(null)).hasSize(2);
    }

    @Test
    void findingsOfOneKindOverdueTogetherMakeOneNonconformityListingEach() {
        List<Person> beaAndIanLeft = List.of(active("ceo@test.example", "Cleo"), active("ada@test.example", "Ada"),
                person("bea@test.example").name("Bea").status(PersonStatus.LEFT).build(),
                person("ian@test.example").name("Ian").status(PersonStatus.LEFT).build());
        harness.scan(ROLES, beaAndIanLeft, DAY);

        NonconformityUseCase.AfterScan overdue = register.afterScan(harness.scan(ROLES, beaAndIanLeft,
                DAY.plusDays(15)));

        List<String> leavers = harness.storage().findings().findings().stream()
                .filter(f -> f.kind() == FindingKind.LEAVER_HOLDS_ROLE).map(Finding::id).toList();
        assertThat(leavers).hasSize(3);
        Nonconformity nc = overdue.raised().stream().filter(r -> r.description().startsWith("A leaver still holds a role"))
                .findFirst().orElseThrow();
        assertThat(nc.findingIds()).containsExactlyInAnyOrderElementsOf(leavers);
        assertThat(nc.description()).startsWith("A leaver still holds a role, overdue in 3 findings, since 2026-03-09")
                .contains("\n- Bea (bea@test.example) has left", "\n- Ian (ian@test.example) has left");
        assertThat(overdue.raised()).as("one per kind").extracting(r -> r.description().substring(0,
                r.description().indexOf(','))).doesNotHaveDuplicates();
    }

    @Test
    void aCompletePlanMakesItPlannedThenTakenThenRoleCallClosesItAsEffective() {
        Nonconformity nc = raisedWhenOverdue();
        LocalDate day17 = DAY.plusDays(17);

        Nonconformity partly = register.update(nc.id(), new Nonconformity.Plan(null, "Offboarding skips handover",
                null, null, null), false, null, "ada@test.example", day17);
        assertThat(partly.status()).as("the plan is not complete yet").isEqualTo(NcStatus.OPEN);
        assertThatThrownBy(() -> register.update(nc.id(), Nonconformity.Plan.NONE, true, null, "ada@test.example",
                day17)).isInstanceOf(NonconformityException.class).hasMessageContaining("its corrective action, its owner, its target date")
                .extracting(e -> ((NonconformityException) e).remedy())
                .isEqualTo(NonconformityException.Remedy.COMPLETE_PLAN);

        Nonconformity plan = planned(nc.id(), day17);
        assertThat(plan.status()).isEqualTo(NcStatus.ACTION_PLANNED);
        assertThat(plan.history()).extracting(NcHistoryEntry::change).contains("root cause: Offboarding skips "
                + "handover", "status: ACTION_PLANNED");

        scan(NEW_LEAD, PersonStatus.LEFT, DAY.plusDays(20));
        assertThat(leaver().resolvedAt()).isEqualTo(DAY.plusDays(20));
        Nonconformity taken = register.update(nc.id(), Nonconformity.Plan.NONE, true, null, "ada@test.example",
                DAY.plusDays(21));
        assertThat(taken.status()).isEqualTo(NcStatus.ACTION_TAKEN);
        assertThat(taken.history()).last().isEqualTo(new NcHistoryEntry(DAY.plusDays(21), "ada@test.example",
                "status: ACTION_TAKEN"));

        assertThat(scan(NEW_LEAD, PersonStatus.LEFT, DAY.plusDays(50)).closed()).as("29 days: not proved yet")
                .isEmpty();
        NonconformityUseCase.AfterScan proved = scan(NEW_LEAD, PersonStatus.LEFT, DAY.plusDays(51));
        assertThat(proved.closed()).extracting(Nonconformity::id).contains(nc.id());
        Nonconformity closed = register.show(nc.id());
        assertThat(closed.status()).isEqualTo(NcStatus.CLOSED);
        assertThat(closed.closedOn()).isEqualTo(DAY.plusDays(51));
        assertThat(closed.history()).last().extracting(NcHistoryEntry::by).isEqualTo(Nonconformity.ROLECALL);
    }

    @Test
    void aFindingThatComesBackAfterTheActionSendsTheNonconformityBackToOpen() {
        Nonconformity nc = raisedWhenOverdue();
        planned(nc.id(), DAY.plusDays(17));
        scan(NEW_LEAD, PersonStatus.LEFT, DAY.plusDays(18));
        register.update(nc.id(), Nonconformity.Plan.NONE, true, null, "ada@test.example", DAY.plusDays(18));

        NonconformityUseCase.AfterScan back = scan(ROLES, PersonStatus.LEFT, DAY.plusDays(25));

        assertThat(back.reopened()).extracting(Nonconformity::id).containsExactly(nc.id());
        Nonconformity reopened = register.show(nc.id());
        assertThat(reopened.status()).isEqualTo(NcStatus.OPEN);
        assertThat(reopened.actionTakenOn()).isNull();
        assertThat(reopened.history()).last().satisfies(entry -> {
            assertThat(entry.change()).contains("corrective action not effective", "reopened on 2026-03-27");
            assertThat(entry.on()).isEqualTo(DAY.plusDays(25));
        });
        assertThat(back.raised()).as("the reopened NC covers it").noneMatch(r -> r.findingIds().contains(leaver().id()));
    }

    @Test
    void anActionAfterWhichTheFindingStaysOpenForTheWholePeriodIsNotEffective() {
        Nonconformity nc = raisedWhenOverdue();
        planned(nc.id(), DAY.plusDays(17));
        register.update(nc.id(), Nonconformity.Plan.NONE, true, null, "ada@test.example", DAY.plusDays(18));

        assertThat(scan(ROLES, PersonStatus.LEFT, DAY.plusDays(47)).reopened()).as("29 days: still within").isEmpty();
        NonconformityUseCase.AfterScan after = scan(ROLES, PersonStatus.LEFT, DAY.plusDays(48));

        assertThat(after.reopened()).extracting(Nonconformity::id).containsExactly(nc.id());
        assertThat(register.show(nc.id()).history()).last().extracting(NcHistoryEntry::change).asString()
                .contains("corrective action not effective", "still open 30 days after the action was taken on "
                        + "2026-03-20");
    }

    @Test
    void aClosedNonconformityReopensTooWhenItsFindingComesBack() {
        Nonconformity nc = raisedWhenOverdue();
        scan(NEW_LEAD, PersonStatus.LEFT, DAY.plusDays(18));
        register.close(nc.id(), "Handled in the March offboarding review", true, "ada@test.example",
                DAY.plusDays(19));

        scan(ROLES, PersonStatus.LEFT, DAY.plusDays(40));

        assertThat(register.show(nc.id()).status()).isEqualTo(NcStatus.OPEN);
    }

    @Test
    void closingByHandNeedsANoteAndBeforeTheEffectivenessPeriodForce() {
        Nonconformity nc = raisedWhenOverdue();
        LocalDate day20 = DAY.plusDays(20);

        assertThatThrownBy(() -> register.close(nc.id(), " ", true, "ada@test.example", day20))
                .isInstanceOf(NonconformityException.class).hasMessageContaining("closing needs a note");
        assertThatThrownBy(() -> register.close(nc.id(), "done", false, "ada@test.example", day20))
                .isInstanceOf(NonconformityException.class).hasMessageContaining("corrective action is not taken yet")
                .extracting(e -> ((NonconformityException) e).remedy())
                .isEqualTo(NonconformityException.Remedy.RECORD_ACTION_OR_FORCE);

        Nonconformity closed = register.close(nc.id(), "Risk owner decided", true, "ada@test.example", day20);
        assertThat(closed.status()).isEqualTo(NcStatus.CLOSED);
        assertThat(closed.history()).last().isEqualTo(new NcHistoryEntry(day20, "ada@test.example",
                "status: CLOSED: Risk owner decided"));
        assertThatThrownBy(() -> planned(nc.id(), day20)).isInstanceOf(NonconformityException.class);
    }

    @Test
    void raisingByHandNeedsAKnownFindingNotAlreadyInAnOpenNonconformity() {
        harness.scan(ROLES, people(PersonStatus.LEFT), DAY);
        String finding = leaver().id();

        Nonconformity manual = register.raise(List.of(finding), "Spotted in the access review", "ada@test.example",
                DAY.plusDays(1));
        assertThat(manual.id()).isEqualTo("NC-2026-001");
        assertThat(manual.source()).isEqualTo(NcSource.MANUAL);
        assertThat(manual.description()).isEqualTo("Spotted in the access review");

        assertThatThrownBy(() -> register.raise(List.of(finding), null, "ada@test.example", DAY.plusDays(1)))
                .isInstanceOf(NonconformityException.class).hasMessageContaining("already in NC-2026-001");
        assertThatThrownBy(() -> register.raise(List.of("nope"), null, "ada@test.example", DAY.plusDays(1)))
                .isInstanceOf(NonconformityException.class).hasMessageContaining("no finding has the id nope");
        assertThat(register.afterScan(harness.scan(ROLES, people(PersonStatus.LEFT), DAY.plusDays(15))).raised())
                .as("the overdue leaver is covered by the manual one").noneMatch(r -> r.findingIds().contains(finding));
    }

    @Test
    void anOwnerMustBeARoleAndAChangeCannotBeDatedBeforeTheRaise() {
        Nonconformity nc = raisedWhenOverdue();

        assertThatThrownBy(() -> register.update(nc.id(), new Nonconformity.Plan(null, null, null, "ciso", null),
                false, null, "ada@test.example", DAY.plusDays(16))).isInstanceOf(NonconformityException.class)
                .hasMessageContaining("'ciso' is not a role").hasMessageContaining("isms-manager");
        assertThatThrownBy(() -> planned(nc.id(), DAY)).isInstanceOf(AsOfRefusedException.class)
                .hasMessageContaining("was raised on 2026-03-17");
        assertThatThrownBy(() -> register.update(nc.id(), Nonconformity.Plan.NONE, false, null, "ada@test.example",
                DAY.plusDays(16))).isInstanceOf(NonconformityException.class).hasMessageContaining("nothing to change");
    }

    @Test
    void aTargetBeforeTheRaiseAndAChangeDatedBeforeTheLatestInTheHistoryAreRefused() {
        Nonconformity nc = raisedWhenOverdue();
        planned(nc.id(), DAY.plusDays(20));

        assertThatThrownBy(() -> register.update(nc.id(), new Nonconformity.Plan(null, null, null, null,
                DAY.plusDays(10)), false, null, "ada@test.example", DAY.plusDays(21)))
                .isInstanceOf(NonconformityException.class)
                .hasMessageContaining("the target date 2026-03-12 is before " + nc.id() + " was raised on 2026-03-17");
        assertThatThrownBy(() -> register.update(nc.id(), Nonconformity.Plan.NONE, false, "late note",
                "ada@test.example", DAY.plusDays(18))).isInstanceOf(AsOfRefusedException.class)
                .hasMessageContaining("history already has a change on 2026-03-22", "date it 2026-03-22 or later");
        assertThat(register.show(nc.id()).history()).extracting(h -> h.on()).isSorted();
    }

    @Test
    void aNoteOrPlanLongerThanTheRegisterKeepsIsRefusedAndNothingIsStored() {
        Nonconformity nc = raisedWhenOverdue();
        String megabyte = "x".repeat(1_000_000);

        assertThatThrownBy(() -> register.update(nc.id(), Nonconformity.Plan.NONE, false, megabyte, "ada@test.example",
                DAY.plusDays(16))).isInstanceOf(NonconformityException.class)
                .hasMessageContaining("the note is 1,000,000 characters long, more than the register keeps (4,000)");
        assertThatThrownBy(() -> register.update(nc.id(), new Nonconformity.Plan(null, megabyte, null, null, null),
                false, null, "ada@test.example", DAY.plusDays(16))).isInstanceOf(NonconformityException.class)
                .hasMessageContaining("the root cause is 1,000,000 characters long");
        assertThatThrownBy(() -> register.close(nc.id(), megabyte, true, "ada@test.example", DAY.plusDays(16)))
                .isInstanceOf(NonconformityException.class);
        assertThat(register.show(nc.id())).isEqualTo(nc);
    }

    @Test
    void aPolicyThatDoesNotRaiseWhenOverdueLeavesTheRegisterAlone() {
        String quiet = ROLES.replace("roles:\n", "policy:\n  nonconformities: {raiseWhenOverdue: false}\nroles:\n");

        scan(quiet, PersonStatus.LEFT, DAY);
        assertThat(scan(quiet, PersonStatus.LEFT, DAY.plusDays(30)).raised()).isEmpty();
    }
}
