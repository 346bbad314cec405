package io.rolecall.core.usecase;

import static io.rolecall.core.testing.Fixtures.active;
import static io.rolecall.core.testing.Fixtures.person;
import static org.assertj.core.api.Assertions.assertThat;

import io.rolecall.core.acknowledge.AcknowledgementPage;
import io.rolecall.core.acknowledge.AcknowledgementRenderer;
import io.rolecall.core.acknowledge.LinkSigner;
import io.rolecall.core.acknowledge.PublicUrl;
import io.rolecall.core.catalogue.CatalogueSource;
import io.rolecall.core.finding.Finding;
import io.rolecall.core.model.DirectorySnapshot;
import io.rolecall.core.model.Email;
import io.rolecall.core.model.FindingKind;
import io.rolecall.core.model.OutgoingEmail;
import io.rolecall.core.model.Person;
import io.rolecall.core.model.PersonStatus;
import io.rolecall.core.port.Storage;
import io.rolecall.core.testing.InMemoryReportLog;
import io.rolecall.core.testing.InMemoryStorage;
import io.rolecall.core.testing.MutableClock;
import io.rolecall.core.testing.RecordingMailer;
import io.rolecall.core.testing.SignedLinks;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The management body approves a document on its signed pages; the scan holds the quorum to its due day. */
class ApprovalFlowTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 2);
    private static final PublicUrl URL = PublicUrl.of("https://roles.acme.example/");
    private static final String ROLES = """
            version: 1
            organisation: Acme Ltd
            reporting: {complianceManagerRole: isms-manager, leadershipRole: management-board}
            roles:
              - {id: management-board, name: Management board, primary: [ceo@acme.example, cfo@acme.example, group:board], backupRequired: false, acknowledgement: {required: false}}
              - {id: isms-manager, name: ISMS Manager, primary: [ada@acme.example], backupRequired: false, acknowledgement: {required: false}}
            approvals:
              - {id: security-policy, title: Information security policy, version: '3.2', url: https://intranet.acme.example/policy, approvers: management-board, quorum: 2, dueDays: 14}
            """;

    private final Storage storage = InMemoryStorage.create();
    private final RecordingMailer mailer = new RecordingMailer();
    private final MutableClock clock = new MutableClock(DAY.atTime(9, 0).toInstant(ZoneOffset.UTC));
    private final LinkSigner signer = LinkSigner.fromSecret("s".repeat(48));
    private final NotifyUseCase notify = new NotifyUseCase(storage, new InMemoryReportLog(), mailer, signer, URL,
            new AsOfRules(clock, false), Duration.ofMinutes(5));
    private final AcknowledgementPages pages = new AcknowledgementPages(storage, signer, URL, clock);
    private List<Person> staff = new ArrayList<>(List.of(active("ceo@acme.example", "Cleo"),
            active("cfo@acme.example", "Finn"), active("ada@acme.example", "Ada"),
            person("dee@acme.example").name("Dee").group("board").build()));

    private void scan(String roles, LocalDate day) {
        clock.set(day.atTime(9, 0).toInstant(ZoneOffset.UTC));
        new ScanUseCase(storage, clock).scan(ScanRequest.of(new CatalogueSource("roles.yaml", roles),
                DirectorySnapshot.of(staff), "test", day, false));
    }

    private void notifyOn(LocalDate day) {
        clock.set(day.atTime(10, 0).toInstant(ZoneOffset.UTC));
        notify.sendDue(day);
    }

    private List<OutgoingEmail> emailsTo(String address) {
        return mailer.sent().stream().filter(e -> e.to().equals(List.of(Email.of(address)))).toList();
    }

    private String tokenOf(String address) {
        List<OutgoingEmail> emails = emailsTo(address);
        return SignedLinks.tokens(emails.get(emails.size() - 1)).get(0);
    }

    private List<Finding> open(FindingKind kind) {
        return storage.findings().findings().stream().filter(f -> f.isOpen() && f.kind() == kind).toList();
    }

    @Test
    void everyActivePrimaryOfTheBodyIsAskedAndTheQuorumsApprovalsOnTheSignedPageResolveTheGap() {
        scan(ROLES, DAY);
        notifyOn(DAY);

        assertThat(mailer.sent()).extracting(e -> e.to().get(0).value())
                .as("the board's primaries, the group's member too; not the ISMS manager")
                .containsExactlyInAnyOrder("ceo@acme.example", "cfo@acme.example", "dee@acme.example");
        OutgoingEmail toCeo = emailsTo("ceo@acme.example").get(0);
        assertThat(toCeo.subject()).contains("document to approve", "Information security policy");
        assertThat(toCeo.text()).contains("Version 3.2", "https://intranet.acme.example/policy",
                "Approve version 3.2, by 2026-11-16", "among those who approve");
        assertThat(toCeo.html()).contains("Approve version 3.2: Information security policy");

        String token = tokenOf("ceo@acme.example");
        AcknowledgementPage shown = pages.show(token);
        assertThat(shown.status()).isEqualTo(200);
        assertThat(shown.form()).isTrue();
        assertThat(shown.consentText()).isEqualTo("I have read version 3.2 of this document and approve it.");
        String html = new AcknowledgementRenderer().render(shown);
        assertThat(html).contains("a document to approve", "Version 3.2", "Approve version 3.2</button>",
                "https://intranet.acme.example/policy");
        assertThat(storage.acknowledgements().records().acceptances()).as("a GET records nothing").isEmpty();

        AcknowledgementPage approved = pages.submit(token, SignedLinks.consented(signer, token));
        assertThat(approved.title()).isEqualTo("Approved: Information security policy");
        assertThat(storage.acknowledgements().records().acceptances()).singleElement().satisfies(a -> {
            assertThat(a.roleId()).isEqualTo("approval:security-policy");
            assertThat(a.version()).isEqualTo("3.2");
        });
        assertThat(pages.show(token).message()).contains("You approved this version on 2026-11-02");

        scan(ROLES, DAY.plusDays(15));
        assertThat(open(FindingKind.APPROVAL_MISSING)).singleElement().satisfies(f -> {
            assertThat(f.roleId()).isEqualTo("management-board");
            assertThat(f.subject()).isEqualTo("security-policy");
            assertThat(f.message()).contains("1 of the 2 approvals needed are in", "due by 2026-11-16");
            assertThat(f.remediation()).contains("Finn", "Dee");
        });

        notifyOn(DAY.plusDays(15));
        assertThat(emailsTo("cfo@acme.example")).hasSize(2);
        assertThat(emailsTo("cfo@acme.example").get(1).subject()).startsWith("Reminder: your document to approve");
        assertThat(emailsTo("ceo@acme.example")).as("Cleo approved: not reminded").hasSize(1);

        String dee = tokenOf("dee@acme.example");
        assertThat(pages.submit(dee, SignedLinks.consented(signer, dee)).status()).isEqualTo(200);
        scan(ROLES, DAY.plusDays(23));
        assertThat(open(FindingKind.APPROVAL_MISSING)).as("the quorum of two approved").isEmpty();
        notifyOn(DAY.plusDays(23));
        assertThat(emailsTo("cfo@acme.example")).as("the body decided: Finn is reminded no more").hasSize(2);
    }

    @Test
    void aCrossSitePostALeaverAndAnOldVersionsLinkRecordNothing() {
        scan(ROLES, DAY);
        notifyOn(DAY);
        String ceo = tokenOf("ceo@acme.example");
        String cfo = tokenOf("cfo@acme.example");

        assertThat(pages.submit(ceo, SignedLinks.post(Map.of("form", signer.formToken(ceo), "accept", "yes"),
                "cross-site")).status()).isEqualTo(403);

        staff.replaceAll(p -> p.email().value().equals("cfo@acme.example")
                ? person("cfo@acme.example").name("Finn").status(PersonStatus.LEFT).build() : p);
        scan(ROLES, DAY.plusDays(1));
        AcknowledgementPage leaver = pages.submit(cfo, SignedLinks.consented(signer, cfo));
        assertThat(leaver.status()).isEqualTo(410);
        assertThat(leaver.message()).contains("not an active primary holder of Management board");

        scan(ROLES.replace("version: '3.2'", "version: '3.3'"), DAY.plusDays(2));
        AcknowledgementPage old = pages.submit(ceo, SignedLinks.consented(signer, ceo));
        assertThat(old.status()).isEqualTo(410);
        assertThat(old.message()).contains("Version 3.3 of Information security policy replaced");
        assertThat(storage.acknowledgements().records().acceptances()).isEmpty();

        notifyOn(DAY.plusDays(2));
        assertThat(emailsTo("ceo@acme.example")).as("a new version asks again").hasSize(2);
        assertThat(emailsTo("ceo@acme.example").get(1).text()).contains("Approve version 3.3");
    }

    @Test
    void aQuorumLargerThanTheBodyIsMissingWithTheFixInRolesYaml() {
        String four = ROLES.replace("quorum: 2", "quorum: 4");
        scan(four, DAY);
        notifyOn(DAY);
        scan(four, DAY.plusDays(15));

        assertThat(open(FindingKind.APPROVAL_MISSING)).singleElement().satisfies(f -> {
            assertThat(f.message()).contains("0 of the 4 approvals needed are in, and only 3 people hold "
                    + "Management board as active primary");
            assertThat(f.remediation()).isEqualTo("Name enough primary holders of management-board in roles.yaml, "
                    + "or lower the approval's quorum; then ask them to approve.");
        });
    }
}
