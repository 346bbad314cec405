package io.rolecall.cli;

import io.rolecall.core.catalogue.StarterCatalogue;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "init", mixinStandardHelpOptions = true,
        description = "Writes a starter roles.yaml with the ISO/IEC 27001:2022 role catalogue and a RACI matrix "
                + "mapped to clauses and Annex A controls, ready to fill in.")
final class InitCommand implements Callable<Integer> {

    @Option(names = "--organisation", paramLabel = "NAME", defaultValue = "Example Ltd",
            description = "Your organisation's name. Default: ${DEFAULT-VALUE}")
    String organisation;

    @Option(names = {"--output", "-o"}, paramLabel = "FILE", defaultValue = "roles.yaml",
            description = "Where to write it. Default: ${DEFAULT-VALUE}")
    Path output;

    @Option(names = "--force", description = "Overwrite the file if it exists.")
    boolean force;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        String yaml = StarterCatalogue.yaml(organisation);
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
        spec.commandLine().getOut().println("Wrote " + output + " for " + organisation + ". Next:\n"
                + "  1. Fill in primary and backup holders (emails or group:<name>) and lastReviewed dates.\n"
                + "  2. Check it:  rolecall config check " + output + "\n"
                + "  3. Scan:      rolecall scan --directory <export.json|csv> --roles " + output);
        return RoleCallCommand.EXIT_OK;
    }
}
