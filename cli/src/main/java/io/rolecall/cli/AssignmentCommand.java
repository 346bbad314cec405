package io.rolecall.cli;

import io.rolecall.core.calendar.ActivityCompletion;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Records what top management did about who holds a role: a review, or a notice to an authority. */
@Command(name = "assignment", mixinStandardHelpOptions = true,
        description = "Who holds a role: record that top management reviewed it, or that an authority was told "
                + "of a new holder.",
        subcommands = {AssignmentCommand.Review.class, AssignmentCommand.Notified.class})
final class AssignmentCommand implements Runnable {

    @CommandLine.ParentCommand
    RoleCallCommand root;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a subcommand: assignment review ROLE "
                + "--on DATE --by EMAIL, or assignment notified ROLE --on DATE --reference TEXT");
    }

    /** What both subcommands share: the role, the store to record in, the parent's environment, the answer. */
    abstract static class Recording implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "ROLE", description = "A role id of roles.yaml.")
        String roleId;

        @Mixin
        StoreOptions store;

        @CommandLine.ParentCommand
        AssignmentCommand assignment;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        int record(CalendarRecording.Record record) {
            return CalendarRecording.run(store, assignment.root.environment(), spec, record);
        }
    }

    @Command(name = "review", mixinStandardHelpOptions = true,
            description = {"Records that top management reviewed who holds a role (is it still the right person, "
                    + "are the duties and backups right?). The role's assignment reviews (assignmentReviewMonths) "
                    + "count from --on, and a review due after a change of holder (reviewOnHolderChange) is done.",
                    "Each record is kept as evidence."})
    static final class Review extends Recording {

        @Option(names = "--on", paramLabel = "YYYY-MM-DD", required = true, converter = DateConverter.class,
                description = "The day of the review.")
        LocalDate on;

        @Option(names = "--by", paramLabel = "EMAIL", required = true, description = "Who made the review.")
        String by;

        @Option(names = "--evidence", paramLabel = "TEXT_OR_URL",
                description = "Where an auditor finds it: the minutes, the decision.")
        String evidence;

        @Override
        public Integer call() {
            return record((calendar, asOf, opened) -> {
                ActivityCompletion review = calendar.recordAssignmentReview(roleId, on, by, evidence, asOf);
                return "Recorded a review of who holds " + roleId + " on " + review.completedOn() + " by "
                        + review.by() + " in " + opened.describe() + ". The next scan counts the role's reviews from "
                        + "then.";
            });
        }
    }

    @Command(name = "notified", mixinStandardHelpOptions = true,
            description = {"Records that the authority a role names (notifyAuthority) was told who now holds it. "
                    + "The next scan resolves the role's AUTHORITY_NOT_NOTIFIED.", "Each record is kept as evidence."})
    static final class Notified extends Recording {

        @Option(names = "--on", paramLabel = "YYYY-MM-DD", required = true, converter = DateConverter.class,
                description = "The day the authority was told.")
        LocalDate on;

        @Option(names = "--reference", paramLabel = "TEXT", required = true,
                description = "The authority's case number or receipt, or where the notice is kept.")
        String reference;

        @Option(names = "--by", paramLabel = "EMAIL", description = "Who records it.")
        String by;

        @Override
        public Integer call() {
            return record((calendar, asOf, opened) -> {
                ActivityCompletion notice = calendar.recordAuthorityNotice(roleId, on, reference,
                        StoreOptions.by(by, opened), asOf);
                return "Recorded that the authority was told who holds " + roleId + " on " + notice.completedOn()
                        + " (" + notice.evidence() + ") in " + opened.describe() + ". The next scan resolves its "
                        + "AUTHORITY_NOT_NOTIFIED.";
            });
        }
    }
}
