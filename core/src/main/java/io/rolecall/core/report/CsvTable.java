package io.rolecall.core.report;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Every CSV RoleCall writes goes through here. Cells hold directory and roles.yaml text, and a
 * spreadsheet runs a cell that starts with {@code =} as a formula ({@code =cmd|' /C calc'!A0}), so, as
 * OWASP advises against CSV injection, such a cell is prefixed with a single quote and shows as text.
 */
public final class CsvTable {

    /** What a spreadsheet may take for the start of a formula: OWASP's list, and the full-width forms. */
    private static final String FORMULA_STARTS = "=+-@\t\r\n\uFF1D\uFF0B\uFF0D\uFF20";

    private CsvTable() {
    }

    /** Rows of cells, the first row usually a header; a null cell is written empty. */
    public static String render(List<? extends List<String>> rows) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            for (List<String> row : rows) {
                printer.printRecord(row.stream().map(CsvTable::cell).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** A cell as it is safe to write: quoted text when a spreadsheet would take it for a formula. */
    public static String cell(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        return FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
