package io.rolecall.functions;

import static io.rolecall.core.testing.Fixtures.active;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rolecall.core.report.ReportRenderer;
import io.rolecall.core.testing.InMemoryReportLog;
import io.rolecall.core.testing.RecordingMailer;
import io.rolecall.core.testing.ScanHarness;
import io.rolecall.core.usecase.AsOfRules;
import io.rolecall.core.usecase.NothingScannedException;
import io.rolecall.core.usecase.ReportUseCase;
import io.rolecall.core.usecase.ScheduledReports;
import io.rolecall.functions.testing.Invocations;
import io.rolecall.functions.testing.StubContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The weekly and quarterly handlers on EventBridge Scheduler's recorded events: one report per period. */
class ReportHandlersTest {

    private static final String ROLES = """
            version: 1
            organisation: Test Co
            reporting: {complianceManagerRole: isms-manager, leadershipRole: top-management}
            roles:
              - {id: top-management, name: Top, primary: [ceo@test.example], backupRequired: false}
              - {id: isms-manager, name: ISMS Manager, primary: [ada@test.example]}
            """;
    private static final Clock NOW = Clock.fixed(Instant.parse("2027-01-01T08:00:30Z"), ZoneOffset.UTC);
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final ScanHarness harness = ScanHarness.inMemory();
    private final RecordingMailer mailer = new RecordingMailer();
    private final ScheduledReports reports = new ScheduledReports(new ReportUseCase(harness.storage(),
            new ReportRenderer(), mailer, new AsOfRules(NOW, true)), new InMemoryReportLog(), NOW,
            Duration.ofMinutes(15));

    private void scanned() {
        harness.scan(ROLES, List.of(active("ceo@test.example", "Cleo"), active("ada@test.example", "Ada")),
                LocalDate.of(2026, 11, 30));
    }

    @Test
    void theWeeklyGoesOutOnceForItsWeekEvenWhenTheSchedulerDeliversTheSameTimeAgain() {
        scanned();
        WeeklyReportHandler weekly = new WeeklyReportHandler(reports, NOW, LONDON);

        String first = Invocations.invoke(weekly, Invocations.event("scheduler-weekly.json"),
                StubContext.withTimeLeft(60_000));
        String retried = Invocations.invoke(weekly, Invocations.event("scheduler-weekly-retry.json"), null);

        assertThat(first).matches("\\{\"report\":\"weekly-2026-W49\",\"status\":\"SENT\",\"recipients\":1,"
                + "\"messageId\":\"[^\"]+\"}");
        assertThat(retried).isEqualTo("{\"report\":\"weekly-2026-W49\",\"status\":\"ALREADY_SENT\"}");
        assertThat(mailer.sent()).singleElement().satisfies(email -> assertThat(email.subject())
                .startsWith("RoleCall weekly: Test Co"));
    }

    @Test
    void theQuarterlyCountsItsQuarterFromTheSchedulesTimeAndGoesToTopManagement() {
        scanned();

        String sent = Invocations.invoke(new QuarterlyReportHandler(reports, NOW, LONDON),
                Invocations.event("scheduler-quarterly.json"), null);

        assertThat(sent).startsWith("{\"report\":\"quarterly-2026-Q4\",\"status\":\"SENT\",\"recipients\":1");
        assertThat(mailer.sent()).singleElement().satisfies(email -> assertThat(email.to())
                .extracting(to -> to.value()).containsExactly("ceo@test.example"));
    }

    @Test
    void aReportBeforeAnyScanFailsTheInvocation() {
        assertThatThrownBy(() -> Invocations.invoke(new WeeklyReportHandler(reports, NOW, LONDON),
                Invocations.event("scheduler-weekly.json"), null)).isInstanceOf(NothingScannedException.class);
        assertThat(mailer.sent()).isEmpty();
    }
}
