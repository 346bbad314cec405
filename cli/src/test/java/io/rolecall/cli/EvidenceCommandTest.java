package io.rolecall.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.rolecall.core.model.ContentHash;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The auditor's evidence pack from Acme's state: every file opens, and the same pack is the same bytes. */
class EvidenceCommandTest {

    private static final String ACME = "../examples/acme/";
    private static final String FORMULA = "=HYPERLINK(\"http://evil.example\",\"x\")";

    @TempDir
    Path dir;
    private String state;
    private static final String PAGES = "https://roles.acme.example";

    @BeforeEach
    void acmeThroughAutumn() throws Exception {
        state = dir.resolve("state").toString();
        Path roles = Files.writeString(dir.resolve("roles.yaml"), Files.readString(Path.of(ACME + "roles.yaml"))
                .replace("description: Keeps the ISMS conformant and reports its performance to top management",
                        "description: '" + FORMULA.replace("'", "''") + "'"));
        assertThat(Cli.run("scan", "--directory", ACME + "history/directory-2026-08-03.json", "--roles",
                roles.toString(), "--state", state, "--as-of", "2026-08-03").exitCode()).isZero();
        assertThat(Cli.run("training", "import", ACME + "training.csv", "--state", state, "--as-of", "2026-08-03")
                .exitCode()).isZero();
        assertThat(Cli.run("notify", "--state", state, "--as-of", "2026-08-03", "--public-url", PAGES, "--out",
                dir.resolve("notices").toString()).exitCode()).isZero();
        assertThat(Cli.run("scan", "--directory", ACME + "directory.json", "--roles", roles.toString(), "--state",
                state, "--as-of", "2026-11-30").exitCode()).isZero();
        assertThat(Cli.run("notify", "--state", state, "--as-of", "2026-11-30", "--public-url", PAGES, "--out",
                dir.resolve("notices").toString()).exitCode()).isZero();
        String outbox = dir.resolve("outbox").toString();
        for (String kind : List.of("weekly", "quarterly")) {
            Cli report = Cli.run("report", kind, "--state", state, "--as-of", "2026-11-30", "--out", outbox);
            assertThat(report.exitCode()).as(report.err()).isZero();
        }
        Cli preview = Cli.run("report", "weekly", "--preview", "--state", state, "--as-of", "2026-11-30", "--out",
                dir.resolve("preview").toString());
        assertThat(preview.exitCode()).as(preview.err()).isZero();
    }

