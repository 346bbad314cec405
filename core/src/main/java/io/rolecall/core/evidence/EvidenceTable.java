package io.rolecall.core.evidence;

import java.util.List;

/**
 * One table of the evidence pack, with what it shows an auditor and which clauses or controls it
 * evidences. Cells are text as stored; the writer escapes them for CSV and XLSX.
 *
 * @param name    the file name without extension, for example "role-register"
 * @param asXlsx  whether the pack also holds it as a spreadsheet (the register and the RACI)
 */
public record EvidenceTable(String name, String title, String shows, String evidences, boolean asXlsx,
                            List<String> header, List<List<String>> rows) {

    public EvidenceTable {
        header = List.copyOf(header);
        rows = rows.stream().map(row -> row.stream().map(cell -> cell == null ? "" : cell).toList()).toList();
    }

    /** The same table citing what the enabled frameworks say it evidences (null: none maps it). */
    public EvidenceTable citing(String clauses) {
        return new EvidenceTable(name, title, shows, clauses, asXlsx, header, rows);
    }
}
