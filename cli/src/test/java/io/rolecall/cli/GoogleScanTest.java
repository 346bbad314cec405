package io.rolecall.cli;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.rolecall.connector.file.ExportFileDirectorySource;
import io.rolecall.connector.google.testing.GoogleStub;
import io.rolecall.core.model.DirectorySnapshot;
import io.rolecall.core.model.Person;
import io.rolecall.core.model.PersonStatus;
import io.rolecall.core.model.PersonType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** rolecall scan --google-admin against a local stub of the Directory API and token endpoint. */
class GoogleScanTest {

    private static final String ACME = "../examples/acme/";

    @TempDir
    Path dir;

    private WireMockServer server;
    private GoogleStub google;
    private Path key;
    private Map<String, String> env;

    @BeforeEach
    void start() throws Exception {
        server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        server.start();
        google = new GoogleStub(server);
        google.tokenEndpoint("ya29.test");
        key = Files.writeString(dir.resolve("key.json"), google.serviceAccountKey());
        env = Map.of("ROLECALL_GOOGLE_ROOT_URL", google.rootUrl());
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    /** Acme's export as Workspace would hold it: leavers deleted, the suspended one suspended automatically. */
    private void serveAcmeFromWorkspace() {
        DirectorySnapshot acme = ExportFileDirectorySource.of(Path.of(ACME + "directory.json")).read();
        List<Map<String, Object>> live = new ArrayList<>();
        List<Map<String, Object>> deleted = new ArrayList<>();
        Map<String, List<String>> members = new HashMap<>();
        for (Person person : acme.people()) {
            Map<String, Object> user = GoogleStub.user(person.id(), person.email().value());
            user.put("name", Map.of("fullName", person.name()));
            Map<String, Object> organization = new HashMap<>();
            organization.put("primary", true);
            if (person.title() != null) {
                organization.put("title", person.title());
            }
            if (person.department() != null) {
                organization.put("department", person.department());
            }
            user.put("organizations", List.of(organization));
            if (person.manager() != null) {
                user.put("relations", List.of(Map.of("type", "manager", "value", person.manager().value())));
            }
            Map<String, Object> employment = new HashMap<>();
            if (person.endDate() != null) {
                employment.put("endDate", person.endDate().toString());
            }
            if (person.type() == PersonType.SERVICE) {
                employment.put("accountType", "service");
            }
            user.put("customSchemas", Map.of("Employment", employment));
            if (person.status() == PersonStatus.SUSPENDED) {
                user.putAll(Map.of("suspended", true, "suspensionReason", "WEB_LOGIN_REQUIRED"));
            }
            person.groups().forEach(g -> members.computeIfAbsent(g, k -> new ArrayList<>()).add(person.id()));
            (person.status() == PersonStatus.LEFT ? deleted : live).add(user);
        }
        google.users(live, deleted);
        members.forEach(google::group);
    }

    @Test
    void aScanOfWorkspaceFindsExactlyWhatTheSameExportFinds() throws Exception {
        serveAcmeFromWorkspace();

        Cli fromGoogle = Cli.runWith(env, "scan", "--google-admin", "grace@acme.example", "--google-credentials",
                key.toString(), "--roles", ACME + "roles.yaml", "--state", dir.resolve("google").toString(),
                "--as-of", "2026-11-30", "--format", "json", "--google-end-date-field", "Employment.endDate",
                "--google-service-field", "Employment.accountType=service");
        Cli fromExport = Cli.run("scan", "--directory", ACME + "directory.json", "--roles", ACME + "roles.yaml",
                "--state", dir.resolve("file").toString(), "--as-of", "2026-11-30", "--format", "json");

        assertThat(fromGoogle.exitCode()).as(fromGoogle.err()).isZero();
        JsonNode fromWorkspace = new ObjectMapper().readTree(fromGoogle.out());
        JsonNode file = new ObjectMapper().readTree(fromExport.out());
        assertThat(fromWorkspace.get("findings").size()).isGreaterThan(10);
        assertThat(fromWorkspace.get("findings")).isEqualTo(file.get("findings"));
        assertThat(fromWorkspace.get("summary")).isEqualTo(file.get("summary"));
        assertThat(fromGoogle.err()).contains("Google: read 40 users in");
    }

    @Test
    void theAdminNeedsAKeyFile() {
        Cli scan = Cli.runWith(env, "scan", "--google-admin", "grace@acme.example", "--roles", ACME + "roles.yaml",
                "--state", dir.resolve("state").toString());

        assertThat(scan.exitCode()).isEqualTo(2);
        assertThat(scan.err()).contains("--google-admin needs --google-credentials KEY.json");
        assertThat(dir.resolve("state")).doesNotExist();
    }
}
