package io.rolecall.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ISMS calendar end to end on the local store, with Acme's activities and training. */
class CalendarCommandTest {

    private static final String ACME = "../examples/acme/";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;
    private String state;

    @BeforeEach
    void scanAcme() {
        state = dir.resolve("state").toString();
        assertThat(Cli.run("scan", "--directory", ACME + "directory.json", "--roles", ACME + "roles.yaml",
                "--state", state, "--as-of", "2026-11-30").exitCode()).isZero();
    }

    private Map<String, JsonNode> activities() throws Exception {
        JsonNode json = JSON.readTree(Cli.run("calendar", "--state", state, "--as-of", "2026-11-30", "--format",
                "json").out());
        return java.util.stream.StreamSupport.stream(json.get("activities").spliterator(), false)
                .collect(Collectors.toMap(a -> a.get("id").asText(), a -> a));
    }

    @Test
    void theCalendarCountsNextDueFromLastDoneAndAnActivityDoneMovesIt() throws Exception {
        JsonNode audit = activities().get("internal-audit");
        assertThat(audit.get("lastDone").asText()).isEqualTo("2025-10-20");
        assertThat(audit.get("nextDue").asText()).isEqualTo("2026-10-20");
        assertThat(audit.get("status").asText()).isEqualTo("OVERDUE");
        assertThat(audit.get("owner").asText()).isEqualTo("Ada Lovelace (ada@acme.example)");
        assertThat(activities().get("management-review").get("status").asText()).isEqualTo("OK");

        Cli done = Cli.run("activity", "done", "internal-audit", "--on", "2026-11-27", "--evidence",
                "https://wiki.acme.example/audit-2026", "--by", "olga@acme.example", "--state", state, "--as-of",
                "2026-11-30");

        assertThat(done.exitCode()).as(done.err()).isZero();
        assertThat(done.out()).contains("Recorded Internal audit (internal-audit) as done on 2026-11-27",
                "next due 2027-11-27");
        JsonNode after = activities().get("internal-audit");
        assertThat(after.get("status").asText()).isEqualTo("OK");
        assertThat(after.get("evidence").asText()).isEqualTo("https://wiki.acme.example/audit-2026");
        Cli scan = Cli.run("scan", "--directory", ACME + "directory.json", "--roles", ACME + "roles.yaml",
                "--state", state, "--as-of", "2026-11-30", "--format", "json");
        assertThat(JSON.readTree(scan.out()).get("findings")).noneMatch(f -> "internal-audit".equals(
                f.get("activityId").asText(null)));
    }

    @Test
    void anUnknownActivityAFutureDayOrNoEvidenceIsRefusedWithTheFix() {
        Cli unknown = Cli.run("activity", "done", "pen-test", "--on", "2026-11-27", "--evidence", "x", "--state",
                state, "--as-of", "2026-11-30");
        Cli future = Cli.run("activity", "done", "internal-audit", "--on", "2026-12-01", "--evidence", "x",
                "--state", state, "--as-of", "2026-11-30");
        Cli empty = Cli.run("activity", "done", "internal-audit", "--on", "2026-11-27", "--evidence", " ",
                "--state", state, "--as-of", "2026-11-30");

        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("'pen-test' is not an activity of roles.yaml", "internal-audit");
        assertThat(future.exitCode()).isEqualTo(2);
        assertThat(future.err()).contains("the day given, 2026-12-01, is after the day this command counts as (2026-11-30)");
        assertThat(empty.exitCode()).isEqualTo(2);
        assertThat(empty.err()).contains("the evidence is empty");
    }

    @Test
    void anImportWithAnyBadRowStoresNothingAndNamesEachLine() throws Exception {
        Path csv = Files.writeString(dir.resolve("lms.csv"), """
                person,role,completedOn,evidence
                dan@acme.example,incident-response-lead,2026-11-02,cert 1
                dan@acme,incident-response-lead,2026-11-02,cert 2
                olga@acme.example,it-admin,2026-11-02,cert 3
                olga@acme.example,internal-auditor,02/11/2026,cert 4
                ada@acme.example,internal-auditor,2026-11-02,
                """);

        Cli imported = Cli.run("training", "import", csv.toString(), "--state", state, "--as-of", "2026-11-30");

        assertThat(imported.exitCode()).isEqualTo(2);
        assertThat(imported.err()).contains("4 problems; nothing was stored",
                "lms.csv line 3: person 'dan@acme' is not an email address",
                "lms.csv line 4: role 'it-admin' has no training in roles.yaml",
                "lms.csv line 5: completedOn '02/11/2026' is not a date; write YYYY-MM-DD",
                "lms.csv line 6: evidence is empty");
        JsonNode training = JSON.readTree(Cli.run("calendar", "--state", state, "--as-of", "2026-11-30", "--format",
                "json").out()).get("training");
        assertThat(training).allSatisfy(t -> assertThat(t.get("lastDone").isNull()).isTrue());
        Cli badHeader = Cli.run("training", "import", Files.writeString(dir.resolve("h.csv"),
                "email,role,date,evidence\n").toString(), "--state", state);
        assertThat(badHeader.exitCode()).isEqualTo(2);
        assertThat(badHeader.err()).contains("h.csv line 1: the header is email,role,date,evidence",
                "person,role,completedOn,evidence");
    }

