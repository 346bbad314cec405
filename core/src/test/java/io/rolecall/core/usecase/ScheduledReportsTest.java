package io.rolecall.core.usecase;

import static io.rolecall.core.testing.Fixtures.active;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rolecall.core.catalogue.InvalidCatalogueException;
import io.rolecall.core.catalogue.RolesYamlParser;
import io.rolecall.core.model.Email;
import io.rolecall.core.model.Person;
import io.rolecall.core.model.OutgoingEmail;
import io.rolecall.core.port.ReportArchive;
import io.rolecall.core.port.ReportArchive.ArchivedReport;
import io.rolecall.core.port.Storage;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.util.Properties;
import io.rolecall.core.report.MimeEmail;
import io.rolecall.core.report.ReportRenderer;
import io.rolecall.core.testing.InMemoryNoticeLog;
import io.rolecall.core.testing.InMemoryReportLog;
import io.rolecall.core.testing.RecordingMailer;
import io.rolecall.core.testing.ScanHarness;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reports sent once per period, and the notices unattended runs send. */
class ScheduledReportsTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);
    private static final String ROLES = """
            version: 1
            organisation: Test Co
            reporting: {complianceManagerRole: isms-manager, leadershipRole: top, alsoNotify: [sec@test.example]}
            roles:
              - {id: top, name: Top, primary: [ceo@test.example], backupRequired: false, lastReviewed: 2026-10-01}
              - {id: isms-manager, name: ISMS Manager, primary: [ada@test.example], backup: [bea@test.example], lastReviewed: 2026-10-01}
            responsibilities:
              - {id: audit, name: Audit, responsible: [isms-manager], accountable: [top]}
            """;

    private final ScanHarness harness = ScanHarness.inMemory();
    private final RecordingMailer mailer = new RecordingMailer();
    private final InMemoryReportLog log = new InMemoryReportLog();
    private static final Instant EIGHT_AM = Instant.parse("2026-11-30T08:00:00Z");
    private static final Duration LEASE = Duration.ofSeconds(150);

    private final ScheduledReports scheduled = at(EIGHT_AM);

    private ScheduledReports at(Instant now) {
        return new ScheduledReports(new ReportUseCase(harness.storage(), new ReportRenderer(), mailer,
                new AsOfRules(Clock.systemUTC(), true)), log,
                Clock.fixed(now, ZoneOffset.UTC), LEASE);
    }

    private static List<Person> people() {
        return new ArrayList<>(List.of(active("ceo@test.example", "Cleo"), active("ada@test.example", "Ada"),
                active("bea@test.example", "Bea")));
    }

    @Test
    void theWeeklyReportGoesOutOnceHoweverOftenItsScheduleFires() {
        harness.scan(ROLES, people(), MONDAY);

        ScheduledReports.Delivery first = scheduled.weekly(MONDAY);
        ScheduledReports.Delivery again = scheduled.weekly(MONDAY);
        ScheduledReports.Delivery laterThatWeek = scheduled.weekly(MONDAY.plusDays(3));

        assertThat(first.status()).isEqualTo(ScheduledReports.Delivery.Status.SENT);
        assertThat(first.reportKey()).isEqualTo("weekly-2026-W49");
        assertThat(again.status()).isEqualTo(ScheduledReports.Delivery.Status.ALREADY_SENT);
        assertThat(laterThatWeek.status()).isEqualTo(ScheduledReports.Delivery.Status.ALREADY_SENT);
        assertThat(mailer.sent()).hasSize(1);
        assertThat(log.find("weekly-2026-W49")).hasValueSatisfying(r -> {
            assertThat(r.deliveryId()).isEqualTo("message-1");
            assertThat(r.recipients()).isEqualTo(3);
        });
        assertThat(scheduled.weekly(MONDAY.plusWeeks(1)).status()).isEqualTo(ScheduledReports.Delivery.Status.SENT);
    }

    @Test
    void aFailedSendGivesTheClaimBackSoTheRetrySends() {
        harness.scan(ROLES, people(), MONDAY);
        mailer.failNextSend(new IllegalStateException("SES throttled"));

        assertThatThrownBy(() -> scheduled.quarterly(MONDAY)).hasMessageContaining("SES throttled");
        assertThat(log.find("quarterly-2026-Q4")).isEmpty();

        assertThat(scheduled.quarterly(MONDAY).status()).isEqualTo(ScheduledReports.Delivery.Status.SENT);
        assertThat(mailer.sent()).singleElement().satisfies(email ->
                assertThat(email.attachments()).filteredOn(a -> a.fileName().startsWith("raci-")).singleElement()
                        .satisfies(a -> {
                    assertThat(a.fileName()).isEqualTo("raci-matrix-2026-Q4.csv");
                    assertThat(new String(a.content(), StandardCharsets.UTF_8))
                            .startsWith("responsibility_id,responsibility,reference,top,isms-manager")
                            .contains("audit,Audit,,A,R");
                }));
    }

    @Test
    void eachReportSentIsKeptWholeAsTheMessageThatWentOutForTheEvidencePack() throws Exception {
        harness.scan(ROLES, people(), MONDAY);

        scheduled.weekly(MONDAY);
        scheduled.weekly(MONDAY);
        scheduled.quarterly(MONDAY);

        List<ArchivedReport> kept = harness.storage().sentReports().between(MONDAY, MONDAY);
        assertThat(kept).extracting(ArchivedReport::reportKey).containsExactly("quarterly-2026-Q4", "weekly-2026-W49");
        ArchivedReport weekly = kept.get(1);
        assertThat(weekly.sentAt()).isEqualTo(EIGHT_AM);
        assertThat(weekly.deliveryId()).isEqualTo("message-1");
        assertThat(weekly.recipients()).isEqualTo(3);
        MimeMessage copy = new MimeMessage(Session.getInstance(new Properties()),
                new ByteArrayInputStream(harness.storage().sentReports().message(weekly)));
        OutgoingEmail sent = mailer.sent().get(0);
        assertThat(copy.getSubject()).isEqualTo(sent.subject());
        assertThat(copy.getFrom()[0].toString()).isEqualTo("rolecall@acme.example");
        assertThat(copy.getAllRecipients()).hasSize(3);
        assertThat(copy.getSentDate().toInstant()).isEqualTo(EIGHT_AM);
        String quarterly = new String(harness.storage().sentReports().message(kept.get(0)), StandardCharsets.UTF_8);
        assertThat(quarterly).contains("filename=raci-matrix-2026-Q4.csv");
    }

    @Test
    void aReportWhoseCopyCannotBeKeptIsMarkedSentSoTheRetryDoesNotSendItTwiceButTheRunFails() {
        harness.scan(ROLES, people(), MONDAY);
        Storage s = harness.storage();
        ReportArchive refusing = new ReportArchive() {
            @Override
            public void keep(ArchivedReport report, byte[] message) {
                throw new IllegalStateException("throttled");
            }

            @Override
            public List<ArchivedReport> between(LocalDate from, LocalDate to) {
                return List.of();
            }

            @Override
            public byte[] message(ArchivedReport report) {
                throw new UnsupportedOperationException();
            }
        };
        ScheduledReports withoutArchive = new ScheduledReports(new ReportUseCase(new Storage(s.findings(), s.ledger(),
                s.people(), s.runs(), s.acknowledgements(), s.nonconformities(), s.calendar(), refusing,
                s.handovers(), s.unitOfWork()), new ReportRenderer(), mailer, new AsOfRules(Clock.systemUTC(), true)), log,
                Clock.fixed(EIGHT_AM, ZoneOffset.UTC), LEASE);

        assertThatThrownBy(() -> withoutArchive.weekly(MONDAY))
                .hasMessageContaining("weekly-2026-W49 was sent (message-1) but its copy")
                .hasMessageContaining("throttled");

        assertThat(withoutArchive.weekly(MONDAY).status()).isEqualTo(ScheduledReports.Delivery.Status.ALREADY_SENT);
        assertThat(mailer.sent()).hasSize(1);
    }

    @Test
    void aRunFindingThePeriodClaimedFailsSoThatItsRetrySendsIfTheHolderDied() {
        harness.scan(ROLES, people(), MONDAY);
        log.claim("weekly-2026-W49", EIGHT_AM, LEASE);   // a run that claimed, then died without a word

        assertThatThrownBy(() -> at(EIGHT_AM.plusSeconds(60)).weekly(MONDAY))
                .isInstanceOf(ReportBeingSentException.class).hasMessageContaining("weekly-2026-W49");
        assertThat(mailer.sent()).isEmpty();

        ScheduledReports.Delivery retry = at(EIGHT_AM.plus(LEASE).plusSeconds(1)).weekly(MONDAY);

        assertThat(retry.status()).isEqualTo(ScheduledReports.Delivery.Status.SENT);
        assertThat(mailer.sent()).hasSize(1);
    }

    @Test
    void aHeldScanNoticeGoesToTheComplianceManagerWithHowToAccept() {
        List<Person> company = people();
        for (int i = 0; i < 37; i++) {
            company.add(active("p" + i + "@test.example", "P" + i));
        }
        harness.scan(ROLES, company, MONDAY);
        ScanResult held = harness.scan(ROLES, company.subList(0, 20), MONDAY.plusDays(1));
        NoticeUseCase notices = notices();

        OutgoingEmail email = notices.scanHeld(held, "okta:acme.okta.com", MONDAY.plusDays(1),
                "invoke ScanFunction with {\"acceptDirectoryChange\": true}").orElseThrow().email();

        assertThat(email.to()).containsExactly(Email.of("ada@test.example"), Email.of("bea@test.example"),
                Email.of("sec@test.example"), Email.of("alarms@test.example"));
        assertThat(email.subject()).isEqualTo("RoleCall: Directory scan of 2026-12-01 held: too many people would stop being active at once (Test Co)");
        assertThat(email.text()).contains("20 of 40 previously active people", "okta:acme.okta.com",
                "{\"acceptDirectoryChange\": true}");
    }

    @Test
    void anInvalidRolesFileNoticeListsEveryProblemAndReachesTheLastKnownAudience() {
        harness.scan(ROLES, people(), MONDAY);
        NoticeUseCase notices = notices();
        InvalidCatalogueException error = invalid(ROLES.replace("lastReviewed: 2026-10-01}\n  - {id: isms",
                "lastReviewed: 2026-10-01, colour: red}\n  - {id: isms"));

        OutgoingEmail email = notices.invalidConfiguration(error, "s3://config/roles.yaml", MONDAY.plusDays(1))
                .orElseThrow().email();

        assertThat(email.to()).containsExactly(Email.of("ada@test.example"), Email.of("bea@test.example"),
                Email.of("sec@test.example"), Email.of("alarms@test.example"));
        assertThat(email.subject()).contains("roles.yaml is invalid");
        assertThat(email.text()).contains("s3://config/roles.yaml", "unknown key 'colour'",
                "fix it and upload it with the admin's tool");
        assertThat(email.html()).contains("unknown key &#39;colour&#39;");
    }

    @Test
    void aRolesFileThatCannotBeReadIsToldAsUnreadableNotInvalid() {
        harness.scan(ROLES, people(), MONDAY);

        OutgoingEmail email = notices().unreadableConfiguration("s3 roles.yaml", "there is no object roles.yaml in "
                + "the bucket rolecall-config", MONDAY.plusDays(1)).orElseThrow().email();

        assertThat(email.subject()).contains("roles.yaml could not be read: the scan of 2026-")
                .doesNotContain("invalid");
        assertThat(email.text()).contains("there is no object roles.yaml", "upload it again");
    }

    @Test
    void withNothingAcceptedYetTheInvalidRolesNoticeGoesToTheFallback() {
        NoticeUseCase notices = notices();

        OutgoingEmail email = notices.invalidConfiguration(invalid("version: 1\n"), "s3://config/roles.yaml",
                MONDAY).orElseThrow().email();

        assertThat(email.to()).containsExactly(Email.of("alarms@test.example"));
    }

    private final InMemoryNoticeLog noticeLog = new InMemoryNoticeLog();

    private NoticeUseCase notices() {
        return new NoticeUseCase(harness.storage(), new ReportRenderer(), mailer,
                List.of(Email.of("alarms@test.example")), noticeLog, Clock.systemUTC(),
                new NoticeUseCase.RepairSteps("fix it and upload it with the admin's tool", "upload it again"));
    }

    @Test
    void aPersistingProblemIsToldOnceADayPerCauseAndANewCauseAtOnce() {
        harness.scan(ROLES, people(), MONDAY);
        InvalidCatalogueException colour = invalid(ROLES.replace("lastReviewed: 2026-10-01}\n  - {id: isms",
                "lastReviewed: 2026-10-01, colour: red}\n  - {id: isms"));
        InvalidCatalogueException size = invalid(ROLES.replace("lastReviewed: 2026-10-01}\n  - {id: isms",
                "lastReviewed: 2026-10-01, size: big}\n  - {id: isms"));
        LocalDate tuesday = MONDAY.plusDays(1);

        for (int hour = 0; hour < 24; hour++) {
            notices().invalidConfiguration(colour, "s3://config/roles.yaml", tuesday);
        }
        assertThat(mailer.sent()).hasSize(1);

        assertThat(notices().invalidConfiguration(size, "s3://config/roles.yaml", tuesday)).isPresent();
        assertThat(notices().invalidConfiguration(colour, "s3://config/roles.yaml", tuesday.plusDays(1))).isPresent();
        assertThat(notices().invalidConfiguration(colour, "s3://config/roles.yaml", tuesday.plusDays(1))).isEmpty();
        assertThat(mailer.sent()).hasSize(3);
    }

    @Test
    void theMimeFormHasTextHtmlAndTheAttachment() {
        harness.scan(ROLES, people(), MONDAY);
        scheduled.quarterly(MONDAY);
        OutgoingEmail email = mailer.sent().get(0);

        String mime = new String(MimeEmail.compose(email, Email.of("rolecall@test.example"),
                Instant.parse("2026-11-30T08:00:00Z"), "<q@rolecall>"), StandardCharsets.UTF_8);

        assertThat(mime).contains("Message-ID: <q@rolecall>", "From: rolecall@test.example",
                "To: ceo@test.example, sec@test.example", "multipart/mixed", "multipart/alternative", "text/plain",
                "text/html", "filename=raci-matrix-2026-Q4.csv");
    }

    private static InvalidCatalogueException invalid(String yaml) {
        try {
            RolesYamlParser.parse(yaml, "roles.yaml");
        } catch (InvalidCatalogueException e) {
            return e;
        }
        throw new AssertionError("expected invalid roles");
    }
}
