package io.rolecall.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.rolecall.core.catalogue.RoleCatalogue;
import io.rolecall.core.catalogue.RolesYamlParser;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Directory and roles.yaml text cannot act as a formula, a link or markup in what RoleCall writes. */
class OutputEscapingTest {

    private static final RoleCatalogue HOSTILE = RolesYamlParser.parse("""
            version: 1
            organisation: Acme
            reporting: {complianceManagerRole: isms, leadershipRole: isms}
            roles:
              - {id: isms, name: "=cmd|' /C calc'!A0", primary: ["group:+SUM(1)"]}
            responsibilities:
              - id: r1
                name: "[click here](https://evil.example) | ![x](https://evil.example/x.png) <b>"
                reference: "@risk"
                responsible: [isms]
                accountable: [isms]
              - {id: r2, name: "=HYPERLINK(\\"https://evil.example\\",\\"Open\\")", accountable: [isms]}
            """, "roles.yaml");

    @Test
    void csvCellsThatASpreadsheetWouldRunAsFormulasAreWrittenAsText() {
        assertThat(CsvTable.cell("=cmd|' /C calc'!A0")).isEqualTo("'=cmd|' /C calc'!A0");
        assertThat(CsvTable.cell("+SUM(A1)")).isEqualTo("'+SUM(A1)");
        assertThat(CsvTable.cell("-2+3")).isEqualTo("'-2+3");
        assertThat(CsvTable.cell("@risk")).isEqualTo("'@risk");
        assertThat(CsvTable.cell("\t=1")).isEqualTo("'\t=1");
        assertThat(CsvTable.cell("\uFF1D1+1")).isEqualTo("'\uFF1D1+1");
        assertThat(CsvTable.cell("Ada Lovelace")).isEqualTo("Ada Lovelace");
        assertThat(CsvTable.cell(null)).isEmpty();

        String csv = RaciCsv.render(RaciMatrix.of(HOSTILE, null));

        assertThat(csv).contains("'=HYPERLINK(", "'@risk").doesNotContain(",=HYPERLINK", ",\"=HYPERLINK", ",@risk");
        assertThat(csv.lines()).allSatisfy(line -> assertThat(line).doesNotStartWith("="));
    }

    @Test
    void markdownCellsCannotFormLinksImagesMarkupOrNewCells() {
        String markdown = RaciMarkdown.render(RaciMatrix.of(HOSTILE, null));

        assertThat(markdown).contains("\\[click here\\](https://evil.example) \\| !\\[x\\]",
                "&lt;b&gt;").doesNotContain("[click here](", "<b>");
        List<String> rows = markdown.lines().filter(line -> line.startsWith("| ")).toList();
        long cellsInHeader = rows.get(0).replace("\\|", "").chars().filter(c -> c == '|').count();
        assertThat(rows).allSatisfy(row -> assertThat(row.replace("\\|", "").chars().filter(c -> c == '|').count())
                .isEqualTo(cellsInHeader));
    }
}
