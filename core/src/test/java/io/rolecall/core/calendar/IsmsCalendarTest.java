package io.rolecall.core.calendar;

import static io.rolecall.core.testing.Fixtures.active;
import static io.rolecall.core.testing.Fixtures.person;
import static org.assertj.core.api.Assertions.assertThat;

import io.rolecall.core.catalogue.Activity;
import io.rolecall.core.finding.Finding;
import io.rolecall.core.model.FindingKind;
import io.rolecall.core.model.Severity;
import io.rolecall.core.model.Email;
import io.rolecall.core.model.Person;
import io.rolecall.core.model.PersonStatus;
import io.rolecall.core.testing.ScanHarness;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Due dates of the ISMS calendar, and the findings a scan raises and resolves from them. */
class IsmsCalendarTest {

    private static Activity every(int months, LocalDate lastDone) {
        return new Activity("access-review", "Access review", "it-admin", months, 30, "A.5.18", lastDone);
    }

    private static ActivityState state(Activity activity, LocalDate asOf) {
        return ActivityState.of(activity, CalendarRecords.NONE, asOf);
    }

    @Test
    void aMonthEndStaysInItsMonthAndALeapDayFallsBackToTheLastOfFebruary() {
        assertThat(state(every(1, LocalDate.of(2026, 1, 31)), LocalDate.of(2026, 2, 1)).nextDue())
                .isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(state(every(1, LocalDate.of(2028, 1, 31)), LocalDate.of(2028, 2, 1)).nextDue())
                .isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(state(every(12, LocalDate.of(2024, 2, 29)), LocalDate.of(2024, 3, 1)).nextDue())
                .isEqualTo(LocalDate.of(2025, 2, 28));
        assertThat(state(every(3, LocalDate.of(2026, 11, 30)), LocalDate.of(2026, 12, 1)).nextDue())
                .isEqualTo(LocalDate.of(2027, 2, 28));
    }

    @Test
    void dueSoonWithinTheLeadDaysOverdueTheDayAfterTheDueDate() {
        Activity activity = every(3, LocalDate.of(2026, 9, 15));   // due 2026-12-15, lead 30 days

        assertThat(state(activity, LocalDate.of(2026, 11, 14)).status()).isEqualTo(DueStatus.OK);
        assertThat(state(activity, LocalDate.of(2026, 11, 15)).status()).isEqualTo(DueStatus.DUE_SOON);
        assertThat(state(activity, LocalDate.of(2026, 12, 15)).status()).isEqualTo(DueStatus.DUE_SOON);
        assertThat(state(activity, LocalDate.of(2026, 12, 16)).status()).isEqualTo(DueStatus.OVERDUE);
        assertThat(state(activity, LocalDate.of(2026, 12, 16)).daysLate()).isEqualTo(1);
    }

    @Test
    void theDayCountsInTheTimeZoneTheAsOfIsTakenIn() {
        Activity activity = every(3, LocalDate.of(2026, 9, 30));   // due 2026-12-30
        Instant lateEvening = Instant.parse("2026-12-30T23:30:00Z");

        LocalDate inLondon = LocalDate.ofInstant(lateEvening, ZoneId.of("Europe/London"));
        LocalDate inBerlin = LocalDate.ofInstant(lateEvening, ZoneId.of("Europe/Berlin"));
        LocalDate inNewYork = LocalDate.ofInstant(lateEvening, ZoneId.of("America/New_York"));

        assertThat(state(activity, inLondon).status()).isEqualTo(DueStatus.DUE_SOON);
        assertThat(state(activity, inBerlin).status()).as("already 31 December there").isEqualTo(DueStatus.OVERDUE);
        assertThat(state(activity, inNewYork).status()).isEqualTo(DueStatus.DUE_SOON);
    }

    @Test
    void aRecordedCompletionCountsOverLastDoneAndNeverDoneIsOverdueFromTheStart() {
        Activity activity = every(12, LocalDate.of(2025, 1, 10));
        CalendarRecords records = new CalendarRecords(List.of(new ActivityCompletion("access-review",
                LocalDate.of(2026, 2, 1), "SEC-1", "ada", LocalDate.of(2026, 2, 1))), List.of());

        assertThat(ActivityState.of(activity, records, LocalDate.of(2026, 3, 1)).nextDue())
                .isEqualTo(LocalDate.of(2027, 2, 1));
        ActivityState never = state(every(12, null), LocalDate.of(2026, 3, 1));
        assertThat(never.status()).isEqualTo(DueStatus.OVERDUE);
        assertThat(never.nextDue()).isNull();
        assertThat(never.when()).isEqualTo("never done");
    }

