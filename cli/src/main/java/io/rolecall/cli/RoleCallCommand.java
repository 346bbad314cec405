package io.rolecall.cli;

import io.rolecall.core.calendar.CalendarException;
import io.rolecall.core.catalogue.InvalidCatalogueException;
import io.rolecall.core.handover.HandoverException;
import io.rolecall.core.nonconformity.ConcurrentChangeException;
import io.rolecall.core.nonconformity.NonconformityException;
import io.rolecall.core.port.DirectoryReadException;
import io.rolecall.core.usecase.AsOfRefusedException;
import io.rolecall.core.usecase.NothingScannedException;
import io.rolecall.core.usecase.NoticeDeliveryException;
import io.rolecall.infra.local.LocalStateException;
import io.rolecall.infra.s3.ConfigBucketException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/** The {@code rolecall} command: wires the core to local adapters and maps failures to exit codes. */
@Command(name = "rolecall",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "Watches information-security role assignments against your people directory, for the role "
                + "clauses of ISO/IEC 27001, SOC 2, NIS2, DORA and more.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:the command ran (a scan may still have found gaps)",
            "1:an unexpected failure (the message says what)",
            "2:invalid input: arguments, roles.yaml, the directory or its read, an as-of date, no scan yet",
            "3:the directory change guard held the scan; nothing was stored"})
public final class RoleCallCommand implements Runnable {

    /** Every command, in the order help lists them. */
    private static final List<Class<?>> SUBCOMMANDS = List.of(ScanCommand.class, ReportCommand.class,
            NotifyCommand.class, ServeCommand.class, AcknowledgementsCommand.class, ApprovalsCommand.class,
            FindingsCommand.class,
            NcCommand.class, ActivityCommand.class, AssignmentCommand.class, TrainingCommand.class,
            CalendarCommand.class, HandoverCommand.class,
            EvidenceCommand.class, CrosswalkCommand.class, RaciCommand.class, InitCommand.class, ConfigCommand.class,
            BenchCommand.class);

    private final Map<String, String> environment;
    /** The process's standard output without the terminal filter, for machine formats (see CommandOutput). */
    private PrintWriter machineOut;

    RoleCallCommand(Map<String, String> environment) {
        this.environment = Map.copyOf(environment);
    }

    /** Where credentials come from (OKTA_API_TOKEN, ...); tests pass their own. */
    Map<String, String> environment() {
        return environment;
    }

    public static final int EXIT_OK = 0;
    public static final int EXIT_FAILURE = 1;
    public static final int EXIT_INVALID_INPUT = 2;
    public static final int EXIT_HELD = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command, for example: rolecall scan --help");
    }

    public static void main(String[] args) {
        CommandLine commandLine = commandLine(System.getenv(), new OutputStreamWriter(System.out),
                new OutputStreamWriter(System.err), args);
        int exit = commandLine.execute(args);
        commandLine.getOut().flush();
        commandLine.getErr().flush();
        System.exit(exit);
    }

    /** The command line with RoleCall's error handling, printing to the process's stdout and stderr. */
    public static CommandLine commandLine() {
        return commandLine(System.getenv(), new OutputStreamWriter(System.out), new OutputStreamWriter(System.err));
    }

    /**
     * The command line as {@code main} runs it: no colours or other terminal escapes, every printed
     * character through {@link TerminalWriter}, a usage error as one line and a hint, and failures
     * mapped to exit codes. Tests pass their own environment and writers.
     *
     * @param args what will be run: when it starts with a command's name, only that command is built.
     *             picocli builds the model of every command it is given, with their options, mixins and
     *             static state (JSON mappers among them), which took a quarter of a second before any
     *             command ran. Given no command, or one that does not exist, every command is built,
     *             for the help and for the suggestion of the nearest name.
     */
    static CommandLine commandLine(Map<String, String> environment, Writer out, Writer err, String... args) {
        RoleCallCommand root = new RoleCallCommand(environment);
        root.machineOut = new PrintWriter(out, true);
        CommandLine commandLine = new CommandLine(root);
        String invoked = args.length == 0 ? null : args[0];
        boolean known = SUBCOMMANDS.stream().anyMatch(command -> name(command).equals(invoked));
        for (Class<?> command : SUBCOMMANDS) {
            if (!known || name(command).equals(invoked)) {
                commandLine.addSubcommand(command);
            }
        }
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
        commandLine.setOut(new PrintWriter(new TerminalWriter(out), true));
        commandLine.setErr(new PrintWriter(new TerminalWriter(err), true));
        commandLine.setExecutionExceptionHandler(RoleCallCommand::handle);
        commandLine.setParameterExceptionHandler(RoleCallCommand::usageError);
        return commandLine;
    }

    PrintWriter machineOut() {
        return machineOut;
    }

    private static String name(Class<?> command) {
        return command.getAnnotation(Command.class).name();
    }

    /** "rolecall: unknown option '--fromat' for 'rolecall scan'; did you mean --format?" and where to read more. */
    private static int usageError(CommandLine.ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        PrintWriter err = command.getErr();
        err.println("rolecall: " + UsageErrors.describe(e));
        err.println("Try '" + command.getCommandSpec().qualifiedName() + " --help' for more information.");
        return EXIT_INVALID_INPUT;
    }

    private static int handle(Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        if (System.getenv("ROLECALL_DEBUG") != null) {
            e.printStackTrace(err);
        }
        if (e instanceof InvalidCatalogueException || e instanceof DirectoryReadException
                || e instanceof AsOfRefusedException || e instanceof InvalidInputException
                || e instanceof NothingScannedException || e instanceof NonconformityException
                || e instanceof CalendarException || e instanceof HandoverException
                || e instanceof StackException stack && stack.invalidInput()) {
            err.println("rolecall: " + e.getMessage() + (e instanceof NonconformityException nc
                    ? NonconformityHints.of(nc.remedy()) : ""));
            return EXIT_INVALID_INPUT;
        }
        if (e instanceof LocalStateException || e instanceof ConfigBucketException
                || e instanceof NoticeDeliveryException || e instanceof StackException
                || e instanceof ConcurrentChangeException) {
            err.println("rolecall: " + e.getMessage());
            return EXIT_FAILURE;
        }
        String detail = e.getMessage() == null || e.getMessage().isBlank() ? "no detail" : e.getMessage();
        err.println("rolecall: an unexpected failure (" + detail + ")"
                + "\n  (set ROLECALL_DEBUG=1 to print where it happened, and report it if it persists)");
        return EXIT_FAILURE;
    }
}
