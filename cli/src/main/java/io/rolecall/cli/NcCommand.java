package io.rolecall.cli;

import io.rolecall.core.nonconformity.NcStatus;
import io.rolecall.core.nonconformity.Nonconformity;
import io.rolecall.core.usecase.AsOfRules;
import io.rolecall.core.usecase.NonconformityUseCase;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.BiFunction;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "nc", mixinStandardHelpOptions = true,
        description = {"The nonconformity register (ISO/IEC 27001 clause 10.2): list, show, raise, update and close "
                + "nonconformities. RoleCall raises one by itself when a finding becomes overdue, sends one back to "
                + "OPEN when its finding comes back after the action, and closes one as effective when its findings "
                + "stayed resolved long enough.",
                "Every change is dated by --as-of (default today) and made by --by EMAIL (default: your OS user, or "
                        + "with --stack your IAM principal)."},
        subcommands = {NcCommand.ListNcs.class, NcCommand.Show.class, NcCommand.Raise.class, NcCommand.Update.class,
                NcCommand.Close.class})
final class NcCommand implements Runnable {

    @CommandLine.ParentCommand
    RoleCallCommand root;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private static final Clock CLOCK = Clock.systemDefaultZone();

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "name a subcommand: nc list, nc show ID, nc raise, nc update ID, nc close ID");
    }

    /**
     * What every subcommand shares: the store to open, the parent's environment, and printing what
     * the work on the register returns.
     */
    abstract static class Subcommand implements Callable<Integer> {
        @Mixin
        StoreOptions store;

        @CommandLine.ParentCommand
        NcCommand nc;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        /** Runs {@code work} on the register, opened as {@code access}, and prints what it returns as text. */
        int run(StoreOptions.Access access, BiFunction<NonconformityUseCase, StoreOptions.Opened, String> work) {
            return run(access, false, work);
        }

        /** The same, printing what {@code work} returns exactly when it is a machine format. */
        int run(StoreOptions.Access access, boolean machine,
                BiFunction<NonconformityUseCase, StoreOptions.Opened, String> work) {
            try (StoreOptions.Opened opened = store.open(access)) {
                NonconformityUseCase register = new NonconformityUseCase(opened.storage(),
                        AsOfRules.from(CLOCK, nc.root.environment()));
                CommandOutput.print(spec, work.apply(register, opened), machine);
            }
            return RoleCallCommand.EXIT_OK;
        }

        /** The day the change is dated by: --as-of, default today. */
        LocalDate asOf() {
            return store.asOf(CLOCK);
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists the nonconformities, by id.")
    static final class ListNcs extends Subcommand {
        @Option(names = "--status", paramLabel = "STATUS",
                description = "Only those with this status: OPEN, ACTION_PLANNED, ACTION_TAKEN or CLOSED.")
        NcStatus status;

        @Option(names = "--format", paramLabel = "text|json|csv", defaultValue = "text",
                description = "A table, the JSON contract, or CSV for a spreadsheet. Default: ${DEFAULT-VALUE}")
        NcOutput.Format format;

        @Override
        public Integer call() {
            return run(StoreOptions.Access.READ, format != NcOutput.Format.text, (register, opened) ->
                    NcOutput.list(register.list(status), format, asOf()));
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "Shows one nonconformity and its history.")
    static final class Show extends Subcommand {
        @Parameters(index = "0", paramLabel = "ID", description = "For example NC-2026-001.")
        String id;

        @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
                description = "Default: ${DEFAULT-VALUE}")
        NcOutput.Format format;

        @Override
        public Integer call() {
            return run(StoreOptions.Access.READ, format != NcOutput.Format.text, (register, opened) ->
                    format == NcOutput.Format.text
                    ? NcOutput.show(register.show(id), asOf())
                    : NcOutput.list(List.of(register.show(id)), format, asOf()));
        }
    }

    @Command(name = "raise", mixinStandardHelpOptions = true,
            description = "Raises a nonconformity by hand for one or more findings (their ids: 'rolecall findings').")
    static final class Raise extends Subcommand {
        @Option(names = "--finding", paramLabel = "FINDING_ID", required = true,
                description = "A finding it is about; repeat for several.")
        List<String> findings;

        @Option(names = "--note", paramLabel = "TEXT", description = "Its description (default: the finding's).")
        String note;

        @Option(names = "--by", paramLabel = "EMAIL", description = "Who raises it.")
        String by;

        @Override
        public Integer call() {
            return run(StoreOptions.Access.RECORD, (register, opened) -> {
                LocalDate asOf = asOf();
                return "Raised " + NcOutput.show(register.raise(findings, note, StoreOptions.by(by, opened), asOf),
                        asOf);
            });
        }
    }

    @Command(name = "update", mixinStandardHelpOptions = true,
            description = {"Records the correction, root cause, corrective action, owner and target date, that the "
                    + "action was taken, or a note. With root cause, action, owner and target all set, an OPEN "
                    + "nonconformity becomes ACTION_PLANNED."})
    static final class Update extends Subcommand {
        @Parameters(index = "0", paramLabel = "ID")
        String id;

        @Option(names = "--correction", paramLabel = "TEXT", description = "What was done at once to contain it.")
        String correction;

        @Option(names = "--root-cause", paramLabel = "TEXT", description = "Why it happened.")
        String rootCause;

        @Option(names = "--action", paramLabel = "TEXT", description = "The corrective action, so it does not recur.")
        String action;

        @Option(names = "--owner", paramLabel = "ROLE", description = "The role that owns the action (a role id).")
        String owner;

        @Option(names = "--target", paramLabel = "YYYY-MM-DD", converter = DateConverter.class,
                description = "When the action is due.")
        LocalDate target;

        @Option(names = "--action-taken", description = "The corrective action is done: ACTION_TAKEN, and the "
                + "effectiveness period starts.")
        boolean actionTaken;

        @Option(names = "--note", paramLabel = "TEXT", description = "A note for the history.")
        String note;

        @Option(names = "--by", paramLabel = "EMAIL", description = "Who makes the change.")
        String by;

        @Override
        public Integer call() {
            return run(StoreOptions.Access.RECORD, (register, opened) -> {
                LocalDate asOf = asOf();
                return "Updated " + NcOutput.show(register.update(id, new Nonconformity.Plan(correction, rootCause,
                        action, owner, target), actionTaken, note, StoreOptions.by(by, opened), asOf), asOf);
            });
        }
    }

    @Command(name = "close", mixinStandardHelpOptions = true,
            description = {"Closes a nonconformity by hand, with a note. Before its findings have stayed resolved "
                    + "for policy.nonconformities.effectivenessDays after the action (when RoleCall closes it by "
                    + "itself), only with --force."})
    static final class Close extends Subcommand {
        @Parameters(index = "0", paramLabel = "ID")
        String id;

        @Option(names = "--note", paramLabel = "TEXT", required = true, description = "Why it is closed.")
        String note;

        @Option(names = "--force", description = "Close before the effectiveness period has passed.")
        boolean force;

        @Option(names = "--by", paramLabel = "EMAIL", description = "Who closes it.")
        String by;

        @Override
        public Integer call() {
            return run(StoreOptions.Access.RECORD, (register, opened) -> {
                LocalDate asOf = asOf();
                return "Closed " + NcOutput.show(register.close(id, note, force, StoreOptions.by(by, opened), asOf),
                        asOf);
            });
        }
    }
}
