package io.rolecall.cli;

import io.rolecall.core.catalogue.RoleCatalogue;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "config", mixinStandardHelpOptions = true,
        description = "Works with roles.yaml files.",
        subcommands = {ConfigCommand.Check.class})
final class ConfigCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a subcommand, for example: config check roles.yaml");
    }

    @Command(name = "check", mixinStandardHelpOptions = true,
            description = "Validates a roles.yaml and lists every problem with its line and a fix (exit 2 if any).")
    static final class Check implements Callable<Integer> {

        @Parameters(index = "0", paramLabel = "FILE", description = "The roles.yaml to check.")
        Path file;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            RoleCatalogue catalogue = RolesFiles.read(file).parse();
            spec.commandLine().getOut().println(file + " is valid: " + catalogue.organisation() + ", "
                    + catalogue.roles().size() + " roles, " + catalogue.conflicts().size() + " conflicts, "
                    + catalogue.responsibilities().size() + " responsibilities.");
            return RoleCallCommand.EXIT_OK;
        }
    }
}
