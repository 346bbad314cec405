package io.rolecall.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The nonconformity register and the findings list end to end on the local store: Acme scanned on
 * 2026-08-03 and again on 2026-09-15, when its August gaps are overdue and RoleCall raises NCs.
 */
class NcCommandTest {

    private static final String ACME = "../examples/acme/";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ADA = "ada@acme.example";

    @TempDir
    Path dir;
    private String state;

    @BeforeEach
    void scanAcmeInAugustAndSeptember() {
        state = dir.resolve("state").toString();
        for (String day : List.of("2026-08-03", "2026-09-15")) {
            assertThat(Cli.run("scan", "--directory", ACME + "history/directory-2026-08-03.json", "--roles",
                    ACME + "roles.yaml", "--state", state, "--as-of", day).exitCode()).isZero();
        }
    }

    private Cli nc(String... args) {
        List<String> all = new ArrayList<>(List.of("nc"));
        all.addAll(List.of(args));
        all.addAll(List.of("--state", state));
        return Cli.run(all.toArray(String[]::new));
    }

    private JsonNode list(String... args) throws Exception {
        List<String> all = new ArrayList<>(List.of("list", "--format", "json"));
        all.addAll(List.of(args));
        Cli list = nc(all.toArray(String[]::new));
        assertThat(list.exitCode()).as(list.err()).isZero();
        return JSON.readTree(list.out()).get("nonconformities");
    }

    private String findingOf(String kind) throws Exception {
        Cli findings = Cli.run("findings", "--state", state, "--format", "json");
        for (JsonNode finding : JSON.readTree(findings.out()).get("findings")) {
            if (finding.get("kind").asText().equals(kind)) {
                return finding.get("id").asText();
            }
        }
        throw new AssertionError("no " + kind + " finding in " + findings.out());
    }

    @Test
    void overdueGapsRaisedNumberedNonconformitiesListedInExactlyTheDocumentedShape() throws Exception {
        JsonNode register = list();

        assertThat(register).hasSize(12);
        JsonNode first = register.get(0);
        List<String> keys = new ArrayList<>();
        first.fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsExactly("id", "status", "source", "findingIds", "raisedOn", "description",
                "correction", "rootCause", "correctiveAction", "owner", "targetDate", "closedOn", "history");
        assertThat(first.get("id").asText()).isEqualTo("NC-2026-001");
        assertThat(register.get(11).get("id").asText()).isEqualTo("NC-2026-012");
        assertThat(register.get(10).get("findingIds")).as("the training of five holders: one NC").hasSize(5);
        assertThat(first.get("status").asText()).isEqualTo("OPEN");
        assertThat(first.get("source").asText()).isEqualTo("OVERDUE");
        assertThat(first.get("raisedOn").asText()).isEqualTo("2026-09-15");
        assertThat(first.get("owner").isNull()).isTrue();
        JsonNode entry = first.get("history").get(0);
        List<String> entryKeys = new ArrayList<>();
        entry.fieldNames().forEachRemaining(entryKeys::add);
        assertThat(entryKeys).containsExactly("on", "by", "change");
        assertThat(entry.get("by").asText()).isEqualTo("rolecall");

        Cli again = Cli.run("scan", "--directory", ACME + "history/directory-2026-08-03.json", "--roles",
                ACME + "roles.yaml", "--state", state, "--as-of", "2026-09-16");
        assertThat(again.out()).doesNotContain("raised");
        assertThat(list()).as("the same overdue gaps raise nothing new").hasSize(12);
    }

    @Test
    void aNonconformityMovesFromOpenToPlannedToTakenAndIsClosedByHandWithANoteAndForce() throws Exception {
        Cli partial = nc("update", "NC-2026-005", "--root-cause", "Service accounts were listed as backups",
                "--as-of", "2026-09-16", "--by", ADA);
        assertThat(partial.exitCode()).as(partial.err()).isZero();
        assertThat(partial.out()).contains("NC-2026-005: OPEN");

        Cli tooEarly = nc("update", "NC-2026-005", "--action-taken", "--as-of", "2026-09-16", "--by", ADA);
        assertThat(tooEarly.exitCode()).isEqualTo(2);
        assertThat(tooEarly.err()).contains("no complete plan yet", "its corrective action, its owner, its target date",
                "rolecall nc update ID --root-cause");

        Cli planned = nc("update", "NC-2026-005", "--action", "Name a person as backup", "--owner", "it-admin",
                "--target", "2026-10-15", "--correction", "Removed svc-backup", "--as-of", "2026-09-17", "--by", ADA);
        assertThat(planned.out()).contains("NC-2026-005: ACTION_PLANNED");

        Cli badOwner = nc("update", "NC-2026-005", "--owner", "ciso", "--as-of", "2026-09-17");
        assertThat(badOwner.exitCode()).isEqualTo(2);
        assertThat(badOwner.err()).contains("'ciso' is not a role of roles.yaml");

        Cli taken = nc("update", "NC-2026-005", "--action-taken", "--note", "Linus is the backup now",
                "--as-of", "2026-10-01", "--by", ADA);
        assertThat(taken.out()).contains("NC-2026-005: ACTION_TAKEN");

        Cli noNote = nc("close", "NC-2026-005", "--as-of", "2026-10-02", "--by", ADA);
        assertThat(noNote.exitCode()).isEqualTo(2);
        Cli noForce = nc("close", "NC-2026-005", "--note", "Done", "--as-of", "2026-10-02", "--by", ADA);
        assertThat(noForce.exitCode()).isEqualTo(2);
        assertThat(noForce.err()).contains("action was taken on 2026-10-01", "add --force");
        Cli closed = nc("close", "NC-2026-005", "--note", "Reviewed by Grace", "--force", "--as-of", "2026-10-02",
                "--by", ADA);
        assertThat(closed.exitCode()).as(closed.err()).isZero();

        JsonNode nc = list("--status", "CLOSED").get(0);
        assertThat(nc.get("id").asText()).isEqualTo("NC-2026-005");
        assertThat(nc.get("closedOn").asText()).isEqualTo("2026-10-02");
        assertThat(nc.get("correction").asText()).isEqualTo("Removed svc-backup");
        List<String> changes = new ArrayList<>();
        nc.get("history").forEach(e -> changes.add(e.get("on").asText() + " " + e.get("by").asText() + " "
                + e.get("change").asText()));
        assertThat(changes).contains("2026-09-17 ada@acme.example status: ACTION_PLANNED",
                "2026-10-01 ada@acme.example status: ACTION_TAKEN",
                "2026-10-01 ada@acme.example note: Linus is the backup now",
                "2026-10-02 ada@acme.example status: CLOSED: Reviewed by Grace");
        assertThat(list("--status", "OPEN")).hasSize(11);
    }

