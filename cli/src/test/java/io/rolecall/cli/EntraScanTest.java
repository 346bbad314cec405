package io.rolecall.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.rolecall.connector.entra.testing.GraphStub;
import io.rolecall.connector.file.ExportFileDirectorySource;
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
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** rolecall scan --entra against a local HTTPS stub of Microsoft Graph and the Entra ID token endpoint. */
class EntraScanTest {

    private static final String ACME = "../examples/acme/";

    @TempDir
    Path dir;

    private final GraphStub graph = new GraphStub();

    @AfterEach
    void stop() {
        graph.close();
    }

    private Map<String, String> env(String credentialKey, String credential) {
        Map<String, String> env = new HashMap<>();
        env.put("ENTRA_CLIENT_ID", GraphStub.CLIENT_ID);
        env.put(credentialKey, credential);
        env.put("ROLECALL_GRAPH_ROOT_URL", graph.root().toString());
        env.put("ROLECALL_ENTRA_AUTHORITY_URL", graph.root().toString());
        return env;
    }

    /** Acme's export as Entra ID holds it: leavers in the recycle bin, service accounts by employeeType. */
    private void serveAcmeFromEntra() {
        DirectorySnapshot acme = ExportFileDirectorySource.of(Path.of(ACME + "directory.json")).read();
        Map<String, String> idByEmail = new HashMap<>();
        acme.people().forEach(p -> idByEmail.put(p.email().value(), p.id()));
        List<Map<String, Object>> users = new ArrayList<>();
        List<Map<String, Object>> deleted = new ArrayList<>();
        Map<String, List<String>> members = new TreeMap<>();
        for (Person person : acme.people()) {
            Map<String, Object> user = GraphStub.user(person.id(), person.email().value(), person.name(),
                    person.status() != PersonStatus.SUSPENDED);
            user = GraphStub.with(user, "jobTitle", person.title());
            user = GraphStub.with(user, "department", person.department());
            if (person.manager() != null) {
                user = GraphStub.managedBy(user, idByEmail.get(person.manager().value()), person.manager().value());
            }
            if (person.endDate() != null) {
                user = GraphStub.with(user, "employeeLeaveDateTime", person.endDate() + "T00:00:00Z");
            }
            if (person.type() == PersonType.SERVICE) {
                user = GraphStub.with(user, "employeeType", "Service");
            }
            person.groups().forEach(g -> members.computeIfAbsent(g, k -> new ArrayList<>()).add(person.id()));
            (person.status() == PersonStatus.LEFT ? deleted : users).add(user);
        }
        graph.issuesTokens().users(GraphStub.pagesOf(users, 7)).deletedUsers(List.of(deleted));
        int n = 0;
        for (Map.Entry<String, List<String>> group : members.entrySet()) {
            graph.group(group.getKey(), "00000000-0000-4000-8000-0000000000" + (10 + n++), group.getValue());
        }
        graph.noGroup("awareness-champions");
    }

    @Test
    void aScanOfEntraIdWithACertificateFindsExactlyWhatTheSameExportFinds() throws Exception {
        serveAcmeFromEntra();
        Path pem = Files.writeString(dir.resolve("rolecall-app.pem"), GraphStub.appCertificatePem());

        Cli fromEntra = Cli.runWith(env("ENTRA_CLIENT_CERTIFICATE", pem.toString()), "scan", "--entra",
                GraphStub.TENANT, "--roles", ACME + "roles.yaml", "--state", dir.resolve("entra").toString(),
                "--as-of", "2026-11-30", "--format", "json");
        Cli fromExport = Cli.run("scan", "--directory", ACME + "directory.json", "--roles", ACME + "roles.yaml",
                "--state", dir.resolve("file").toString(), "--as-of", "2026-11-30", "--format", "json");

        assertThat(fromEntra.exitCode()).as(fromEntra.err()).isZero();
        JsonNode entra = new ObjectMapper().readTree(fromEntra.out());
        JsonNode file = new ObjectMapper().readTree(fromExport.out());
        assertThat(entra.get("findings").size()).isGreaterThan(10);
        assertThat(entra.get("findings")).isEqualTo(file.get("findings"));
        assertThat(entra.get("summary")).isEqualTo(file.get("summary"));
        assertThat(fromEntra.err()).contains("Entra ID: read 40 users in");
    }

