package io.rolecall.cli;

import io.rolecall.core.catalogue.RoleCatalogue;
import io.rolecall.core.history.KnownPeople;
import io.rolecall.core.holding.RoleHoldings;
import io.rolecall.core.model.DirectorySnapshot;
import io.rolecall.core.report.RaciCsv;
import io.rolecall.core.report.RaciMatrix;
import io.rolecall.core.report.ReportRenderer;
import io.rolecall.connector.file.ExportFileDirectorySource;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "raci", mixinStandardHelpOptions = true,
        description = "Prints the RACI matrix of roles.yaml, with each role's current holders when a directory "
                + "export is given (otherwise the holders roles.yaml lists).")
final class RaciCommand implements Callable<Integer> {

    enum Format { md, csv, html }

    @Option(names = "--roles", paramLabel = "FILE", required = true, description = "The roles.yaml to read.")
    Path roles;

    @Option(names = "--directory", paramLabel = "FILE",
            description = "A directory export (.json or .csv) to show who actually holds each role.")
    Path directory;

    @Option(names = "--format", paramLabel = "md|csv|html", defaultValue = "md",
            description = "Markdown table, CSV or an HTML page. Default: ${DEFAULT-VALUE}")
    Format format;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        RoleCatalogue catalogue = RolesFiles.read(roles).parse();
        RoleHoldings holdings = null;
        if (directory != null) {
            DirectorySnapshot snapshot = ExportFileDirectorySource.of(directory).read();
            holdings = RoleHoldings.resolve(catalogue, snapshot, KnownPeople.none());
        }
        RaciMatrix matrix = RaciMatrix.of(catalogue, holdings);
        String output = switch (format) {
            case md -> markdown(matrix);
            case csv -> RaciCsv.render(matrix);
            case html -> new ReportRenderer().renderHtml(matrix);
        };
        spec.commandLine().getOut().print(output);
        spec.commandLine().getOut().flush();
        return RoleCallCommand.EXIT_OK;
    }

    static String markdown(RaciMatrix matrix) {
        StringBuilder out = new StringBuilder("| Responsibility |");
        StringBuilder rule = new StringBuilder("|---|");
        for (RaciMatrix.RoleColumn role : matrix.roles()) {
            out.append(' ').append(cell(role.name())).append("<br>").append(cell(role.holdersText())).append(" |");
            rule.append(":---:|");
        }
        out.append('\n').append(rule).append('\n');
        for (RaciMatrix.Row row : matrix.rows()) {
            out.append("| ").append(cell(row.name()));
            if (row.reference() != null) {
                out.append("<br>").append(cell(row.reference()));
            }
            out.append(" |");
            for (RaciMatrix.Cell cell : row.cells()) {
                out.append(' ').append(cell.letters()).append(" |");
            }
            out.append('\n');
        }
        out.append("\nR responsible, A accountable, C consulted, I informed.\n");
        return out.toString();
    }

    /** Markdown table cells: pipes would split the cell and angle brackets would become markup. */
    private static String cell(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("|", "\\|")
                .replaceAll("[\\r\\n]+", " ");
    }
}