    @Test
    void withoutByTheChangeIsByTheOsUser() throws Exception {
        nc("update", "NC-2026-001", "--note", "Looking into it", "--as-of", "2026-09-16");

        JsonNode last = list().get(0).get("history").get(1);
        assertThat(last.get("by").asText()).isEqualTo(System.getProperty("user.name"));
    }

    @Test
    void aManualNonconformityNeedsAFindingNotYetCoveredAndItsCsvIsSafeInASpreadsheet() throws Exception {
        String concentration = findingOf("ROLE_REVIEW_OVERDUE");
        Cli raised = nc("raise", "--finding", concentration, "--note", "=HYPERLINK(\"http://x\",\"click\")",
                "--as-of", "2026-09-15", "--by", ADA);
        assertThat(raised.exitCode()).as(raised.err()).isZero();
        assertThat(raised.out()).contains("NC-2026-013");

        Cli twice = nc("raise", "--finding", concentration, "--as-of", "2026-09-15");
        assertThat(twice.exitCode()).isEqualTo(2);
        assertThat(twice.err()).contains("already in NC-2026-013");
        Cli unknown = nc("raise", "--finding", "f-0000", "--as-of", "2026-09-15");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("no finding has the id f-0000");

        Cli csv = nc("list", "--format", "csv");
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv.out())).getRecords();
        CSVRecord manual = rows.stream().filter(r -> r.get("id").equals("NC-2026-013")).findFirst().orElseThrow();
        assertThat(manual.get("source")).isEqualTo("MANUAL");
        assertThat(manual.get("description")).isEqualTo("'=HYPERLINK(\"http://x\",\"click\")");
        assertThat(manual.get("history")).doesNotStartWith("=");
    }

    @Test
    void showingAnUnknownNonconformitySaysHowToListThem() {
        Cli show = nc("show", "NC-2026-099");

        assertThat(show.exitCode()).isEqualTo(2);
        assertThat(show.err()).contains("there is no nonconformity NC-2026-099", "rolecall nc list");
    }

    @Test
    void findingsListsOpenByDefaultAndAcceptedOrAllOnRequest() throws Exception {
        JsonNode open = JSON.readTree(Cli.run("findings", "--state", state, "--format", "json").out()).get("findings");
        JsonNode accepted = JSON.readTree(Cli.run("findings", "--state", state, "--status", "ACCEPTED", "--format",
                "json").out()).get("findings");
        JsonNode all = JSON.readTree(Cli.run("findings", "--state", state, "--status", "ALL", "--format", "json")
                .out()).get("findings");

        assertThat(open).allSatisfy(f -> assertThat(f.get("status").asText()).isEqualTo("OPEN"));
        assertThat(accepted).extracting(f -> f.get("exceptionId").asText())
                .containsExactlyInAnyOrder("ada-holds-four-roles", "it-admin-backup-until-hire");
        assertThat(all.size()).isEqualTo(open.size() + accepted.size());
        Cli text = Cli.run("findings", "--state", state, "--status", "ACCEPTED");
        assertThat(text.out()).contains("ROLE_CONCENTRATION", "ada-holds-four-roles");
    }

    @Test
    void configCheckWithAStateWarnsOfAnExpiredExceptionByIdAndStillPasses() {
        Cli check = Cli.run("config", "check", ACME + "roles.yaml", "--state", state, "--as-of", "2026-11-30");

        assertThat(check.exitCode()).isZero();
        assertThat(check.out() + check.err()).contains("it-admin-backup-until-hire expired on 2026-10-31");
    }
}
