package io.rolecall.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest {

    private static final String ACME = "../examples/acme/";

    @TempDir
    Path dir;

    private void scanAcmeHistory() {
        String state = dir.resolve("state").toString();
        Cli.run("scan", "--directory", ACME + "history/directory-2026-08-03.json", "--roles", ACME + "roles.yaml",
                "--state", state, "--as-of", "2026-08-03");
        Cli.run("scan", "--directory", ACME + "directory.json", "--roles", ACME + "roles.yaml", "--state", state,
                "--as-of", "2026-11-30");
    }

    @Test
    void theWeeklyReportIsWrittenAsHtmlTextAndEmlToTheComplianceManager() throws Exception {
        scanAcmeHistory();
        Path outbox = dir.resolve("outbox");

        Cli report = Cli.run("report", "weekly", "--state", dir.resolve("state").toString(), "--out",
                outbox.toString(), "--as-of", "2026-11-30", "--from", "rolecall@acme.example");

        assertThat(report.exitCode()).isZero();
        assertThat(report.out()).contains("Subject: RoleCall weekly: Acme Ltd, 12 new gaps, 0 critical open (2026-W49)",
                "To: ada@acme.example, linus@acme.example, security@acme.example");
        String eml = Files.readString(outbox.resolve("weekly-2026-W49.eml"));
        assertThat(eml).contains("From: rolecall@acme.example", "To: ada@acme.example, linus@acme.example,",
                "Subject: RoleCall weekly: Acme Ltd", "multipart/alternative", "text/html", "text/plain");
        assertThat(Files.readString(outbox.resolve("weekly-2026-W49.txt"))).contains("== NEW THIS WEEK (12) ==",
                "Checked against ISO/IEC 27001:2022, SOC 2 (Trust Services Criteria).", "  Clauses: ISO/IEC 27001:2022 5.3");
        assertThat(Files.readString(outbox.resolve("weekly-2026-W49.html"))).contains("<h1");
    }

    @Test
    void theQuarterlyReportGoesToTopManagement() throws Exception {
        scanAcmeHistory();

        Cli report = Cli.run("report", "quarterly", "--state", dir.resolve("state").toString(), "--out",
                dir.resolve("outbox").toString(), "--as-of", "2026-11-30");

        assertThat(report.exitCode()).isZero();
        assertThat(report.out()).contains("To: grace@acme.example, security@acme.example");
        assertThat(Files.readString(dir.resolve("outbox/quarterly-2026-Q4.txt")))
                .contains("ISMS Manager (isms-manager): Ada Lovelace (ada@acme.example)",
                        "Role coverage (active primary): 90.0% / 100.0% / -10.0 pts");
    }

    @Test
    void theQuarterlyBoardPackIsAPdfWithATitlePageAndNumberedPagesAndIsAttachedToTheEmail() throws Exception {
        scanAcmeHistory();

        Cli pdf = Cli.run("report", "quarterly", "--state", dir.resolve("state").toString(), "--out",
                dir.resolve("pack").toString(), "--as-of", "2026-11-30", "--format", "pdf");
        Cli email = Cli.run("report", "quarterly", "--state", dir.resolve("state").toString(), "--out",
                dir.resolve("outbox").toString(), "--as-of", "2026-11-30");
        Cli weeklyPdf = Cli.run("report", "weekly", "--state", dir.resolve("state").toString(), "--format", "pdf");

        assertThat(pdf.exitCode()).as(pdf.err()).isZero();
        assertThat(pdf.out()).contains("Wrote the quarterly board pack: ");
        assertThat(dir.resolve("pack")).isDirectoryContaining(p -> p.getFileName().toString()
                .equals("quarterly-2026-Q4.pdf")).isDirectoryNotContaining(p -> p.toString().endsWith(".eml"));
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(
                dir.resolve("pack/quarterly-2026-Q4.pdf").toFile())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("ISMS roles posture report: Acme Ltd", "Decisions needed from you",
                    "Role register", "Page 2 of " + document.getNumberOfPages());
            org.apache.pdfbox.text.PDFTextStripper firstPage = new org.apache.pdfbox.text.PDFTextStripper();
            firstPage.setEndPage(1);
            assertThat(firstPage.getText(document)).as("the cover carries the verdict").contains("RED:");
            for (io.rolecall.core.model.FindingKind kind : io.rolecall.core.model.FindingKind.values()) {
                assertThat(text).as("no kind code for the board").doesNotContain(kind.name());
            }
            assertThat(text).as("nor a finding's id").doesNotContainPattern("f-[0-9a-f]{8}");

            // The RACI appendix holds every role and every letter, however many roles there are.
            org.apache.pdfbox.text.PDFTextStripper byPosition = new org.apache.pdfbox.text.PDFTextStripper();
            byPosition.setSortByPosition(true);
            String printed = byPosition.getText(document).replaceAll("\\s+", " ");
            // Role names read in the order they were written (a wrapped header stays together), letters by
            // position (each cell on its row).
            String appendix = text.substring(text.indexOf("Appendix: RACI matrix"));
            String cells = printed.substring(printed.indexOf("Appendix: RACI matrix"),
                    printed.indexOf("R responsible, A accountable"));
            Cli raci = Cli.run("raci", "--roles", ACME + "roles.yaml", "--format", "csv");
            java.util.List<org.apache.commons.csv.CSVRecord> rows = org.apache.commons.csv.CSVFormat.DEFAULT.builder()
                    .setHeader().setSkipHeaderRecord(true).get().parse(new java.io.StringReader(raci.out()))
                    .getRecords();
            java.util.Set<String> roles = new java.util.LinkedHashSet<>();
            int letters = 0;
            for (org.apache.commons.csv.CSVRecord row : rows.subList(1, rows.size())) {
                // (the first row names each role's holders)
                for (String role : row.getParser().getHeaderNames().subList(3, row.size())) {
                    roles.add(role);
                    letters += row.get(role).isEmpty() ? 0 : 1;
                }
            }
            io.rolecall.core.catalogue.RoleCatalogue acme = RolesFiles.read(Path.of(ACME + "roles.yaml")).parse();
            for (String roleId : roles) {
                assertThat(appendix).as("role %s in the printed RACI", roleId).contains(acme.roleName(roleId));
            }
            long printedLetters = java.util.Arrays.stream(cells.split(" "))
                    .filter(word -> word.matches("[RACI](/[RACI])*")).count();
            assertThat(printedLetters).as("every cell with a letter is printed").isEqualTo(letters);
        }
        assertThat(email.out()).contains("with quarterly-2026-Q4.pdf, raci-matrix-2026-Q4.csv");
        assertThat(weeklyPdf.exitCode()).isEqualTo(2);
        assertThat(weeklyPdf.err()).contains("--format pdf is for the quarterly report");
    }

    @Test
    void aReportBeforeAnyScanSaysToScanFirstAndCreatesNothing() {
        Cli report = Cli.run("report", "weekly", "--state", dir.resolve("empty").toString(), "--out",
                dir.resolve("outbox").toString());

        assertThat(report.exitCode()).isEqualTo(2);
        assertThat(report.err()).startsWith("rolecall: there is no RoleCall state in")
                .contains("run 'rolecall scan' first");
        assertThat(dir.resolve("empty")).doesNotExist();
        assertThat(dir.resolve("outbox")).doesNotExist();
    }

    @Test
    void aSenderThatIsNotAnAddressIsRefusedBeforeAnythingIsWritten() {
        scanAcmeHistory();

        Cli report = Cli.run("report", "weekly", "--state", dir.resolve("state").toString(), "--out",
                dir.resolve("outbox").toString(), "--from", "RoleCall <rolecall@acme.example>");
        Cli notify = Cli.run("notify", "--state", dir.resolve("state").toString(), "--out",
                dir.resolve("outbox").toString(), "--from", "rolecall", "--public-url", "https://roles.acme.example");

        assertThat(report.exitCode()).isEqualTo(2);
        assertThat(report.err()).contains("--from 'RoleCall <rolecall@acme.example>' is not an email address");
        assertThat(notify.exitCode()).isEqualTo(2);
        assertThat(notify.err()).contains("--from 'rolecall' is not an email address");
        assertThat(dir.resolve("outbox")).doesNotExist();
    }

    @Test
    void aReportDatedBeforeTheLatestScanIsRefusedWithTheReason() {
        scanAcmeHistory();

        Cli report = Cli.run("report", "weekly", "--state", dir.resolve("state").toString(), "--out",
                dir.resolve("outbox").toString(), "--as-of", "2020-01-06");

        assertThat(report.exitCode()).isEqualTo(2);
        assertThat(report.err()).contains("this report is dated 2020-01-06 but the latest scan is dated 2026-11-30",
                "Date the report 2026-11-30 or later");
        assertThat(report.out()).doesNotContain("days ago");
        assertThat(dir.resolve("outbox")).doesNotExist();
    }

    @Test
    void aPreviewReadsTheStateWithoutWritingToItSoAReadOnlyCopyWorks() throws Exception {
        scanAcmeHistory();
        Path state = dir.resolve("state");
        Files.delete(state.resolve("rolecall.lock"));
        byte[] database = Files.readAllBytes(state.resolve("rolecall.db"));

        Cli report = Cli.run("report", "quarterly", "--preview", "--state", state.toString(), "--out",
                dir.resolve("outbox").toString(), "--as-of", "2026-11-30");

        assertThat(report.exitCode()).isZero();
        try (var files = Files.list(state)) {
            assertThat(files.map(f -> f.getFileName().toString()).toList()).containsExactly("rolecall.db");
        }
        assertThat(Files.readAllBytes(state.resolve("rolecall.db"))).isEqualTo(database);
    }

    @Test
    void aReportOnAStateThatCannotBeWrittenWritesNoOutboxAndSaysToPreview() throws Exception {
        scanAcmeHistory();
        Path database = dir.resolve("state").resolve("rolecall.db");
        ReadOnlyFile.make(database);
        try {
            Cli report = Cli.run("report", "weekly", "--state", dir.resolve("state").toString(), "--out",
                    dir.resolve("outbox").toString(), "--as-of", "2026-11-30");

            assertThat(report.exitCode()).isEqualTo(1);
            assertThat(report.err()).contains("is read-only, so it could not be written", "no report was written",
                    "add --preview");
            assertThat(dir.resolve("outbox")).doesNotExist();
        } finally {
            ReadOnlyFile.undo(database);
        }
    }
}
