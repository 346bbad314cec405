package io.rolecall.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 'rolecall scan --hr bamboohr' against a BambooHR stub: the plug-in is found, its key read from the environment. */
class HrScanTest {

    private static final String ACME = "../examples/acme/";

    @TempDir
    Path dir;

    private WireMockServer bamboo;

    @BeforeEach
    void start() {
        bamboo = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
        bamboo.start();
        bamboo.stubFor(post(urlPathEqualTo("/api/v1/reports/custom")).willReturn(aResponse().withStatus(200)
                .withBody("""
                        {"employees": [
                          {"id": "1", "workEmail": "chen.wei@acme.example", "status": "Inactive",
                           "hireDate": "2023-02-01", "terminationDate": "2026-11-13"},
                          {"id": "2", "workEmail": "gina@acme.example", "status": "Active", "hireDate": "2022-09-12",
                           "terminationDate": "0000-00-00"},
                          {"id": "3", "workEmail": "frank@acme.example", "status": "Active",
                           "terminationDate": "2026-12-15"}]}
                        """)));
        bamboo.stubFor(get(urlPathEqualTo("/api/v1/time_off/requests")).willReturn(aResponse().withStatus(200)
                .withBody("[{\"id\": \"9\", \"employeeId\": \"2\", \"status\": {\"status\": \"approved\"}, "
                        + "\"start\": \"2026-12-21\", \"end\": \"2027-01-04\"}]")));
    }

    @AfterEach
    void stop() {
        bamboo.stop();
    }

    @Test
    void aScanReadsBambooHrBesideTheDirectoryAndFindsTheLeaverAndTheGap() {
        Map<String, String> environment = Map.of("BAMBOOHR_API_KEY", "k3y", "ROLECALL_BAMBOOHR_ROOT_URL",
                bamboo.baseUrl(), "ROLECALL_ALLOW_FUTURE_AS_OF", "1");

        Cli scan = Cli.runWith(environment, "scan", "--directory", ACME + "directory.json", "--roles",
                ACME + "roles.yaml", "--state", dir.resolve("state").toString(), "--as-of", "2026-11-30", "--hr",
                "bamboohr", "--hr-setting", "BAMBOOHR_COMPANY=acme");

        assertThat(scan.exitCode()).as(scan.err()).isZero();
        assertThat(scan.out()).contains("HR: 3 records from bamboohr:", "3 matched a directory account",
                "ACCOUNT_ACTIVE_AFTER_LEAVING", "chen.wei@acme.example",
                "From 2026-12-21 to 2027-01-04, nobody can act on People and HR Lead (people-lead)")
                .doesNotContain("k3y");

        Cli weekly = Cli.runWith(environment, "report", "weekly", "--state", dir.resolve("state").toString(), "--out",
                dir.resolve("outbox").toString(), "--as-of", "2026-11-30", "--preview");
        assertThat(weekly.exitCode()).as(weekly.err()).isZero();
        assertThat(readOutbox("weekly-2026-W49.txt")).contains("== COMING: LEAVERS AND DAYS WITHOUT COVER (",
                "  in 15 days (2026-12-15): Frank Miller (frank@acme.example) has an end date of 2026-12-15",
                "  in 21 days (2026-12-21): From 2026-12-21 to 2027-01-04, nobody can act on People and HR Lead");

        Cli quarterly = Cli.runWith(environment, "report", "quarterly", "--state", dir.resolve("state").toString(),
                "--out", dir.resolve("outbox").toString(), "--as-of", "2026-11-30", "--preview");
        assertThat(quarterly.exitCode()).as(quarterly.err()).isZero();
        assertThat(readOutbox("quarterly-2026-Q4.txt")).contains("Role-days ahead with nobody to act (goal 0)");
    }

    private String readOutbox(String file) {
        try {
            return java.nio.file.Files.readString(dir.resolve("outbox").resolve(file));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void theJsonSummarySaysHowTheHrRecordsJoinedTheDirectory() throws Exception {
        Map<String, String> environment = Map.of("BAMBOOHR_API_KEY", "k3y", "ROLECALL_BAMBOOHR_ROOT_URL",
                bamboo.baseUrl(), "ROLECALL_ALLOW_FUTURE_AS_OF", "1");

        Cli scan = Cli.runWith(environment, "scan", "--directory", ACME + "directory.json", "--roles",
                ACME + "roles.yaml", "--state", dir.resolve("state").toString(), "--as-of", "2026-11-30", "--hr",
                "bamboohr", "--hr-setting", "BAMBOOHR_COMPANY=acme", "--format", "json");

        assertThat(scan.exitCode()).as(scan.err()).isZero();
        var hr = new com.fasterxml.jackson.databind.ObjectMapper().readTree(scan.out()).get("summary").get("hr");
        java.util.List<String> keys = new java.util.ArrayList<>();
        hr.fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsExactly("source", "records", "matched", "withoutAccount", "peopleWithoutHr",
                "uncoveredRoleDays");
        assertThat(hr.get("uncoveredRoleDays").asInt()).as("people-lead, 2026-12-21 to 2027-01-04").isEqualTo(15);
        assertThat(hr.get("records").asInt()).isEqualTo(3);
        assertThat(hr.get("matched").asInt()).isEqualTo(3);
        assertThat(hr.get("peopleWithoutHr").asInt()).isEqualTo(37);
    }

    @Test
    void theApiKeyIsASecretThatTheCommandLineRefuses() {
        Cli scan = Cli.runWith(Map.of(), "scan", "--directory", ACME + "directory.json", "--roles",
                ACME + "roles.yaml", "--state", dir.resolve("state").toString(), "--hr", "bamboohr", "--hr-setting",
                "BAMBOOHR_API_KEY=k3y");

        assertThat(scan.exitCode()).isEqualTo(2);
        assertThat(scan.err()).contains("--hr-setting BAMBOOHR_API_KEY is a secret: set it in the environment")
                .doesNotContain("k3y");
    }
}
