package io.rolecall.cli;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.rolecall.connector.file.ExportFileDirectorySource;
import io.rolecall.connector.okta.testing.OktaStub;
import io.rolecall.core.model.DirectorySnapshot;
import io.rolecall.core.model.Person;
import io.rolecall.core.model.PersonStatus;
import io.rolecall.core.model.PersonType;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** rolecall scan --okta against a local stub of the Okta API. */
class OktaScanTest {

    private static final String ACME = "../examples/acme/";
    private static final Map<String, String> TOKEN = Map.of("OKTA_API_TOKEN", "00test-token");

    @TempDir
    Path dir;

    private WireMockServer server;
    private OktaStub okta;

    @BeforeEach
    void start() {
        server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        server.start();
        okta = new OktaStub(server, Instant.now());
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    /** Acme's export, as Okta would hold it: same people, statuses in Okta's terms, groups as Okta groups. */
    private void serveAcmeFromOkta() {
        DirectorySnapshot acme = ExportFileDirectorySource.of(Path.of(ACME + "directory.json")).read();
        Map<String, String> idByEmail = new HashMap<>();
        acme.people().forEach(p -> idByEmail.put(p.email().value(), p.id()));
        List<Map<String, Object>> listed = new ArrayList<>();
        List<Map<String, Object>> deprovisioned = new ArrayList<>();
        Map<String, List<String>> members = new HashMap<>();
        for (Person person : acme.people()) {
            String status = switch (person.status()) {
                case ACTIVE -> "ACTIVE";
                case SUSPENDED -> "SUSPENDED";
                case LEFT -> "DEPROVISIONED";
            };
            Map<String, Object> user = OktaStub.user(person.id(), person.email().value(), status);
            Map<String, Object> profile = OktaStub.profile(user);
            profile.put("displayName", person.name());
            profile.put("title", person.title());
            profile.put("department", person.department());
            if (person.manager() != null) {
                profile.put("managerId", idByEmail.get(person.manager().value()));
            }
            if (person.endDate() != null) {
                profile.put("endDate", person.endDate().toString());
            }
            if (person.type() == PersonType.SERVICE) {
                profile.put("userType", "Service");
            }
            person.groups().forEach(g -> members.computeIfAbsent(g, k -> new ArrayList<>()).add(person.id()));
            (person.status() == PersonStatus.LEFT ? deprovisioned : listed).add(user);
        }
        okta.users(listed, deprovisioned);
        int groupId = 0;
        for (Map.Entry<String, List<String>> group : members.entrySet()) {
            okta.group("00g" + groupId++, group.getKey(), group.getValue());
        }
        okta.noGroupNamed("awareness-champions");
    }

    @Test
    void aScanOfOktaFindsExactlyWhatTheSameExportFinds() throws Exception {
        serveAcmeFromOkta();

        Cli fromOkta = Cli.runWith(TOKEN, "scan", "--okta", okta.orgUrl(), "--roles", ACME + "roles.yaml",
                "--state", dir.resolve("okta").toString(), "--as-of", "2026-11-30", "--format", "json",
                "--okta-end-date-attribute", "endDate", "--okta-service-attribute", "userType=Service");
        Cli fromExport = Cli.run("scan", "--directory", ACME + "directory.json", "--roles", ACME + "roles.yaml",
                "--state", dir.resolve("file").toString(), "--as-of", "2026-11-30", "--format", "json");

        assertThat(fromOkta.exitCode()).as(fromOkta.err()).isZero();
        JsonNode okta = new ObjectMapper().readTree(fromOkta.out());
        JsonNode file = new ObjectMapper().readTree(fromExport.out());
        assertThat(okta.get("findings").size()).isGreaterThan(10);
        assertThat(okta.get("findings")).isEqualTo(file.get("findings"));
        assertThat(okta.get("summary")).isEqualTo(file.get("summary"));
        assertThat(fromOkta.err()).contains("Okta: read 40 users in");
    }

    @Test
    void withoutCredentialsTheScanSaysWhichVariablesToSet() {
        Cli scan = Cli.runWith(Map.of(), "scan", "--okta", okta.orgUrl(), "--roles", ACME + "roles.yaml",
                "--state", dir.resolve("state").toString());

        assertThat(scan.exitCode()).isEqualTo(2);
        assertThat(scan.err()).contains("no Okta credentials: set OKTA_CLIENT_ID and OKTA_PRIVATE_KEY",
                "or OKTA_API_TOKEN");
        assertThat(dir.resolve("state")).doesNotExist();
    }

    @Test
    void oktaAndAnExportFileAreMutuallyExclusive() {
        Cli scan = Cli.runWith(TOKEN, "scan", "--okta", okta.orgUrl(), "--directory", ACME + "directory.json",
                "--roles", ACME + "roles.yaml");

        assertThat(scan.exitCode()).isEqualTo(2);
        assertThat(scan.err()).contains("mutually exclusive");
    }

    @Test
    void anOktaFailureFailsTheScanAndStoresNothing() {
        server.stubFor(com.github.tomakehurst.wiremock.client.WireMock.any(
                com.github.tomakehurst.wiremock.client.WireMock.anyUrl()).willReturn(
                com.github.tomakehurst.wiremock.client.WireMock.aResponse().withStatus(401)
                        .withBody("{\"errorSummary\":\"Invalid token provided\"}")));

        Cli scan = Cli.runWith(TOKEN, "scan", "--okta", okta.orgUrl(), "--roles", ACME + "roles.yaml",
                "--state", dir.resolve("state").toString());

        assertThat(scan.exitCode()).isEqualTo(2);
        assertThat(scan.err()).contains("Okta rejected the credentials (HTTP 401: Invalid token provided)");
        assertThat(dir.resolve("state")).doesNotExist();
    }

    @Test
    void credentialsInTheOrgUrlAreRefusedAndNeverRepeated() {
        Cli scan = Cli.runWith(TOKEN, "scan", "--okta", "https://admin:S3cretPassw0rd@acme.okta.com", "--roles",
                ACME + "roles.yaml", "--state", dir.resolve("state").toString());

        assertThat(scan.exitCode()).isEqualTo(2);
        assertThat(scan.err()).contains("--okta holds a user name or password before the host",
                "OKTA_API_TOKEN").doesNotContain("S3cretPassw0rd", "admin:");
        assertThat(scan.err().lines()).hasSize(1);
        assertThat(dir.resolve("state")).doesNotExist();

        Cli query = Cli.runWith(TOKEN, "scan", "--okta", "https://acme.okta.com/?token=00secret", "--roles",
                ACME + "roles.yaml");
        assertThat(query.exitCode()).isEqualTo(2);
        assertThat(query.err()).contains("without a path, a query or a fragment").doesNotContain("00secret");
    }

    @Test
    void aMalformedPrivateKeyFileIsCalledMalformed() throws Exception {
        java.nio.file.Path key = java.nio.file.Files.writeString(dir.resolve("okta.pem"),
                "-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ!!!not-base64\n"
                        + "-----END PRIVATE KEY-----\n");

        Cli scan = Cli.runWith(Map.of("OKTA_CLIENT_ID", "0oa123", "OKTA_PRIVATE_KEY", key.toString()), "scan",
                "--okta", okta.orgUrl(), "--roles", ACME + "roles.yaml", "--state", dir.resolve("state").toString());

        assertThat(scan.exitCode()).isEqualTo(2);
        assertThat(scan.err()).contains("OKTA_PRIVATE_KEY " + key + ": the Okta private key file is malformed",
                "download the key again").doesNotContain("MIIEvQIBADANBg");
        assertThat(dir.resolve("state")).doesNotExist();
    }

    @Test
    void aReadPastItsDeadlineExitsTwoWithOneLineAndStoresNothing() {
        serveAcmeFromOkta();
        server.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(
                com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo("/api/v1/users")).atPriority(1)
                .willReturn(com.github.tomakehurst.wiremock.client.WireMock.aResponse().withStatus(200)
                        .withHeader("Content-Type", "application/json").withBody("[]")
                        .withChunkedDribbleDelay(2, 30_000)));

        Cli scan = Cli.runWith(TOKEN, "scan", "--okta", okta.orgUrl(), "--roles", ACME + "roles.yaml",
                "--state", dir.resolve("state").toString(), "--read-deadline-seconds", "1");

        assertThat(scan.exitCode()).isEqualTo(2);
        assertThat(scan.err().lines().filter(line -> line.startsWith("rolecall:")))
                .singleElement().asString().contains("did not finish within its deadline of 1 s");
        assertThat(scan.err()).doesNotContain("\tat ", "Exception");
        assertThat(dir.resolve("state")).doesNotExist();
    }
}
