package io.rolecall.functions;

import static io.rolecall.core.testing.Fixtures.active;
import static org.assertj.core.api.Assertions.assertThat;

import io.rolecall.core.acknowledge.LinkSigner;
import io.rolecall.core.acknowledge.PublicUrl;
import io.rolecall.core.testing.InMemoryReportLog;
import io.rolecall.core.testing.MutableClock;
import io.rolecall.core.testing.RecordingMailer;
import io.rolecall.core.testing.ScanHarness;
import io.rolecall.core.usecase.AcknowledgementEndpoint;
import io.rolecall.core.usecase.AcknowledgementPages;
import io.rolecall.core.usecase.AsOfRules;
import io.rolecall.core.usecase.NotifyUseCase;
import io.rolecall.functions.testing.Invocations;
import io.rolecall.functions.testing.StubContext;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** AcknowledgeFunction's handler on recorded function URL requests (payload format 2.0). */
class AcknowledgeHandlerTest {

    private static final String HOST = "k7sd2lq4vyx3mbn6ofaw5tje8c0hprgu.lambda-url.eu-west-1.on.aws";
    private static final String ROLES = """
            version: 1
            organisation: Test Co
            reporting: {complianceManagerRole: isms-manager, leadershipRole: top-management}
            roles:
              - {id: top-management, name: Top, primary: [ceo@test.example], backupRequired: false, acknowledgement: {required: false}}
              - {id: isms-manager, name: ISMS Manager, primary: [ada@test.example], backupRequired: false}
            """;

    private final ScanHarness harness = ScanHarness.inMemory();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-15T09:12:30Z"));
    private final LinkSigner signer = LinkSigner.fromSecret("k".repeat(48));
    private final List<String> hosts = new ArrayList<>();
    private final AcknowledgeHandler handler = new AcknowledgeHandler(host -> {
        hosts.add(host);
        return new AcknowledgementEndpoint(new AcknowledgementPages(harness.storage(), signer,
                PublicUrl.of("https://" + host), clock));
    });

    /** Ada's link, as her notice carries it. */
    private String token() {
        harness.scan(ROLES, List.of(active("ceo@test.example", "Cleo"), active("ada@test.example", "Ada")),
                LocalDate.of(2026, 12, 14));
        RecordingMailer mailer = new RecordingMailer();
        new NotifyUseCase(harness.storage(), new InMemoryReportLog(), mailer, signer, PublicUrl.of("https://" + HOST),
                new AsOfRules(clock, true), Duration.ofMinutes(5)).sendDue(LocalDate.of(2026, 12, 15));
        Matcher link = Pattern.compile("/ack/([A-Za-z0-9_-]+)").matcher(mailer.sent().get(0).text());
        assertThat(link.find()).isTrue();
        return link.group(1);
    }

    @Test
    void aRecordedGetShowsThePageWithItsSecurityHeadersForTheHostItWasReachedAt() {
        String token = token();

        Map<String, Object> response = Invocations.invokeForMap(handler,
                Invocations.event("function-url-get.json").replace("TOKEN", token), StubContext.withTimeLeft(3_000));

        assertThat(response).containsEntry("statusCode", 200).containsEntry("isBase64Encoded", false);
        assertThat((String) response.get("body")).contains("ISMS Manager", "<form");
        assertThat(response.get("headers")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
                .containsEntry("Cache-Control", "no-store").containsEntry("Referrer-Policy", "no-referrer");
        assertThat(hosts).containsExactly(HOST);
    }

    @Test
    void aRecordedPostOfTheFormWithABase64BodyRecordsTheAcceptance() {
        String token = token();
        String body = "form=" + signer.formToken(token) + "&accept=yes";
        String event = Invocations.event("function-url-post.json").replace("TOKEN", token)
                .replace("BASE64_BODY", Base64.getEncoder().encodeToString(body.getBytes(StandardCharsets.UTF_8)))
                .replace("BODY_LENGTH", String.valueOf(body.length()));

        Map<String, Object> response = Invocations.invokeForMap(handler, event, null);

        assertThat(response).containsEntry("statusCode", 200);
        assertThat((String) response.get("body")).contains("you accepted the duties of ISMS Manager");
        assertThat(harness.storage().acknowledgements().records().acceptances()).singleElement()
                .satisfies(acceptance -> assertThat(acceptance.userAgent()).startsWith("Mozilla/5.0 (X11; Linux"));
    }

    @Test
    void aStoreThatFailsIsAnsweredWithAPageThatSaysSoNotAnEmptyError() {
        String event = Invocations.event("function-url-get.json").replace("TOKEN", token());
        AcknowledgeHandler broken = new AcknowledgeHandler(host -> new AcknowledgementEndpoint(new AcknowledgementPages(
                null, signer, PublicUrl.of("https://" + host), clock)));

        Map<String, Object> response = Invocations.invokeForMap(broken, event, null);

        assertThat(response).containsEntry("statusCode", 500);
        assertThat((String) response.get("body")).contains("RoleCall could not show this page just now");
    }
}
