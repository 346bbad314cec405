package io.rolecall.cli;

import io.rolecall.core.catalogue.RoleCatalogue;
import io.rolecall.core.history.KnownPeople;
import io.rolecall.core.holding.RoleHoldings;
import io.rolecall.core.model.DirectorySnapshot;
import io.rolecall.core.report.RaciCsv;
import io.rolecall.core.report.RaciMarkdown;
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
            case md -> RaciMarkdown.render(matrix);
            case csv -> RaciCsv.render(matrix);
            case html -> new ReportRenderer().renderHtml(matrix);
        };
        spec.commandLine().getOut().print(output);
        spec.commandLine().getOut().flush();
        return RoleCallCommand.EXIT_OK;
    }
}
