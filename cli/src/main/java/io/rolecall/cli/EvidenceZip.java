package io.rolecall.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.rolecall.core.evidence.EvidenceIndex;
import io.rolecall.core.evidence.EvidencePack;
import io.rolecall.core.evidence.EvidenceTable;
import io.rolecall.core.model.ContentHash;
import io.rolecall.core.report.CsvTable;
import io.rolecall.core.report.ReportRenderer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes an evidence pack as one zip: every table as CSV (the register and the RACI also as XLSX),
 * every roles.yaml version, index.html and manifest.json with each file's SHA-256. The same pack
 * gives the same bytes: entries in name order, their times fixed to the period's last day, and no
 * "generated at" anywhere.
 */
final class EvidenceZip {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private EvidenceZip() {
    }

    static byte[] write(EvidencePack pack) {
        Map<String, byte[]> files = new TreeMap<>();
        List<EvidenceIndex.Entry> entries = new ArrayList<>();
        for (EvidenceTable table : pack.tables()) {
            files.put(table.name() + ".csv", csv(table));
            entries.add(new EvidenceIndex.Entry(table.name() + ".csv", table.title(), table.shows(),
                    table.evidences()));
            if (table.asXlsx()) {
                files.put(table.name() + ".xlsx", xlsx(table, pack));
                entries.add(new EvidenceIndex.Entry(table.name() + ".xlsx", table.title() + " (spreadsheet)",
                        "The same as " + table.name() + ".csv, for Excel or Numbers.", table.evidences()));
            }
        }
        for (EvidencePack.RolesYamlVersion version : pack.rolesYaml()) {
            files.put(version.fileName(), version.text().getBytes(StandardCharsets.UTF_8));
            entries.add(new EvidenceIndex.Entry(version.fileName(), version.title(), version.shows(),
                    pack.rolesYamlEvidences()));
        }
        for (EvidencePack.SentReport report : pack.reports()) {
            files.put(report.fileName(), report.message());
            entries.add(new EvidenceIndex.Entry(report.fileName(), report.title(), report.shows(), report.evidences()));
        }
        for (EvidencePack.KeptNotice notice : pack.notices()) {
            files.put(notice.fileName(), notice.message());
        }
        if (!pack.notices().isEmpty()) {
            entries.add(new EvidenceIndex.Entry(EvidencePack.NOTICES_FOLDER, "Notices sent to role holders",
                    pack.notices().size() + (pack.notices().size() == 1 ? " email" : " emails") + " as they went out "
                            + "to holders, telling them their duties or reminding them to accept (open any .eml in a "
                            + "mail client); each link is left out, as it was the holder's credential. "
                            + "notices-sent.csv lists who got which.",
                    pack.noticesEvidences()));
        }
        String index = new ReportRenderer().renderHtml(new EvidenceIndex(pack.organisation(), pack.from().toString(),
                pack.to().toString(), pack.tool(), pack.frameworks(), entries, pack.notIncluded()));
        files.put("index.html", index.getBytes(StandardCharsets.UTF_8));
        files.put("manifest.json", manifest(pack, files));
        return zip(files, pack.to().atStartOfDay());
    }

    private static byte[] csv(EvidenceTable table) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(table.header());
        rows.addAll(table.rows());
        return CsvTable.render(rows).getBytes(StandardCharsets.UTF_8);
    }

    /** Cells are written as text, each escaped as in the CSV, so no cell is ever a formula. */
    private static byte[] xlsx(EvidenceTable table, EvidencePack pack) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Workbook workbook = new Workbook(out, "RoleCall", "1.0");
            workbook.properties().setTitle(table.title() + ": " + pack.organisation());
            Worksheet sheet = workbook.newWorksheet(table.title().length() > 31 ? table.title().substring(0, 31)
                    : table.title());
            for (int c = 0; c < table.header().size(); c++) {
                sheet.value(0, c, CsvTable.cell(table.header().get(c)));
                sheet.style(0, c).bold().set();
            }
            for (int r = 0; r < table.rows().size(); r++) {
                List<String> row = table.rows().get(r);
                for (int c = 0; c < row.size(); c++) {
                    sheet.value(r + 1, c, CsvTable.cell(row.get(c)));
                }
            }
            workbook.finish();
            return withCreated(out.toByteArray(), pack.to().atStartOfDay());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * fastexcel stamps docProps/core.xml with the time of writing and offers no way to set it; the
     * pack must not change from one run to the next, so the stamp becomes the period's last day.
     */
    private static byte[] withCreated(byte[] xlsx, LocalDateTime created) throws IOException {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        // Read through the central directory: fastexcel's local headers carry no sizes, which
        // ZipInputStream refuses.
        Path file = Files.createTempFile("rolecall-evidence-", ".xlsx");
        try {
            Files.write(file, xlsx);
            try (ZipFile zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8)) {
                for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                    byte[] content;
                    try (var in = zip.getInputStream(entry)) {
                        content = in.readAllBytes();
                    }
                    if (entry.getName().equals("docProps/core.xml")) {
                        content = CREATED.matcher(new String(content, StandardCharsets.UTF_8))
                                .replaceAll("$1" + created + ":00Z$2").getBytes(StandardCharsets.UTF_8);
                    }
                    parts.put(entry.getName(), content);
                }
            }
        } finally {
            Files.deleteIfExists(file);
        }
        // The period's day, like the pack's own entries: at 1980-01-01 the JDK adds a UTC timestamp field,
        // which depends on the machine's time zone (in UTC+14 that local midnight is still 1979).
        return zip(parts, created);
    }

    private static final Pattern CREATED = Pattern.compile("(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)");

    private static byte[] manifest(EvidencePack pack, Map<String, byte[]> files) {
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("organisation", pack.organisation());
        manifest.put("from", pack.from().toString());
        manifest.put("to", pack.to().toString());
        manifest.put("tool", pack.tool());
        List<Map<String, Object>> list = new ArrayList<>();
        files.forEach((name, bytes) -> {
            Map<String, Object> file = new LinkedHashMap<>();
            file.put("name", name);
            file.put("bytes", bytes.length);
            file.put("sha256", ContentHash.sha256Hex(bytes));
            list.add(file);
        });
        manifest.put("files", list);
        try {
            return JSON.writeValueAsBytes(manifest);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] zip(Map<String, byte[]> files, LocalDateTime time) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
                for (Map.Entry<String, byte[]> file : files.entrySet()) {
                    ZipEntry entry = new ZipEntry(file.getKey());
                    entry.setTimeLocal(time);
                    zip.putNextEntry(entry);
                    zip.write(file.getValue());
                    zip.closeEntry();
                }
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
