package io.rolecall.cli;

import io.rolecall.core.catalogue.StarterCatalogue;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "init", mixinStandardHelpOptions = true,
        description = {"Writes a starter roles.yaml with the ISO/IEC 27001:2022 role catalogue, a RACI matrix "
                + "mapped to clauses and Annex A controls, and the ISMS calendar, ready to fill in.",
                "With --framework, it enables those frameworks and adds what they need: their functions on the "
                        + "roles that do the job, a role for each other function, the activities they own and the "
                        + "security policy to acknowledge."})
final class InitCommand implements Callable<Integer> {

    @Option(names = "--organisation", paramLabel = "NAME", defaultValue = "Example Ltd",
            description = "Your organisation's name. Default: ${DEFAULT-VALUE}")
    String organisation;

    @Option(names = {"--out", "--output", "-o"}, paramLabel = "FILE", defaultValue = "roles.yaml",
            description = "Where to write it. Default: ${DEFAULT-VALUE}")
    Path output;

    @Option(names = "--framework", paramLabel = "ID[,ID...]", split = ",",
            description = "Built-in frameworks to enable: iso27001, soc2, nis2, dora, hipaa, pci-dss, nist-csf, gdpr, "
                    + "iso27701, iso42001.")
    List<String> frameworks;

    @Option(names = "--force", description = "Overwrite the file if it exists.")
    boolean force;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        String yaml;
        try {
            yaml = frameworks == null ? StarterCatalogue.yaml(organisation)
                    : StarterCatalogue.yaml(organisation, frameworks);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("--framework: " + e.getMessage());
        }
        try {
            if (force) {
                Files.writeString(output, yaml, StandardCharsets.UTF_8);
            } else {
                Files.writeString(output, yaml, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                        StandardOpenOption.WRITE);
            }
        } catch (FileAlreadyExistsException e) {
            throw new InvalidInputException(output + " already exists and was left as it is; "
                    + "choose another --output, or add --force to overwrite it");
        }
        spec.commandLine().getOut().println("Wrote " + output + " for " + organisation
                + (frameworks == null ? "" : ", answering " + String.join(", ", frameworks)) + ". Next:\n"
                + "  1. Fill in primary and backup holders (emails or group:<name>) and lastReviewed dates.\n"
                + "  2. Check it:  rolecall config check " + output + "\n"
                + "  3. Scan:      rolecall scan --directory <export.json|csv> --roles " + output);
        return RoleCallCommand.EXIT_OK;
    }
}
