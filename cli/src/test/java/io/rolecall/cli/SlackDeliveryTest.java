package io.rolecall.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * roles.yaml's delivery.slack from the command line, against a stub of the Slack Web API: holders get
 * their notices as direct messages and the weekly's digest goes to the channel, each once; the email
 * goes out whatever Slack does.
 */
class SlackDeliveryTest {

    private static final String ROLES = """
            version: 1
            organisation: Acme Ltd
            reporting: {complianceManagerRole: isms-manager, leadershipRole: top-management}
            delivery:
              slack: {channel: isms-weekly, holderNotices: true}
            roles:
              - {id: top-management, name: Top Management, primary: [ceo@acme.example], backupRequired: false}
              - {id: isms-manager, name: ISMS Manager, primary: [ada@acme.example], backup: [bea@acme.example]}
            """;
    private static final String PEOPLE = """
            {"people": [
              {"id": "1", "email": "ceo@acme.example", "name": "Cleo Executive", "status": "ACTIVE"},
              {"id": "2", "email": "ada@acme.example", "name": "Ada Lovelace", "status": "ACTIVE"},
              {"id": "3", "email": "bea@acme.example", "name": "Bea Backup", "status": "ACTIVE"}]}
            """;

    @TempDir
    Path dir;

    private WireMockServer slack;

    @BeforeEach
    void slackAndAScan() throws Exception {
        slack = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
        slack.start();
        for (String[] user : new String[][] {{"ceo@acme.example", "W0CEO0001"}, {"ada@acme.example", "W0ADA0001"}}) {
            slack.stubFor(get(urlPathEqualTo("/api/users.lookupByEmail")).withQueryParam("email", equalTo(user[0]))
                    .willReturn(okJson("{\"ok\": true, \"user\": {\"id\": \"" + user[1] + "\", \"deleted\": false}}")));
        }
        slack.stubFor(get(urlPathEqualTo("/api/users.lookupByEmail")).withQueryParam("email",
                equalTo("bea@acme.example")).willReturn(okJson("{\"ok\": false, \"error\": \"users_not_found\"}")));
        slack.stubFor(post(urlPathEqualTo("/api/conversations.open"))
                .willReturn(okJson("{\"ok\": true, \"channel\": {\"id\": \"D0DM00001\"}}")));
        slack.stubFor(post(urlPathEqualTo("/api/chat.postMessage"))
                .willReturn(okJson("{\"ok\": true, \"channel\": \"D0DM00001\", \"ts\": \"1764489602.000200\"}")));
        Files.writeString(dir.resolve("roles.yaml"), ROLES);
        Files.writeString(dir.resolve("people.json"), PEOPLE);
        Cli scan = Cli.runWith(environment(), "scan", "--directory", dir.resolve("people.json").toString(), "--roles",
                dir.resolve("roles.yaml").toString(), "--state", state(), "--as-of", "2026-11-30");
        assertThat(scan.exitCode()).as(scan.err()).isZero();
    }

    @AfterEach
    void stop() {
        slack.stop();
    }

    private String state() {
        return dir.resolve("state").toString();
    }

    private Map<String, String> environment() {
        Map<String, String> environment = new HashMap<>();
        environment.put("SLACK_BOT_TOKEN", "xoxb-test");
        environment.put("ROLECALL_SLACK_API_URL", slack.baseUrl() + "/api/");
        environment.put("ROLECALL_ALLOW_FUTURE_AS_OF", "1");
        return environment;
    }

    private Cli notifyWith(Map<String, String> environment) {
        return Cli.runWith(environment, "notify", "--state", state(), "--as-of", "2026-11-30", "--public-url",
                "https://roles.acme.example", "--out", dir.resolve("outbox").toString());
    }

