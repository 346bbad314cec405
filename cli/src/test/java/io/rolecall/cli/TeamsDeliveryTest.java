package io.rolecall.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** roles.yaml's delivery.teams from the command line: the weekly's digest as a card to a Workflows webhook, once. */
class TeamsDeliveryTest {

    private static final String PATH = "/workflows/5f7c/triggers/manual/paths/invoke";
    private static final String ROLES = """
            version: 1
            organisation: Acme Ltd
            reporting: {complianceManagerRole: isms-manager, leadershipRole: top-management}
            delivery: {teams: {digests: true}}
            roles:
              - {id: top-management, name: Top Management, primary: [ceo@acme.example], backupRequired: false}
              - {id: isms-manager, name: ISMS Manager, primary: [ada@acme.example]}
            """;

    @TempDir
    Path dir;

    private WireMockServer teams;

    @BeforeEach
    void aWorkflowAndAScan() throws Exception {
        teams = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
        teams.start();
        teams.stubFor(post(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(202)));
        Files.writeString(dir.resolve("roles.yaml"), ROLES);
        Files.writeString(dir.resolve("people.json"), """
                {"people": [{"id": "1", "email": "ceo@acme.example", "name": "Cleo", "status": "ACTIVE"},
                            {"id": "2", "email": "ada@acme.example", "name": "Ada", "status": "ACTIVE"}]}
                """);
        assertThat(Cli.runWith(environment(), "scan", "--directory", dir.resolve("people.json").toString(), "--roles",
                dir.resolve("roles.yaml").toString(), "--state", state(), "--as-of", "2026-11-30").exitCode()).isZero();
    }

    @AfterEach
    void stop() {
        teams.stop();
    }

    private String state() {
        return dir.resolve("state").toString();
    }

    private Map<String, String> environment() {
        return Map.of("TEAMS_WORKFLOW_URL", teams.baseUrl() + PATH + "?api-version=2016-06-01&sig=abc",
                "ROLECALL_ALLOW_FUTURE_AS_OF", "1");
    }

    @Test
    void theWeeklysDigestIsPostedToTheWorkflowOnce() {
        String outbox = dir.resolve("outbox").toString();

        Cli weekly = Cli.runWith(environment(), "report", "weekly", "--state", state(), "--as-of", "2026-11-30",
                "--out", outbox);
        Cli again = Cli.runWith(environment(), "report", "weekly", "--state", state(), "--as-of", "2026-11-30",
                "--out", outbox);

        assertThat(weekly.exitCode()).as(weekly.err()).isZero();
        assertThat(weekly.out()).contains("Teams: 1 delivered.");
        assertThat(again.out()).contains("Teams: 0 delivered, 1 delivered before.");
        teams.verify(1, postRequestedFor(urlPathEqualTo(PATH))
                .withRequestBody(containing("application/vnd.microsoft.card.adaptive"))
                .withRequestBody(containing("RoleCall weekly: Acme Ltd")));
    }

    @Test
    void configCheckNamesTheMissingWorkflowAddressWithoutEverPrintingOne() {
        Cli check = Cli.runWith(Map.of(), "config", "check", dir.resolve("roles.yaml").toString());
        Cli plainHttp = Cli.runWith(Map.of("TEAMS_WORKFLOW_URL", "http://prod-01.westeurope.logic.azure.com/x?sig=s3",
                "ROLECALL_ALLOW_FUTURE_AS_OF", "1"), "report", "weekly", "--state", state(), "--as-of", "2026-11-30",
                "--out", dir.resolve("outbox").toString());

        assertThat(check.exitCode()).isEqualTo(RoleCallCommand.EXIT_INVALID_INPUT);
        assertThat(check.err()).contains("roles.yaml delivers to Microsoft Teams (delivery.teams), but "
                + "TEAMS_WORKFLOW_URL is not set");
        assertThat(plainHttp.exitCode()).as("the report was written; Teams was not").isEqualTo(
                RoleCallCommand.EXIT_FAILURE);
        assertThat(plainHttp.err()).contains("TEAMS_WORKFLOW_URL must be https").doesNotContain("s3");
    }
}
