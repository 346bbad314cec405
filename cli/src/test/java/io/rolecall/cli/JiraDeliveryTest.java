package io.rolecall.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * roles.yaml's delivery.jira from the command line, against a stub of Jira Cloud: each new HIGH gap
 * becomes exactly one issue, a repeated scan makes none, and the fix of the gap comments on it.
 */
class JiraDeliveryTest {

    private static final String ROLES = """
            version: 1
            organisation: Acme Ltd
            reporting: {complianceManagerRole: isms-manager, leadershipRole: top-management}
            delivery: {jira: {project: SEC, severities: [HIGH]}}
            roles:
              - {id: top-management, name: Top Management, primary: [ceo@acme.example], backupRequired: false, lastReviewed: 2026-10-01}
              - {id: isms-manager, name: ISMS Manager, primary: [ada@acme.example], backup: [bea@acme.example], lastReviewed: 2026-10-01}
              - {id: dpo, name: DPO, primary: [], backupRequired: false, lastReviewed: 2026-10-01}
            """;

    @TempDir
    Path dir;

    private WireMockServer jira;

    @BeforeEach
    void jiraAndTheFiles() throws Exception {
        jira = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
        jira.start();
        // Empty until the issue exists; then the search finds it, as Jira's would.
        jira.stubFor(post(urlPathEqualTo("/rest/api/3/search/jql")).inScenario("issue")
                .whenScenarioStateIs(Scenario.STARTED).willReturn(okJson("{\"issues\": [], \"isLast\": true}")));
        jira.stubFor(post(urlPathEqualTo("/rest/api/3/issue")).inScenario("issue")
                .whenScenarioStateIs(Scenario.STARTED).willSetStateTo("created").willReturn(aResponse().withStatus(201)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"id\": \"10068\", \"key\": \"SEC-24\", \"self\": \"x\"}")));
        jira.stubFor(post(urlPathEqualTo("/rest/api/3/search/jql")).inScenario("issue")
                .whenScenarioStateIs("created").willReturn(okJson("{\"issues\": [{\"id\": \"10068\", "
                        + "\"key\": \"SEC-24\"}], \"isLast\": true}")));
        jira.stubFor(post(urlPathEqualTo("/rest/api/3/issue/SEC-24/comment")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody("{\"id\": \"10010\"}")));
        Files.writeString(dir.resolve("people.json"), """
                {"people": [{"id": "1", "email": "ceo@acme.example", "name": "Cleo", "status": "ACTIVE"},
                            {"id": "2", "email": "ada@acme.example", "name": "Ada", "status": "ACTIVE"},
                            {"id": "3", "email": "bea@acme.example", "name": "Bea", "status": "ACTIVE"}]}
                """);
    }

    @AfterEach
    void stop() {
        jira.stop();
    }

    private Cli scan(String roles, String day) throws Exception {
        Files.writeString(dir.resolve("roles.yaml"), roles);
        return Cli.runWith(Map.of("JIRA_BASE_URL", jira.baseUrl(), "JIRA_EMAIL", "rolecall@acme.example",
                "JIRA_API_TOKEN", "ATATT3x", "ROLECALL_ALLOW_FUTURE_AS_OF", "1"), "scan", "--directory",
                dir.resolve("people.json").toString(), "--roles", dir.resolve("roles.yaml").toString(), "--state",
                dir.resolve("state").toString(), "--as-of", day);
    }

    @Test
    void aNewHighGapIsOneIssueARepeatedScanMakesNoneAndItsFixComments() throws Exception {
        Cli first = scan(ROLES, "2026-11-30");
        Cli again = scan(ROLES, "2026-11-30");

        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out()).contains("Jira: 1 delivered.");
        assertThat(again.out()).doesNotContain("Jira: 1 delivered");
        jira.verify(1, postRequestedFor(urlPathEqualTo("/rest/api/3/issue"))
                .withRequestBody(matchingJsonPath("$.fields.summary", WireMock.equalTo(
                        "[HIGH] No active primary holder: dpo")))
                .withRequestBody(matchingJsonPath("$.fields.labels[0]", WireMock.equalTo("rolecall"))));

        Cli fixed = scan(ROLES.replace("primary: [], backupRequired: false", "primary: [bea@acme.example], "
                + "backupRequired: false"), "2026-12-01");

        assertThat(fixed.exitCode()).as(fixed.err()).isZero();
        assertThat(fixed.out()).contains("Jira: 1 delivered.");
        jira.verify(1, postRequestedFor(urlPathEqualTo("/rest/api/3/issue/SEC-24/comment")));
        jira.verify(1, postRequestedFor(urlPathEqualTo("/rest/api/3/issue")));
    }

    @Test
    void withoutItsCredentialsConfigCheckNamesEachMissingVariable() throws Exception {
        Files.writeString(dir.resolve("roles.yaml"), ROLES);

        Cli check = Cli.runWith(Map.of("JIRA_BASE_URL", "https://acme.atlassian.net"), "config", "check",
                dir.resolve("roles.yaml").toString());

        assertThat(check.exitCode()).isEqualTo(RoleCallCommand.EXIT_INVALID_INPUT);
        assertThat(check.err()).contains("roles.yaml delivers to Jira (delivery.jira), but JIRA_EMAIL and "
                + "JIRA_API_TOKEN are not set");
    }
}