    /** The plug-in seam from the command line: any provider by name, settings by their keys. */
    @Test
    void theGenericProviderOptionsReadTheSameTenantAndNameWhatIsMissing() throws Exception {
        serveAcmeFromEntra();
        Map<String, String> env = env("ENTRA_CLIENT_SECRET", GraphStub.SECRET);

        Cli generic = Cli.runWith(env, "scan", "--provider", "entra", "--provider-setting",
                "ENTRA_TENANT_ID=" + GraphStub.TENANT, "--roles", ACME + "roles.yaml", "--state",
                dir.resolve("generic").toString(), "--as-of", "2026-11-30", "--format", "json");
        Cli flag = Cli.runWith(env, "scan", "--entra", GraphStub.TENANT, "--roles", ACME + "roles.yaml", "--state",
                dir.resolve("flag").toString(), "--as-of", "2026-11-30", "--format", "json");
        Cli unknown = Cli.runWith(env, "scan", "--provider", "workday", "--roles", ACME + "roles.yaml");
        Cli missing = Cli.runWith(env, "scan", "--provider", "entra", "--roles", ACME + "roles.yaml", "--state",
                dir.resolve("missing").toString());

        assertThat(generic.exitCode()).as(generic.err()).isZero();
        assertThat(new ObjectMapper().readTree(generic.out()).get("findings"))
                .isEqualTo(new ObjectMapper().readTree(flag.out()).get("findings"));
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("'workday' is not a directory provider; use entra, export, google, okta");
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("ENTRA_TENANT_ID is not set", "--provider-setting KEY=VALUE");
        assertThat(dir.resolve("missing")).doesNotExist();
    }

    @Test
    void aProviderSettingWithoutKeyEqualsAnUnknownKeyOrASecretIsRefusedWithoutRepeatingTheValue() {
        String secret = "s3cr3t-" + GraphStub.SECRET;
        Cli colon = Cli.run("scan", "--provider", "entra", "--provider-setting", "ENTRA_CLIENT_SECRET:" + secret,
                "--roles", ACME + "roles.yaml", "--state", dir.resolve("colon").toString());
        Cli typo = Cli.run("scan", "--provider", "entra", "--provider-setting", "ENTRA_TENNANT_ID=contoso",
                "--roles", ACME + "roles.yaml", "--state", dir.resolve("typo").toString());
        Cli onCommandLine = Cli.run("scan", "--provider", "entra", "--provider-setting", "ENTRA_CLIENT_SECRET="
                + secret, "--roles", ACME + "roles.yaml", "--state", dir.resolve("secret").toString());

        for (Cli refused : List.of(colon, typo, onCommandLine)) {
            assertThat(refused.exitCode()).isEqualTo(2);
            assertThat(refused.err()).doesNotContain(secret).startsWith("rolecall: ");
        }
        assertThat(colon.err()).contains("--provider-setting takes KEY=VALUE", "not repeated here");
        assertThat(typo.err()).contains("--provider-setting ENTRA_TENNANT_ID is not a setting of the entra directory "
                + "source; its settings are ", "ENTRA_TENANT_ID");
        assertThat(onCommandLine.err()).contains("ENTRA_CLIENT_SECRET is a secret: set it in the environment");
        assertThat(dir.resolve("colon")).doesNotExist();
    }

    @Test
    void withoutCredentialsTheScanSaysWhichVariablesToSetAndStoresNothing() {
        Cli noClient = Cli.runWith(Map.of(), "scan", "--entra", GraphStub.TENANT, "--roles", ACME + "roles.yaml",
                "--state", dir.resolve("state").toString());
        Cli noCredential = Cli.runWith(Map.of("ENTRA_CLIENT_ID", GraphStub.CLIENT_ID), "scan", "--entra",
                GraphStub.TENANT, "--roles", ACME + "roles.yaml", "--state", dir.resolve("state").toString());

        assertThat(noClient.exitCode()).isEqualTo(2);
        assertThat(noClient.err()).contains("--entra needs ENTRA_CLIENT_ID");
        assertThat(noCredential.exitCode()).isEqualTo(2);
        assertThat(noCredential.err()).contains("no Entra ID credentials: set ENTRA_CLIENT_CERTIFICATE",
                "or ENTRA_CLIENT_SECRET");
        assertThat(dir.resolve("state")).doesNotExist();
    }

    @Test
    void aRefusedSecretFailsTheScanStoresNothingAndNeverShowsTheSecret() {
        graph.refusesTokens();

        Cli scan = Cli.runWith(env("ENTRA_CLIENT_SECRET", "wrong-s3cret-value"), "scan", "--entra", GraphStub.TENANT,
                "--roles", ACME + "roles.yaml", "--state", dir.resolve("state").toString());

        assertThat(scan.exitCode()).isEqualTo(2);
        assertThat(scan.err()).contains("Entra ID refused RoleCall's credentials", "AADSTS7000215")
                .doesNotContain("wrong-s3cret-value");
        assertThat(dir.resolve("state")).doesNotExist();
    }

    @Test
    void aTenantThatIsNotAnIdOrADomainIsRefusedBeforeAnyRequest() {
        Cli scan = Cli.runWith(env("ENTRA_CLIENT_SECRET", "x"), "scan", "--entra", "https://login.example/x",
                "--roles", ACME + "roles.yaml", "--state", dir.resolve("state").toString());

        assertThat(scan.exitCode()).isEqualTo(2);
        assertThat(scan.err()).contains("the tenant must be the directory (tenant) id");
        assertThat(graph.server().getAllServeEvents()).isEmpty();
    }
}
