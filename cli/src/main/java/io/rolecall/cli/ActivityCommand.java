package io.rolecall.cli;

import io.rolecall.core.calendar.ActivityCompletion;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Records that an activity of the ISMS calendar was done, with its evidence. */
@Command(name = "activity", mixinStandardHelpOptions = true,
        description = "The activities of the ISMS calendar (roles.yaml activities:): record one as done.",
        subcommands = ActivityCommand.Done.class)
final class ActivityCommand implements Runnable {

    @CommandLine.ParentCommand
    RoleCallCommand root;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "name a subcommand: activity done ACTIVITY_ID --on DATE --evidence TEXT_OR_URL");
    }

    @Command(name = "done", mixinStandardHelpOptions = true,
            description = {"Records that an activity was done: its next due date counts from --on, and the next "
                    + "scan resolves its ACTIVITY_DUE_SOON or ACTIVITY_OVERDUE finding.",
                    "Each record is kept as evidence; the same activity, day and evidence twice is kept once."})
    static final class Done implements Callable<Integer> {

        @Parameters(index = "0", paramLabel = "ACTIVITY_ID", description = "An id under activities: in roles.yaml.")
        String activityId;

        @Option(names = "--on", paramLabel = "YYYY-MM-DD", required = true, converter = DateConverter.class,
                description = "The day it was done.")
        LocalDate on;

        @Option(names = "--evidence", paramLabel = "TEXT_OR_URL", required = true,
                description = "Where an auditor finds it: the report, the minutes, the ticket.")
        String evidence;

        @Option(names = "--by", paramLabel = "EMAIL", description = "Who records it.")
        String by;

        @Mixin
        StoreOptions store;

        @CommandLine.ParentCommand
        ActivityCommand activity;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            return CalendarRecording.run(store, activity.root.environment(), spec, (calendar, asOf, opened) -> {
                ActivityCompletion done = calendar.done(activityId, on, evidence, StoreOptions.by(by, opened), asOf);
                var state = calendar.view(asOf).activities().stream()
                        .filter(s -> s.activity().id().equals(done.activityId())).findFirst().orElseThrow();
                return "Recorded " + state.activity().label() + " as done on " + done.completedOn() + " by "
                        + done.by() + " in " + opened.describe() + "; " + state.when()
                        + ". The next scan resolves its findings.";
            });
        }
    }
}