    @Test
    void aGoodImportResolvesTheTrainingFindingsAndAgainChangesNothing() throws Exception {
        Path csv = Files.writeString(dir.resolve("lms.csv"), """
                person,role,completedOn,evidence
                dan@acme.example,incident-response-lead,2026-11-02,"LMS IR-101, certificate 9"
                ada@acme.example,internal-auditor,2026-10-01,https://lms/c/1
                olga@acme.example,internal-auditor,2026-10-01,https://lms/c/2
                """);

        Cli first = Cli.run("training", "import", csv.toString(), "--state", state, "--as-of", "2026-11-30");
        Cli again = Cli.run("training", "import", csv.toString(), "--state", state, "--as-of", "2026-11-30");
        Cli scan = Cli.run("scan", "--directory", ACME + "directory.json", "--roles", ACME + "roles.yaml",
                "--state", state, "--as-of", "2026-11-30", "--format", "json");

        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out()).contains("Recorded 3 training completions").doesNotContain("warning");
        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).startsWith("Recorded 0 training completions in the state in " + state
                + "; 3 had been recorded before.");
        assertThat(JSON.readTree(scan.out()).get("findings"))
                .noneMatch(f -> f.get("kind").asText().equals("TRAINING_OVERDUE"));
        JsonNode dan = JSON.readTree(Cli.run("calendar", "--state", state, "--as-of", "2026-11-30", "--format",
                "json").out()).get("training").get(0);
        assertThat(dan.get("evidence").asText()).isEqualTo("LMS IR-101, certificate 9");
    }

    @Test
    void repeatedRowsAreCountedAsKeptOnceAndSomeoneNoScanHasSeenIsAWarning() throws Exception {
        Path csv = Files.writeString(dir.resolve("lms.csv"), """
                person,role,completedOn,evidence
                dan@acme.example,incident-response-lead,2026-11-02,https://lms/c/9
                dan@acme.example,incident-response-lead,2026-11-02,https://lms/c/9
                dna@acme.example,incident-response-lead,2026-11-02,https://lms/c/10
                """);

        Cli imported = Cli.run("training", "import", csv.toString(), "--state", state, "--as-of", "2026-11-30");

        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("Recorded 2 training completions in the state in " + state
                + "; 1 row repeated another and was kept once.", "warning: dna@acme.example has not been in the "
                + "directory of any scan");
        assertThat(JSON.readTree(Cli.run("calendar", "--state", state, "--as-of", "2026-11-30", "--format", "json")
                .out()).toString()).contains("https://lms/c/9");
    }

    @Test
    void theIcsFeedIsAValidCalendarWithOneEventPerNextDueDate() throws Exception {
        Path file = dir.resolve("feed/isms.ics");
        Cli ics = Cli.run("calendar", "--state", state, "--as-of", "2026-11-30", "--format", "ics", "--out",
                file.toString());

        assertThat(ics.exitCode()).as(ics.err()).isZero();
        String feed = Files.readString(file);
        assertThat(feed.split("\r\n", -1)).as("CRLF line ends, each line at most 75 octets").allSatisfy(line -> {
            assertThat(line).doesNotContain("\n");
            assertThat(line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
        });
        Cli stdout = Cli.run("calendar", "--state", state, "--as-of", "2026-11-30", "--format", "ics");
        assertThat(stdout.out()).as("on standard output, the same bytes: CRLF kept").isEqualTo(feed);
        Calendar calendar = new CalendarBuilder().build(new StringReader(feed));
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        assertThat(events).hasSize(6);
        VEvent audit = events.stream().filter(e -> e.getProperty(Property.UID).orElseThrow().getValue()
                .startsWith("internal-audit-")).findFirst().orElseThrow();
        assertThat(audit.getProperty(Property.DTSTART).orElseThrow().getValue()).isEqualTo("20261020");
        assertThat(audit.getProperty(Property.SUMMARY).orElseThrow().getValue()).isEqualTo("Internal audit (overdue)");
        assertThat(audit.getProperty(Property.DESCRIPTION).orElseThrow().getValue())
                .contains("Owner: internal-auditor (Ada Lovelace (ada@acme.example))", "Reference: ISO/IEC 27001:2022 9.2");
        VEvent risk = events.stream().filter(e -> e.getProperty(Property.UID).orElseThrow().getValue()
                .startsWith("risk-assessment-")).findFirst().orElseThrow();
        assertThat(risk.getProperty(Property.DESCRIPTION).orElseThrow().getValue())
                .as("commas and semicolons escaped, and read back whole").contains("Reference: ISO/IEC 27001:2022 6.1.2, 8.2");
    }
}
