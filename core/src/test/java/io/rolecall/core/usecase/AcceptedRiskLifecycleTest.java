package io.rolecall.core.usecase;

import static io.rolecall.core.testing.Fixtures.active;
import static org.assertj.core.api.Assertions.assertThat;

import io.rolecall.core.catalogue.CatalogueSource;
import io.rolecall.core.finding.ExceptionCheck;
import io.rolecall.core.finding.Finding;
import io.rolecall.core.model.FindingKind;
import io.rolecall.core.finding.FindingStatus;
import io.rolecall.core.model.DirectorySnapshot;
import io.rolecall.core.model.Person;
import io.rolecall.core.model.PersonStatus;
import io.rolecall.core.port.FindingEvent;
import io.rolecall.core.port.Storage;
import io.rolecall.core.testing.Fixtures;
import io.rolecall.core.testing.InMemoryStorage;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A risk top management accepted: matched, accepted, expired or removed, and open again. */
class AcceptedRiskLifecycleTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    /** The CEO backs up the ISMS manager: a segregation conflict top management accepts. */
    private static final String ROLES = """
            version: 1
            organisation: Test Co
            reporting: {complianceManagerRole: isms-manager, leadershipRole: top-management}
            roles:
              - {id: top-management, name: Top, primary: [ceo@test.example], backupRequired: false, lastReviewed: 2026-02-01}
              - {id: isms-manager, name: ISMS Manager, primary: [ada@test.example], backup: [ceo@test.example], lastReviewed: 2026-02-01}
              - {id: internal-auditor, name: Internal Auditor, primary: [ceo@test.example], backupRequired: false, lastReviewed: 2026-02-01}
            conflicts:
              - {roles: [top-management, internal-auditor], reason: Top management cannot audit its own ISMS.}
            """;
    private static final String EXCEPTION = """
            exceptions:
              - id: ceo-audits
                kind: SEGREGATION_CONFLICT
                person: ceo@test.example
                reason: Six people; an external auditor reviews the audit programme.
                compensatingControl: External review of the audit report.
                approvedBy: ceo@test.example
                approvedOn: 2026-03-01
                expires: 2026-06-30
            """;
    private static final List<Person> PEOPLE = List.of(active("ceo@test.example", "Cleo"),
            active("ada@test.example", "Ada"));

    private final Storage storage = InMemoryStorage.create();
    private final List<FindingEvent> published = new ArrayList<>();

    private ScanResult scan(String roles, LocalDate asOf) {
        return scan(roles, PEOPLE, asOf);
    }

    private ScanResult scan(String roles, List<Person> people, LocalDate asOf) {
        published.clear();
        ScanUseCase scans = new ScanUseCase(storage, published::addAll,
                new AsOfRules(Clock.fixed(Instant.parse("2026-12-31T08:00:00Z"), ZoneOffset.UTC), true));
        return scans.scan(ScanRequest.of(new CatalogueSource("roles.yaml", roles), DirectorySnapshot.of(people),
                "test", asOf, false));
    }

    private Finding conflict() {
        return storage.findings().findings().stream().filter(f -> f.kind() == FindingKind.SEGREGATION_CONFLICT)
                .findFirst().orElseThrow();
    }

    @Test
    void aMatchingExceptionAcceptsTheGapWhichIsNeitherOpenNorOverdueNorCounted() {
        ScanResult result = scan(ROLES + EXCEPTION, DAY);

        Finding conflict = conflict();
        assertThat(conflict.status()).isEqualTo(FindingStatus.ACCEPTED);
        assertThat(conflict.exception().exceptionId()).isEqualTo("ceo-audits");
        assertThat(conflict.isOverdue(DAY.plusYears(1))).isFalse();
        assertThat(result.findings().open()).extracting(Finding::kind).doesNotContain(FindingKind.SEGREGATION_CONFLICT);
        assertThat(result.findings().acceptedNow()).containsExactly(conflict);
        assertThat(result.run().metrics().open()).isEqualTo(result.findings().open().size());
        assertThat(published).filteredOn(e -> e instanceof FindingEvent.Accepted)
                .extracting(e -> ((FindingEvent.Accepted) e).finding().id()).containsExactly(conflict.id());
        assertThat(published).filteredOn(e -> e instanceof FindingEvent.Opened)
                .extracting(e -> ((FindingEvent.Opened) e).finding().kind())
                .doesNotContain(FindingKind.SEGREGATION_CONFLICT);
    }

    @Test
    void anOpenGapThatGetsAnExceptionLaterBecomesAcceptedOnceAndStaysQuiet() {
        scan(ROLES, DAY);
        assertThat(conflict().isOpen()).isTrue();

        ScanResult accepted = scan(ROLES + EXCEPTION, DAY.plusDays(7));
        assertThat(conflict().isAccepted()).isTrue();
        assertThat(accepted.findings().accepted()).extracting(Finding::id).containsExactly(conflict().id());
        assertThat(published).hasAtLeastOneElementOfType(FindingEvent.Accepted.class);

        scan(ROLES + EXCEPTION, DAY.plusDays(14));
        assertThat(published).as("already accepted: nothing new to say").isEmpty();
    }

    @Test
    void whenTheExceptionExpiresTheGapIsOpenAgainDueFromThatDayWithItsFirstSeenKept() {
        scan(ROLES + EXCEPTION, DAY);
        LocalDate afterExpiry = LocalDate.of(2026, 7, 1);

        ScanResult result = scan(ROLES + EXCEPTION, afterExpiry);

        Finding conflict = conflict();
        assertThat(conflict.status()).isEqualTo(FindingStatus.OPEN);
        assertThat(conflict.firstSeen()).isEqualTo(DAY);
        assertThat(conflict.exception().endedOn()).isEqualTo(afterExpiry);
        assertThat(conflict.dueDate()).as("HIGH: 14 days from the day the exception ended")
                .isEqualTo(afterExpiry.plusDays(14));
        assertThat(result.findings().returned()).extracting(Finding::id).containsExactly(conflict.id());
        FindingEvent.Opened opened = published.stream().filter(e -> e instanceof FindingEvent.Opened)
                .map(e -> (FindingEvent.Opened) e).filter(e -> e.finding().id().equals(conflict.id()))
                .findFirst().orElseThrow();
        assertThat(opened.expiredException()).isEqualTo("ceo-audits");
        assertThat(opened.reopened()).isFalse();
        assertThat(opened.eventId()).isEqualTo(conflict.id() + ":exception-ended:2026-07-01");

        assertThat(ExceptionCheck.warnings(result.catalogue().acceptedRisks(), storage.findings().findings(),
                afterExpiry, result.exceptionsNotStanding())).extracting(ExceptionCheck.Warning::exceptionId).containsExactly("ceo-audits");
    }

    @Test
    void removingTheExceptionOpensTheGapAgainJustAsExpiryDoes() {
        scan(ROLES + EXCEPTION, DAY);

        scan(ROLES, DAY.plusDays(10));

        assertThat(conflict().isOpen()).isTrue();
        assertThat(conflict().dueDate()).isEqualTo(DAY.plusDays(24));
        assertThat(published).filteredOn(e -> e instanceof FindingEvent.Opened)
                .extracting(e -> ((FindingEvent.Opened) e).expiredException()).containsExactly("ceo-audits");
    }

    @Test
    void aGapFixedWhileAcceptedResolvesAndReopensAsAnOrdinaryOpenGapOnceItsExceptionIsGone() {
        scan(ROLES + EXCEPTION, DAY);
        String fixedRoles = ROLES.replace("{id: internal-auditor, name: Internal Auditor, primary: [ceo@test.example]",
                "{id: internal-auditor, name: Internal Auditor, primary: [ada@test.example]");
        assertThat(fixedRoles).isNotEqualTo(ROLES);

        scan(fixedRoles + EXCEPTION, DAY.plusDays(5));
        assertThat(conflict().status()).isEqualTo(FindingStatus.RESOLVED);

        scan(ROLES, LocalDate.of(2026, 8, 3));
        Finding reopened = conflict();
        assertThat(reopened.status()).isEqualTo(FindingStatus.OPEN);
        assertThat(reopened.episodes()).hasSize(2);
        assertThat(reopened.dueDate()).isEqualTo(LocalDate.of(2026, 8, 17));
    }

    @Test
    void anExceptionThatMatchesNoCurrentGapIsAWarningNamingIt() {
        String typo = EXCEPTION.replace("person: ceo@test.example", "person: cleo@test.example");

        ScanResult result = scan(ROLES + typo, DAY);

        assertThat(conflict().isOpen()).isTrue();
        assertThat(ExceptionCheck.warnings(result.catalogue().acceptedRisks(), storage.findings().findings(), DAY,
                result.exceptionsNotStanding()))
                .singleElement().satisfies(w -> {
                    assertThat(w.exceptionId()).isEqualTo("ceo-audits");
                    assertThat(w.message()).contains("matches no current finding", "person cleo@test.example");
                });
    }

    /** The compliance manager's role vacant is CRITICAL; an exception for it names the CEO as approver. */
    private static final String CEO_ACCEPTS_VACANCY = """
            exceptions:
              - id: vacancy-accepted
                kind: ROLE_UNASSIGNED
                role: top-management
                reason: Until a new CEO is appointed.
                approvedBy: ceo@test.example
                approvedOn: 2026-03-03
                expires: 2026-06-30
                allowCritical: true
              - id: leaver-accepted
                kind: LEAVER_HOLDS_ROLE
                person: ceo@test.example
                reason: She hands over next month.
                approvedBy: ceo@test.example
                approvedOn: 2026-03-03
                expires: 2026-06-30
                allowCritical: true
            """;

    @Test
    void aLeaderWhoHasLeftCannotAcceptTheGapsHerLeavingOpened() {
        scan(ROLES, DAY);
        List<Person> ceoLeft = List.of(Fixtures.person("ceo@test.example").name("Cleo").status(PersonStatus.LEFT)
                .build(), active("ada@test.example", "Ada"));

        ScanResult result = scan(ROLES + CEO_ACCEPTS_VACANCY, ceoLeft, DAY.plusDays(1));

        assertThat(result.findings().acceptedNow()).isEmpty();
        assertThat(result.findings().open()).extracting(Finding::kind)
                .contains(FindingKind.ROLE_UNASSIGNED, FindingKind.LEAVER_HOLDS_ROLE);
        assertThat(result.run().metrics().openBySeverity().get(io.rolecall.core.model.Severity.CRITICAL)).isPositive();
        assertThat(result.exceptionsNotStanding()).containsOnlyKeys("vacancy-accepted", "leaver-accepted")
                .containsValue("its approver ceo@test.example is LEFT in the directory on 2026-03-03");
        assertThat(ExceptionCheck.warnings(result.catalogue().acceptedRisks(), storage.findings().findings(),
                DAY.plusDays(1), result.exceptionsNotStanding())).extracting(ExceptionCheck.Warning::message)
                .allSatisfy(message -> assertThat(message).contains("accepts nothing: its approval does not stand, "
                        + "because its approver ceo@test.example is LEFT in the directory"));
    }

    @Test
    void anApprovalAfterTheApproversLastDayDoesNotStandEvenWhileTheAccountIsStillActive() {
        List<Person> leaving = List.of(Fixtures.person("ceo@test.example").name("Cleo")
                .endDate(LocalDate.of(2026, 3, 2)).build(), active("ada@test.example", "Ada"));

        ScanResult result = scan(ROLES + EXCEPTION.replace("approvedOn: 2026-03-01", "approvedOn: 2026-03-04"),
                leaving, DAY.plusDays(3));

        assertThat(conflict().isOpen()).isTrue();
        assertThat(result.exceptionsNotStanding()).containsEntry("ceo-audits", "its approver ceo@test.example "
                + "approved it on 2026-03-04, after their last day, 2026-03-02");
    }

    @Test
    void anApproverWhoDidNotLeadOnTheApprovalDayByTheLedgerDoesNotMakeItStand() {
        scan(ROLES, DAY);
        // Ada takes over as top management on the 10th and approves an exception dated the 5th, when Cleo led.
        String adaLeads = ROLES.replace("{id: top-management, name: Top, primary: [ceo@test.example]",
                "{id: top-management, name: Top, primary: [ada@test.example]");
        String adaApproved = EXCEPTION.replace("approvedBy: ceo@test.example", "approvedBy: ada@test.example")
                .replace("approvedOn: 2026-03-01", "approvedOn: 2026-03-05").replace("    person: ceo@test.example\n", "");
        scan(adaLeads, DAY.plusDays(8));

        ScanResult result = scan(adaLeads + adaApproved, DAY.plusDays(9));

        assertThat(result.exceptionsNotStanding()).containsEntry("ceo-audits", "its approver ada@test.example was "
                + "not a primary holder of top-management on 2026-03-05, the day of the approval, by the assignment "
                + "ledger");
        assertThat(result.findings().acceptedNow()).isEmpty();
    }

    @Test
    void aCriticalGapIsAcceptedOnlyWhenTheExceptionSaysAllowCritical() {
        List<Person> ceoOnly = List.of(active("ceo@test.example", "Cleo"), active("ada@test.example", "Ada"));
        String vacantIsms = ROLES.replace("{id: isms-manager, name: ISMS Manager, primary: [ada@test.example]",
                "{id: isms-manager, name: ISMS Manager, primary: [nobody@test.example]");
        String accepted = """
                exceptions:
                  - id: no-isms-manager
                    kind: ROLE_UNASSIGNED
                    role: isms-manager
                    reason: Recruiting.
                    approvedBy: ceo@test.example
                    approvedOn: 2026-03-01
                    expires: 2026-04-30
                """;

        ScanResult without = scan(vacantIsms + accepted, ceoOnly, DAY);
        Finding vacancy = storage.findings().findings().stream().filter(f -> f.kind() == FindingKind.ROLE_UNASSIGNED)
                .findFirst().orElseThrow();
        assertThat(vacancy.severity()).isEqualTo(io.rolecall.core.model.Severity.CRITICAL);
        assertThat(vacancy.isOpen()).isTrue();
        assertThat(ExceptionCheck.warnings(without.catalogue().acceptedRisks(), storage.findings().findings(), DAY,
                without.exceptionsNotStanding())).singleElement().satisfies(w -> assertThat(w.message())
                .contains("matches a CRITICAL finding, which stays open", "allowCritical: true"));

        scan(vacantIsms + accepted + "    allowCritical: true\n", ceoOnly, DAY.plusDays(1));
        assertThat(storage.findings().findings().stream().filter(f -> f.kind() == FindingKind.ROLE_UNASSIGNED)
                .findFirst().orElseThrow().isAccepted()).isTrue();
    }
}