    private Map<String, byte[]> pack(String name) throws Exception {
        Path zip = dir.resolve(name);
        Cli evidence = Cli.run("evidence", "--state", state, "--from", "2026-07-01", "--to", "2026-11-30", "--out",
                zip.toString());
        assertThat(evidence.exitCode()).as(evidence.err()).isZero();
        assertThat(evidence.out()).contains("Wrote the evidence pack of Acme Ltd for 2026-07-01 to 2026-11-30",
                "2 reports as sent");
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipFile file = new ZipFile(zip.toFile())) {
            for (ZipEntry entry : java.util.Collections.list(file.entries())) {
                assertThat(entry.getTimeLocal()).isEqualTo(LocalDateTime.of(2026, 11, 30, 0, 0));
                files.put(entry.getName(), file.getInputStream(entry).readAllBytes());
            }
        }
        return files;
    }

    @Test
    void theSamePeriodOnTheSameStateGivesTheSameBytes() throws Exception {
        pack("first.zip");
        Thread.sleep(1100);
        pack("second.zip");

        assertThat(Files.readAllBytes(dir.resolve("first.zip")))
                .isEqualTo(Files.readAllBytes(dir.resolve("second.zip")));
    }

    @Test
    void thePackIsTheSameBytesInAnyTimeZone() throws Exception {
        java.util.TimeZone before = java.util.TimeZone.getDefault();
        try {
            java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone("UTC"));
            pack("utc.zip");
            // Fourteen hours ahead of UTC, where 1980-01-01 00:00 local is still 1979 in UTC.
            java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone("Pacific/Kiritimati"));
            pack("kiritimati.zip");
            java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone("America/Los_Angeles"));
            pack("los-angeles.zip");
        } finally {
            java.util.TimeZone.setDefault(before);
        }

        byte[] utc = Files.readAllBytes(dir.resolve("utc.zip"));
        assertThat(Files.readAllBytes(dir.resolve("kiritimati.zip"))).isEqualTo(utc);
        assertThat(Files.readAllBytes(dir.resolve("los-angeles.zip"))).isEqualTo(utc);
    }

    @Test
    void everyFileOpensAndTheManifestHoldsEachOnesSha256() throws Exception {
        Map<String, byte[]> files = pack("pack.zip");

        List<String> sent = files.keySet().stream().filter(n -> n.startsWith("reports/")).toList();
        assertThat(sent).as("the weekly and the quarterly; the preview was not sent").hasSize(2)
                .allMatch(n -> n.matches("reports/(weekly-2026-W49|quarterly-2026-Q4)-sent-\\d{8}T\\d{6}Z\\.eml"));
        assertThat(files.keySet().stream().filter(n -> !n.startsWith("notices/"))).containsExactly(
                "accepted-risks.csv", "acknowledgements.csv", "approvals.csv", "assignment-ledger.csv",
                "calendar-completions.csv",
                "crosswalk.csv", "crosswalk.xlsx", "deliveries.csv", "findings.csv", "handovers.csv", "index.html", "manifest.json", "nonconformities.csv", "notices-sent.csv", "raci.csv",
                "raci.xlsx", "reports-sent.csv", sent.get(0), sent.get(1), "role-register.csv", "role-register.xlsx",
                files.keySet().stream().filter(n -> n.startsWith("roles-yaml/")).findFirst().orElseThrow());
        JsonNode manifest = new ObjectMapper().readTree(files.get("manifest.json"));
        assertThat(manifest.get("organisation").asText()).isEqualTo("Acme Ltd");
        assertThat(manifest.get("from").asText()).isEqualTo("2026-07-01");
        assertThat(manifest.get("tool").asText()).startsWith("0.1.0");
        List<String> listed = new ArrayList<>();
        for (JsonNode file : manifest.get("files")) {
            listed.add(file.get("name").asText());
            byte[] content = files.get(file.get("name").asText());
            assertThat(file.get("sha256").asText()).isEqualTo(ContentHash.sha256Hex(content));
        }
        assertThat(listed).containsAll(files.keySet().stream().filter(n -> !n.equals("manifest.json")).toList());

        String index = new String(files.get("index.html"), StandardCharsets.UTF_8);
        for (String name : listed.stream().filter(n -> !n.equals("index.html") && !n.startsWith("notices/")).toList()) {
            assertThat(index).contains("href=\"" + name + "\"");
        }
        assertThat(index).as("the notices, as one folder").contains("href=\"notices/\"");
        assertThat(index).contains("ISO/IEC 27001:2022 10.2", "ISO/IEC 27001:2022 5.3, 9.1, 9.3; SOC 2 CC2.2",
                        "for ISO/IEC 27001:2022, SOC 2 (Trust Services Criteria)", "href=\"crosswalk.xlsx\"",
                        "Quarterly posture report, Q4 2026, sent ", "Weekly gap report, 2026-W49, sent ",
                        "as it went out to 2 people (top management)")
                .doesNotContain("No report sent in the period");
        String outboxQuarterly = Files.readString(dir.resolve("outbox/quarterly-2026-Q4.html"));
        for (String name : sent) {
            MimeMessage message = new MimeMessage(Session.getInstance(new Properties()),
                    new ByteArrayInputStream(files.get(name)));
            assertThat(message.getSubject()).startsWith("RoleCall ").contains("Acme Ltd");
            assertThat(message.getFrom()[0].toString()).isEqualTo("rolecall@localhost.localdomain");
        }
        String quarterly = new String(files.get(sent.stream().filter(n -> n.contains("quarterly")).findFirst()
                .orElseThrow()), StandardCharsets.UTF_8);
        assertThat(quarterly).contains("filename=quarterly-2026-Q4.pdf", "Content-ID: <");
        assertThat(outboxQuarterly).as("the outbox holds the same report").contains("Q4 2026");
        List<CSVRecord> reports = records(files, "reports-sent.csv");
        assertThat(reports).extracting(r -> r.get("file")).containsExactlyInAnyOrderElementsOf(sent);
        assertThat(reports).allSatisfy(r -> assertThat(r.get("message sha256"))
                .isEqualTo(ContentHash.sha256Hex(files.get(r.get("file")))));
        assertThat(reports).as("a delivery id, never a path on the machine that sent it")
                .allSatisfy(r -> assertThat(r.get("delivery id")).matches("<[^/\\\\]+@rolecall\\.local>"));

        for (String name : listed.stream().filter(n -> n.endsWith(".csv")).toList()) {
            List<CSVRecord> rows = records(files, name);
            assertThat(rows).as(name).allSatisfy(row -> assertThat(row.isConsistent()).isTrue());
        }
        List<CSVRecord> ledger = records(files, "assignment-ledger.csv");
        assertThat(ledger).anySatisfy(row -> {
            assertThat(row.get("person")).isEqualTo("bob@acme.example");
            assertThat(row.get("role id")).isEqualTo("incident-response-lead");
        });
        assertThat(new String(files.get("calendar-completions.csv"), StandardCharsets.UTF_8))
                .as("training of 2025 is outside the period").doesNotContain("2025-06-12");
        assertThat(new String(files.get("accepted-risks.csv"), StandardCharsets.UTF_8))
                .contains("ada-holds-four-roles", "it-admin-backup-until-hire");
    }

    @Test
    void whatWasCommunicatedToWhomIsInThePackWithoutTheLinks() throws Exception {
        Map<String, byte[]> files = pack("pack.zip");

        List<CSVRecord> notices = records(files, "notices-sent.csv");
        assertThat(notices).anySatisfy(row -> {
            assertThat(row.get("person")).isEqualTo("ada@acme.example");
            assertThat(row.get("role")).isEqualTo("isms-manager");
            assertThat(row.get("role name")).isEqualTo("ISMS Manager");
            assertThat(row.get("kind")).isEqualTo("notice");
            assertThat(row.get("asked on")).isEqualTo("2026-08-03");
            assertThat(row.get("duties version")).matches("[0-9a-f]{16}");
            assertThat(row.get("sent at (UTC)")).isNotBlank();
        });
        assertThat(notices).as("today's reminders to those who never accepted")
                .anySatisfy(row -> assertThat(row.get("kind") + " " + row.get("asked on"))
                        .isEqualTo("reminder 2026-11-30"));
        assertThat(notices).allSatisfy(row -> {
            assertThat(files).as(row.get("file")).containsKey(row.get("file"));
            assertThat(row.get("delivery id")).matches("<notice-[^/]+@rolecall\\.local>");
        });
        List<String> kept = files.keySet().stream().filter(n -> n.startsWith("notices/")).toList();
        assertThat(kept).isNotEmpty().allMatch(n -> n.matches("notices/notice-2026-\\d\\d-\\d\\d-[0-9a-f]{16}\\.eml")
                || n.matches("notices/handover-HO-[0-9A-F]{8}-[0-9a-f]{16}\\.eml"));
        List<CSVRecord> handovers = records(files, "handovers.csv");
        assertThat(handovers).as("Acme's leavers' roles, each asked of its successor").isNotEmpty().allSatisfy(row -> {
            assertThat(row.get("status")).isEqualTo("PROPOSED");
            assertThat(files).as(row.get("notice file")).containsKey(row.get("notice file"));
        });
        for (String name : kept) {
            MimeMessage message = new MimeMessage(Session.getInstance(new Properties()),
                    new ByteArrayInputStream(files.get(name)));
            assertThat(message.getSubject()).containsAnyOf("information security role", "Take over ");
            String whole = textOf(message);
            assertThat(whole).as("each link is left out: it was the holder's credential")
                    .contains("/ack/link-left-out-of-the-kept-copy")
                    .doesNotContainPattern("/ack/(?!link-left-out)[A-Za-z0-9_-]{20,}");
        }
    }

    /** The rows of a CSV file of the pack, by its header. */
    private static List<CSVRecord> records(Map<String, byte[]> files, String name) throws java.io.IOException {
        return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(new String(files.get(name), StandardCharsets.UTF_8))).getRecords();
    }

    /** Every text part of a message, decoded. */
    private static String textOf(jakarta.mail.Part part) throws Exception {
        if (part.isMimeType("text/*")) {
            return (String) part.getContent();
        }
        StringBuilder text = new StringBuilder();
        if (part.getContent() instanceof jakarta.mail.Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                text.append(textOf(multipart.getBodyPart(i)));
            }
        }
        return text.toString();
    }

    @Test
    void theSpreadsheetsReadBackWithEveryCellAsTextAndNoFormula() throws Exception {
        Map<String, byte[]> files = pack("pack.zip");

        byte[] register = files.get("role-register.xlsx");
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(register))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows.get(0).getCell(0).getText()).isEqualTo("role id");
            Row isms = rows.stream().filter(r -> r.getCell(0).getText().equals("isms-manager")).findFirst()
                    .orElseThrow();
            Cell description = isms.getCell(2);
            assertThat(description.getText()).isEqualTo("'" + FORMULA);
            assertThat(description.getFormula()).isNull();
        }
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(files.get("raci.xlsx")))) {
            assertThat(workbook.getFirstSheet().read()).hasSizeGreaterThan(5);
        }
        assertThat(new String(files.get("role-register.csv"), StandardCharsets.UTF_8)).contains("'" + FORMULA
                .replace("\"", "\"\""));
    }

    @Test
    void aPeriodWithoutReportsSaysWhereToFindThem() throws Exception {
        Path zip = dir.resolve("summer.zip");
        Cli evidence = Cli.run("evidence", "--state", state, "--from", "2026-07-01", "--to", "2026-08-31", "--out",
                zip.toString());

        assertThat(evidence.exitCode()).as(evidence.err()).isZero();
        try (ZipFile file = new ZipFile(zip.toFile())) {
            assertThat(java.util.Collections.list(file.entries())).noneMatch(e -> e.getName().startsWith("reports/"));
            String index = new String(file.getInputStream(file.getEntry("index.html")).readAllBytes(),
                    StandardCharsets.UTF_8);
            assertThat(index).contains("No report sent in the period is kept", "mailboxes of the compliance manager");
        }
    }

    @Test
    void aPeriodBeforeAnyScanOrBackwardsIsRefused() {
        Cli before = Cli.run("evidence", "--state", state, "--from", "2020-01-01", "--to", "2020-12-31", "--out",
                dir.resolve("x.zip").toString());
        Cli backwards = Cli.run("evidence", "--state", state, "--from", "2026-11-30", "--to", "2026-07-01", "--out",
                dir.resolve("x.zip").toString());

        assertThat(before.exitCode()).isEqualTo(2);
        assertThat(before.err()).contains("no scan is stored on or before 2020-12-31");
        assertThat(backwards.exitCode()).isEqualTo(2);
        assertThat(backwards.err()).contains("--to 2026-07-01 is before --from 2026-11-30");
        assertThat(dir.resolve("x.zip")).doesNotExist();
    }
}
