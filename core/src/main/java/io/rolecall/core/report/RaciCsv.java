package io.rolecall.core.report;

import java.util.ArrayList;
import java.util.List;

/** The RACI matrix as CSV: a header of role ids, a row of current holders, then one row per activity. */
public final class RaciCsv {

    private RaciCsv() {
    }

    public static String render(RaciMatrix matrix) {
        List<String> header = new ArrayList<>(List.of("responsibility_id", "responsibility", "reference"));
        List<String> holders = new ArrayList<>(List.of("", "holders", ""));
        for (RaciMatrix.RoleColumn role : matrix.roles()) {
            header.add(role.id());
            holders.add(role.holdersText());
        }
        List<List<String>> rows = new ArrayList<>(List.of(header, holders));
        for (RaciMatrix.Row row : matrix.rows()) {
            List<String> record = new ArrayList<>(List.of(row.id(), row.name(),
                    row.reference() == null ? "" : row.reference()));
            row.cells().forEach(cell -> record.add(cell.letters()));
            rows.add(record);
        }
        return CsvTable.render(rows);
    }
}