    private static final String ROLES = """
            version: 1
            organisation: Test Co
            reporting: {complianceManagerRole: isms-manager, leadershipRole: top-management}
            roles:
              - {id: top-management, name: Top, primary: [ceo@test.example], backupRequired: false, lastReviewed: 2026-06-01}
              - {id: isms-manager, name: ISMS Manager, primary: [ada@test.example], backupRequired: false, lastReviewed: 2026-06-01}
              - id: internal-auditor
                name: Internal Auditor
                primary: [ian@test.example]
                backupRequired: false
                lastReviewed: 2026-06-01
                training: {name: Auditor course, everyMonths: 24}
            activities:
              - {id: internal-audit, name: Internal audit, ownerRole: internal-auditor, everyMonths: 12, reference: ISO/IEC 27001:2022 9.2, lastDone: 2025-11-01}
              - {id: continuity-test, name: Continuity test, ownerRole: isms-manager, everyMonths: 12, lastDone: 2025-06-01}
              - {id: access-review, name: Access review, ownerRole: isms-manager, everyMonths: 3, lastDone: 2026-09-01}
            """;

    private static List<Person> people(PersonStatus ian) {
        return List.of(active("ceo@test.example", "Cleo"), active("ada@test.example", "Ada"),
                person("ian@test.example").name("Ian").status(ian).build());
    }

    @Test
    void overdueActivitiesAreMediumHighAfterNinetyDaysAndAlwaysHighForTheAuditWhoseVacantOwnerIsNamed() {
        ScanHarness harness = ScanHarness.inMemory();

        harness.scan(ROLES, people(PersonStatus.LEFT), LocalDate.of(2026, 11, 10));

        Finding audit = harness.open(FindingKind.ACTIVITY_OVERDUE).stream()
                .filter(f -> f.activityId().equals("internal-audit")).findFirst().orElseThrow();
        assertThat(audit.severity()).as("9 days late, but the internal audit").isEqualTo(Severity.HIGH);
        assertThat(audit.message()).contains("is 9 days overdue", "Its owner role, Internal Auditor "
                + "(internal-auditor), is vacant.");
        Finding continuity = harness.open(FindingKind.ACTIVITY_OVERDUE).stream()
                .filter(f -> f.activityId().equals("continuity-test")).findFirst().orElseThrow();
        assertThat(continuity.severity()).as("162 days late").isEqualTo(Severity.HIGH);
        assertThat(harness.open(FindingKind.ACTIVITY_DUE_SOON)).extracting(Finding::activityId)
                .containsExactly("access-review");
        assertThat(harness.open(FindingKind.TRAINING_OVERDUE)).as("Ian left: only active holders must train")
                .isEmpty();
    }

    @Test
    void completingTheActivityOrTheTrainingResolvesItsFindingOnTheNextScan() {
        ScanHarness harness = ScanHarness.inMemory();
        harness.scan(ROLES, people(PersonStatus.ACTIVE), LocalDate.of(2026, 11, 10));
        assertThat(harness.open(FindingKind.TRAINING_OVERDUE)).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("has no record of its training 'Auditor course'"));
        assertThat(harness.open(FindingKind.ACTIVITY_OVERDUE)).hasSize(2);

        harness.storage().calendar().recordActivity(new ActivityCompletion("internal-audit",
                LocalDate.of(2026, 11, 9), "report", "ian", LocalDate.of(2026, 11, 10)));
        harness.storage().calendar().recordTraining(List.of(new TrainingCompletion(Email.of("ian@test.example"),
                "internal-auditor", LocalDate.of(2026, 10, 1), "cert", "ian", LocalDate.of(2026, 11, 10))));
        harness.scan(ROLES, people(PersonStatus.ACTIVE), LocalDate.of(2026, 11, 10));

        assertThat(harness.open(FindingKind.TRAINING_OVERDUE)).isEmpty();
        assertThat(harness.open(FindingKind.ACTIVITY_OVERDUE)).extracting(Finding::activityId)
                .containsExactly("continuity-test");
    }
}
