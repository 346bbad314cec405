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
import io.rolecall.core.usecase.RaciQuery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "raci", mixinStandardHelpOptions = true,
        description = {"Prints the RACI matrix of roles.yaml, with each role's current holders when a directory "
                + "export is given (otherwise the holders roles.yaml lists).",
                "Without --roles: the matrix of the latest scan in --state (default .rolecall) or of a deployed "
                        + "--stack, with the holders that scan found."})
final class RaciCommand implements Callable<Integer> {

    enum Format { md, csv, html }

    @Option(names = "--roles", paramLabel = "FILE", description = "The roles.yaml to read.")
    Path roles;

    @Mixin
    StoreOptions store;

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
        RaciMatrix matrix = roles != null ? fromFiles() : fromState();
        if (matrix == null) {
            throw new InvalidInputException("give --roles FILE, or --state DIR or --stack NAME for the latest scan's");
        }
        String output = switch (format) {
            case md -> RaciMarkdown.render(matrix);
            case csv -> RaciCsv.render(matrix);
            case html -> new ReportRenderer().renderHtml(matrix);
        };
        CommandOutput.machine(spec, output);
        return RoleCallCommand.EXIT_OK;
    }

    private RaciMatrix fromFiles() {
        if (store.state != null || store.stack != null) {
            throw new InvalidInputException("give --roles (with --directory) or --state/--stack, not both");
        }
        RoleCatalogue catalogue = RolesFiles.read(roles).parse();
        RoleHoldings holdings = null;
        if (directory != null) {
            DirectorySnapshot snapshot = ExportFileDirectorySource.of(directory).read();
            holdings = RoleHoldings.resolve(catalogue, snapshot, KnownPeople.none());
        }
        return RaciMatrix.of(catalogue, holdings);
    }

    private RaciMatrix fromState() {
        if (directory != null) {
            throw new InvalidInputException("--directory goes with --roles; the state already holds its directory");
        }
        if (store.state == null && store.stack == null && !java.nio.file.Files.exists(StoreOptions.DEFAULT_STATE)) {
            return null;
        }
        try (StoreOptions.Opened opened = store.open(StoreOptions.Access.READ)) {
            return new RaciQuery(opened.storage()).latest();
        }
    }
}
