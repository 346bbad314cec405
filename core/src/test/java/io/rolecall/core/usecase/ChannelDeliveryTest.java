package io.rolecall.core.usecase;

import static io.rolecall.core.testing.Fixtures.active;
import static org.assertj.core.api.Assertions.assertThat;

import io.rolecall.core.acknowledge.LinkSigner;
import io.rolecall.core.acknowledge.PublicUrl;
import io.rolecall.core.catalogue.CatalogueSource;
import io.rolecall.core.model.DirectorySnapshot;
import io.rolecall.core.model.Email;
import io.rolecall.core.model.Message;
import io.rolecall.core.model.Recipient;
import io.rolecall.core.port.MessageChannel;
import io.rolecall.core.port.Storage;
import io.rolecall.core.report.ReportRenderer;
import io.rolecall.core.testing.InMemoryReportLog;
import io.rolecall.core.testing.InMemoryStorage;
import io.rolecall.core.testing.MutableClock;
import io.rolecall.core.testing.RecordingMailer;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * roles.yaml's delivery: holders get their notices on Slack too, with their own link, once; the weekly's
 * digest goes to the channel once; the email goes out either way.
 */
class ChannelDeliveryTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 30);
    private static final PublicUrl URL = PublicUrl.of("https://roles.acme.example/");
    private static final String ROLES = """
            version: 1
            organisation: Acme
            reporting: {complianceManagerRole: isms-manager, leadershipRole: top-management}
            delivery: {slack: {channel: isms-weekly, holderNotices: true}, reportsUrl: https://wiki.acme.example/isms}
            roles:
              - {id: top-management, name: Top Management, primary: [ceo@acme.example], backupRequired: false}
              - {id: isms-manager, name: ISMS Manager, primary: [ada@acme.example], backup: [bea@acme.example]}
              - {id: dpo, name: DPO, primary: [], backupRequired: false}
            """;

    private final Storage storage = InMemoryStorage.create();
    private final RecordingMailer mailer = new RecordingMailer();
    private final MutableClock clock = new MutableClock(DAY.atTime(9, 0).toInstant(ZoneOffset.UTC));
    private final InMemoryReportLog log = new InMemoryReportLog();
    private final List<Message> slack = new ArrayList<>();
    private final MessageChannel channel = new MessageChannel() {
        @Override
        public String name() {
            return "slack";
        }

        @Override
        public Delivered deliver(Message message) {
            if (message.to() instanceof Recipient.Person person && person.email().value().startsWith("bea")) {
                throw new RecipientUnknownException("bea@acme.example has no Slack account");
            }
            slack.add(message);
            return new Delivered("U1", "D1/1764489602.000200");
        }
    };
    private final Deliveries deliveries = new Deliveries(List.of(channel), log, clock, Duration.ofMinutes(5));

    private void scan() {
        new ScanUseCase(storage, clock).scan(ScanRequest.of(new CatalogueSource("roles.yaml", ROLES),
                DirectorySnapshot.of(List.of(active("ceo@acme.example", "Cleo"), active("ada@acme.example", "Ada"),
                        active("bea@acme.example", "Bea"))), "test", DAY, false));
    }

    private NotifyUseCase notices() {
        return new NotifyUseCase(storage, log, mailer, LinkSigner.fromSecret("s".repeat(48)), URL,
                new AsOfRules(clock, false), Duration.ofMinutes(5), deliveries);
    }

    @Test
    void holdersGetTheirNoticeOnSlackWithTheirLinkOnceAndSomeoneSlackDoesNotKnowIsCounted() {
        scan();

        NotifyUseCase.Result first = notices().sendDue(DAY);
        NotifyUseCase.Result again = notices().sendDue(DAY);

        assertThat(mailer.sent()).as("every email still goes out").hasSize(3);
        assertThat(slack).extracting(m -> ((Recipient.Person) m.to()).email()).containsExactlyInAnyOrder(
                Email.of("ceo@acme.example"), Email.of("ada@acme.example"));
        Message ada = slack.stream().filter(m -> ((Recipient.Person) m.to()).email().value().startsWith("ada"))
                .findFirst().orElseThrow();
        String adasEmail = mailer.sent().stream().filter(e -> e.to().equals(List.of(Email.of("ada@acme.example"))))
                .findFirst().orElseThrow().text();
        assertThat(ada.subject()).isEqualTo("Your information security role at Acme: ISMS Manager");
        assertThat(ada.sections()).singleElement().satisfies(section -> {
            assertThat(section.title()).isEqualTo("ISMS Manager");
            assertThat(section.text()).isEqualTo("Accept by 2026-12-14.");
            assertThat(adasEmail).as("the same signed link as the email").contains(section.url());
        });
        assertThat(first.channels()).singleElement().satisfies(tally -> {
            assertThat(tally.delivered()).isEqualTo(2);
            assertThat(tally.recipientsUnknown()).containsExactly("bea@acme.example has no Slack account");
        });
        assertThat(again.channels()).as("nothing is due again, on any channel").isEmpty();
        assertThat(log.sentBetween("slack:", DAY.atStartOfDay().toInstant(ZoneOffset.UTC),
                DAY.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC))).hasSize(2);
    }

    @Test
    void theWeeklysDigestGoesToTheChannelOncePerWeekWithTheCountsAndTheGaps() {
        scan();
        ReportUseCase reports = new ReportUseCase(storage, new ReportRenderer(), mailer, new AsOfRules(clock, false));

        reports.sendWeekly(DAY, deliveries);
        ReportUseCase.Sent second = reports.sendWeekly(DAY, deliveries);

        assertThat(slack).singleElement().satisfies(digest -> {
            assertThat(digest.key()).isEqualTo("weekly-2026-W49");
            assertThat(digest.to()).isEqualTo(new Recipient.Channel("isms-weekly"));
            assertThat(digest.subject()).startsWith("RoleCall weekly: Acme");
            assertThat(digest.text()).startsWith("Open gaps: ");
            assertThat(digest.sections()).first().satisfies(section -> {
                assertThat(section.title()).isEqualTo("[HIGH] No active primary holder (new)");
                assertThat(section.text()).isEqualTo("DPO (dpo) has no active primary holder (none is listed). Who "
                        + "acts: Ada (ada@acme.example), as ISMS Manager.");
            });
            assertThat(digest.sections()).last().satisfies(section -> {
                assertThat(section.linkLabel()).isEqualTo("Open the full report");
                assertThat(section.url()).isEqualTo("https://wiki.acme.example/isms");
            });
        });
        assertThat(second.channels()).singleElement().satisfies(t -> assertThat(t.alreadyDelivered()).isEqualTo(1));
    }

    @Test
    void eachNewGapOfATrackedSeverityOpensAnIssueOnceAndItsResolutionIsAddedToIt() {
        String roles = ROLES.replace("slack: {channel: isms-weekly, holderNotices: true}", "jira: {project: SEC}");
        List<Message> jira = new ArrayList<>();
        MessageChannel tracker = new MessageChannel() {
            @Override
            public String name() {
                return "jira";
            }

            @Override
            public Delivered deliver(Message message) {
                jira.add(message);
                return new Delivered("SEC", "SEC-" + jira.size());
            }
        };
        Deliveries tickets = new Deliveries(List.of(tracker), log, clock, Duration.ofMinutes(5));
        DirectorySnapshot people = DirectorySnapshot.of(List.of(active("ceo@acme.example", "Cleo"),
                active("ada@acme.example", "Ada"), active("bea@acme.example", "Bea")));

        for (int run = 0; run < 2; run++) {
            FindingTickets.afterScan(new ScanUseCase(storage, clock).scan(ScanRequest.of(new CatalogueSource(
                    "roles.yaml", roles), people, "test", DAY, false)), tickets);
        }
        assertThat(jira).as("the HIGH gap only, once").singleElement().satisfies(issue -> {
            assertThat(issue.subject()).isEqualTo("[HIGH] No active primary holder: dpo");
            assertThat(issue.thread()).isEqualTo(new Message.Thread(
                    storage.findings().findings().stream().filter(f -> "dpo".equals(f.roleId())
                            && f.kind() == io.rolecall.core.model.FindingKind.ROLE_UNASSIGNED).findFirst()
                            .orElseThrow().id(), true));
            assertThat(issue.sections()).extracting(Message.Section::title)
                    .containsExactly("Fix", "Who acts", "Due", "References", "RoleCall finding");
        });

        String weekly = new ReportUseCase(storage, new ReportRenderer(), mailer, new AsOfRules(clock, false), log)
                .sendWeekly(DAY).email().text();
        assertThat(weekly).as("the weekly names the gap's issue").contains("[HIGH] ROLE_UNASSIGNED (Jira SEC-1)");

        clock.set(DAY.plusDays(1).atTime(9, 0).toInstant(ZoneOffset.UTC));
        FindingTickets.afterScan(new ScanUseCase(storage, clock).scan(ScanRequest.of(new CatalogueSource(
                "roles.yaml", roles.replace("primary: [], backupRequired: false", "primary: [bea@acme.example], "
                + "backupRequired: false")), people, "test", DAY.plusDays(1), false)), tickets);

        assertThat(jira).hasSize(2);
        assertThat(jira.get(1).thread()).isEqualTo(new Message.Thread(jira.get(0).thread().id(), false));
        assertThat(log.find("jira:" + jira.get(0).key())).hasValueSatisfying(issue -> assertThat(issue.deliveryId())
                .isEqualTo("SEC-1"));
        assertThat(jira.get(1).subject()).startsWith("Resolved: [HIGH] No active primary holder: dpo");
    }
}
