package io.rolecall.core.usecase;

import static io.rolecall.core.testing.Fixtures.active;
import static io.rolecall.core.testing.Fixtures.person;
import static org.assertj.core.api.Assertions.assertThat;

import io.rolecall.core.acknowledge.AcknowledgementPage;
import io.rolecall.core.acknowledge.FormPost;
import io.rolecall.core.acknowledge.LinkSigner;
import io.rolecall.core.acknowledge.PublicUrl;
import io.rolecall.core.catalogue.CatalogueSource;
import io.rolecall.core.handover.Handover;
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
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The successor's notice and page: one notice per handover, a page that records nothing, a POST that does. */
class HandoverPagesTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 30);
    private static final LocalDate LAST_DAY = LocalDate.of(2026, 12, 11);
    private static final PublicUrl URL = PublicUrl.of("https://roles.acme.example/");
    private static final Pattern LINK = Pattern.compile("https://roles\\.acme\\.example/ack/([A-Za-z0-9_-]+)");
    private static final String ROLES = """
            version: 1
            organisation: Acme
            reporting: {complianceManagerRole: isms-manager, leadershipRole: top-management}
            roles:
              - {id: top-management, name: Top Management, primary: [ceo@acme.example], backupRequired: false, acknowledgement: {required: false}}
              - {id: isms-manager, name: ISMS Manager, primary: [ada@acme.example], backup: [bea@acme.example], acknowledgement: {required: false}}
              - id: risk-owner
                name: Risk Owner
                duties: [Keep the risk register current]
                primary: [mary@acme.example]
                backup: [gina@acme.example]
                acknowledgement: {required: false}
                questions:
                  - question: How often is the register reviewed?
                    options: [Every quarter, Never]
                    answer: Every quarter
            """;

    private final Storage storage = InMemoryStorage.create();
    private final RecordingMailer mailer = new RecordingMailer();
    private final MutableClock clock = new MutableClock(DAY.atTime(9, 0).toInstant(ZoneOffset.UTC));
    private final LinkSigner signer = LinkSigner.fromSecret("s".repeat(48));
    private final NotifyUseCase notify = new NotifyUseCase(storage, new InMemoryReportLog(), mailer, signer, URL,
            new AsOfRules(clock, false), Duration.ofMinutes(5));
    private final AcknowledgementPages pages = new AcknowledgementPages(storage, signer, URL, clock);
    private final List<Person> staff = List.of(active("ceo@acme.example", "Cleo"), active("ada@acme.example", "Ada"),
            active("bea@acme.example", "Bea"), active("gina@acme.example", "Gina Rossi"),
            person("mary@acme.example").name("Mary Jones").status(PersonStatus.ACTIVE).endDate(LAST_DAY).build());

    private ScanResult scan(LocalDate day) {
        clock.set(day.atTime(9, 0).toInstant(ZoneOffset.UTC));
        return new ScanUseCase(storage, clock).scan(ScanRequest.of(new CatalogueSource("roles.yaml", ROLES),
                DirectorySnapshot.of(staff), "test", day, false));
    }

    private OutgoingEmail notice() {
        notify.sendDue(DAY);
        return mailer.sent().stream().filter(e -> e.to().equals(List.of(Email.of("gina@acme.example"))))
                .findFirst().orElseThrow();
    }

    private static String token(OutgoingEmail email) {
        Matcher matcher = LINK.matcher(email.text());
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }

    private FormPost post(String token, String answer, String origin) {
        Map<String, List<String>> fields = new HashMap<>();
        fields.put("form", List.of(signer.formToken(token)));
        fields.put("q0", List.of(answer));
        fields.put("accept", List.of("yes"));
        return new FormPost(fields, origin, origin.equals("null") ? "same-origin" : "cross-site", "Mozilla/5.0");
    }

    private Handover handover() {
        return storage.handovers().all().get(0);
    }

    @Test
    void theSuccessorIsAskedOnceToTakeOverAndAcceptingOnThePageRecordsTheHandoverAndTheDuties() {
        scan(DAY);
        OutgoingEmail email = notice();
        assertThat(email.subject()).isEqualTo("Take over Risk Owner from Mary Jones on 2026-12-11");
        assertThat(email.text()).contains("Mary Jones (mary@acme.example) leaves on 2026-12-11, and you are the "
                + "first backup of Risk Owner", "Keep the risk register current", "you are the role's first backup")
                .doesNotContain("You hold it as");
        notify.sendDue(DAY.plusDays(1));
        assertThat(mailer.sent().stream().filter(e -> e.subject().startsWith("Take over"))).as("asked once").hasSize(1);

        String token = token(email);
        AcknowledgementPage shown = pages.show(token);
        assertThat(shown.status()).isEqualTo(200);
        assertThat(shown.title()).isEqualTo("Risk Owner: take over");
        assertThat(shown.message()).startsWith("Mary Jones (mary@acme.example) leaves on 2026-12-11.");
        assertThat(shown.duties().capacity()).as("the backup who takes over").isEqualTo("primary once you take it over");
        assertThat(handover().status()).as("a GET records nothing").isEqualTo(Handover.Status.PROPOSED);

        assertThat(pages.submit(token, post(token, "0", "https://evil.example")).status()).isEqualTo(403);
        assertThat(handover().status()).isEqualTo(Handover.Status.PROPOSED);

        AcknowledgementPage accepted = pages.submit(token, post(token, "0", "null"));
        assertThat(accepted.title()).isEqualTo("Taken over: Risk Owner");
        assertThat(handover().status()).isEqualTo(Handover.Status.ACCEPTED);
        assertThat(handover().acceptedAt()).isEqualTo(clock.instant());
        assertThat(storage.acknowledgements().recordsOf(Email.of("gina@acme.example"), "risk-owner").acceptances())
                .as("it counts as accepting the role's duties").hasSize(1);
        assertThat(pages.show(token).message()).startsWith("You took Risk Owner over on 2026-11-30.");

        ScanResult next = scan(DAY.plusDays(1));
        assertThat(next.findings().open()).noneMatch(f -> f.kind() == FindingKind.HOLDER_LEAVING_SOON);
    }

    @Test
    void aCancelledHandoverRefusesItsPage() {
        scan(DAY);
        String token = token(notice());
        storage.handovers().transition(handover().cancelled(DAY, "Mary stays"), Handover.Status.PROPOSED);

        AcknowledgementPage refused = pages.submit(token, post(token, "0", "null"));
        assertThat(refused.status()).isEqualTo(410);
        assertThat(refused.message()).contains("called this handover off (Mary stays)");
        assertThat(storage.acknowledgements().records().acceptances()).isEmpty();
    }
}
