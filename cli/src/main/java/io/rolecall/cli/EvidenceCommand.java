package io.rolecall.cli;

import io.rolecall.core.evidence.EvidencePack;
import io.rolecall.core.model.ContentHash;
import io.rolecall.core.usecase.EvidenceUseCase;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The evidence pack an ISO 27001 auditor asks for on clause 5.3 and its neighbours, as one zip. */
@Command(name = "evidence", mixinStandardHelpOptions = true,
        description = {"Writes the evidence pack for a period as one zip: the role register and RACI (CSV and "
                + "XLSX), the assignment ledger, findings with their episodes, acceptances, nonconformities, "
                + "accepted risks, calendar completions, every roles.yaml in force, index.html saying what each "
                + "file evidences, and manifest.json with every file's SHA-256.",
                "The same state and period give the same bytes."})
final class EvidenceCommand implements Callable<Integer> {

    @Mixin
    StoreOptions store;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", required = true, converter = DateConverter.class,
            description = "The period's first day.")
    LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", required = true, converter = DateConverter.class,
            description = "The period's last day.")
    LocalDate to;

    @Option(names = "--out", paramLabel = "FILE.zip", required = true, description = "Where to write the pack.")
    Path out;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (to.isBefore(from)) {
            throw new InvalidInputException("--to " + to + " is before --from " + from + ": give the period's first "
                    + "day, then its last.");
        }
        byte[] zip;
        EvidencePack pack;
        try (StoreOptions.Opened opened = store.open(StoreOptions.Access.READ)) {
            pack = new EvidenceUseCase(opened.storage(), opened.sendLog()).collect(from, to, opened.rolesYamlHistory());
            zip = EvidenceZip.write(pack);
        }
        OutputFile.write(out, zip);
        int rows = pack.tables().stream().mapToInt(t -> t.rows().size()).sum();
        spec.commandLine().getOut().println("Wrote the evidence pack of " + pack.organisation() + " for " + from
                + " to " + to + " to " + out + ": " + pack.tables().size() + " tables (" + rows + " rows), "
                + pack.rolesYaml().size() + " roles.yaml version" + (pack.rolesYaml().size() == 1 ? "" : "s")
                + ", " + pack.reports().size() + " report" + (pack.reports().size() == 1 ? "" : "s") + " as sent"
                + "; SHA-256 " + ContentHash.sha256Hex(zip) + ".");
        spec.commandLine().getOut().flush();
        return RoleCallCommand.EXIT_OK;
    }
}