    @Test
    void holdersGetTheirNoticesAsDirectMessagesOnceAndSomeoneSlackDoesNotKnowIsCounted() throws Exception {
        Cli first = notifyWith(environment());
        Cli again = notifyWith(environment());

        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out()).contains("3 first notices and 0 reminders written to",
                "Slack: 2 delivered; 1 not on Slack (bea@acme.example has no active Slack account that RoleCall can "
                        + "reach (users_not_found)).");
        slack.verify(2, postRequestedFor(urlPathEqualTo("/api/chat.postMessage"))
                .withRequestBody(matchingJsonPath("$.blocks[2].accessory.url",
                        com.github.tomakehurst.wiremock.client.WireMock.matching(
                                "https://roles\\.acme\\.example/ack/[A-Za-z0-9_-]+"))));
        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).doesNotContain("Slack:");
        slack.verify(2, postRequestedFor(urlPathEqualTo("/api/chat.postMessage")));

        Path pack = dir.resolve("pack.zip");
        // Deliveries are dated when they went out, by the clock: the period runs to today.
        Cli evidence = Cli.runWith(environment(), "evidence", "--state", state(), "--from", "2026-11-01", "--to",
                java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString(), "--out", pack.toString());
        assertThat(evidence.exitCode()).as(evidence.err()).isZero();
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(pack.toFile())) {
            String csv = new String(zip.getInputStream(zip.getEntry("deliveries.csv")).readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8);
            assertThat(csv.lines().skip(1).toList()).as("each direct message, to whom and its id").hasSize(2)
                    .allSatisfy(row -> assertThat(row).startsWith("slack,notice-2026-11-30-")
                            .contains(",W0", "D0DM00001/1764489602.000200"));
        }
    }

    @Test
    void theWeeklysDigestGoesToTheChannelOnceAndAPreviewSendsNothing() {
        String outbox = dir.resolve("outbox").toString();
        Cli preview = Cli.runWith(environment(), "report", "weekly", "--preview", "--state", state(), "--as-of",
                "2026-11-30", "--out", outbox);
        Cli weekly = Cli.runWith(environment(), "report", "weekly", "--state", state(), "--as-of", "2026-11-30",
                "--out", outbox);
        Cli again = Cli.runWith(environment(), "report", "weekly", "--state", state(), "--as-of", "2026-11-30",
                "--out", outbox);

        assertThat(preview.out()).doesNotContain("Slack:");
        assertThat(weekly.exitCode()).as(weekly.err()).isZero();
        assertThat(weekly.out()).contains("Slack: 1 delivered.");
        assertThat(again.out()).contains("Slack: 0 delivered, 1 delivered before.");
        slack.verify(1, postRequestedFor(urlPathEqualTo("/api/chat.postMessage"))
                .withRequestBody(matchingJsonPath("$.channel", equalTo("isms-weekly")))
                .withRequestBody(matchingJsonPath("$.blocks[0].text.text",
                        com.github.tomakehurst.wiremock.client.WireMock.containing("RoleCall weekly: Acme Ltd"))));
    }

    @Test
    void aRefusedTokenFailsSlackClearlyWhileTheEmailsAreWritten() {
        slack.stubFor(get(urlPathEqualTo("/api/users.lookupByEmail"))
                .willReturn(okJson("{\"ok\": false, \"error\": \"token_revoked\"}")));

        Cli notify = notifyWith(environment());

        assertThat(notify.exitCode()).isEqualTo(RoleCallCommand.EXIT_FAILURE);
        assertThat(notify.out()).contains("3 first notices and 0 reminders written to", "Slack: 0 delivered.");
        assertThat(notify.err()).contains("rolecall: Slack delivered nothing more: Slack refused the bot token "
                + "(token_revoked): set SLACK_BOT_TOKEN");
        slack.verify(0, postRequestedFor(urlPathEqualTo("/api/chat.postMessage")));
    }

    @Test
    void configCheckNamesTheMissingTokenAndNotifyWithoutItSaysSlackIsNotSetUp() {
        Map<String, String> none = Map.of("ROLECALL_ALLOW_FUTURE_AS_OF", "1");

        Cli check = Cli.runWith(none, "config", "check", dir.resolve("roles.yaml").toString());
        Cli checked = Cli.runWith(environment(), "config", "check", dir.resolve("roles.yaml").toString());
        Cli notify = notifyWith(none);

        assertThat(check.exitCode()).isEqualTo(RoleCallCommand.EXIT_INVALID_INPUT);
        assertThat(check.err()).contains("roles.yaml delivers to Slack (delivery.slack), but SLACK_BOT_TOKEN is not "
                + "set");
        assertThat(checked.exitCode()).as(checked.err()).isZero();
        assertThat(notify.exitCode()).isEqualTo(RoleCallCommand.EXIT_FAILURE);
        assertThat(notify.err()).contains("Slack delivered nothing more: roles.yaml delivers to slack, but it is not "
                + "set up here");
    }

    @Test
    void aSlackAddressThatIsNeitherHttpsNorLoopbackIsRefusedAfterTheEmails() {
        Map<String, String> environment = environment();
        environment.put("ROLECALL_SLACK_API_URL", "http://slack.example/api/");

        Cli notify = notifyWith(environment);

        assertThat(notify.exitCode()).isEqualTo(RoleCallCommand.EXIT_FAILURE);
        assertThat(notify.out()).contains("3 first notices and 0 reminders written to");
        assertThat(notify.err()).contains("ROLECALL_SLACK_API_URL must be https");
    }
}
