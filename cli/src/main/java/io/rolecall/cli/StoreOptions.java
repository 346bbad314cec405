package io.rolecall.cli;

import io.rolecall.core.model.Email;
import io.rolecall.core.port.ReportLog;
import io.rolecall.core.port.RolesYamlHistory;
import io.rolecall.core.port.Storage;
import io.rolecall.core.usecase.NothingScannedException;
import io.rolecall.infra.local.LocalStorage;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import picocli.CommandLine.Option;

/**
 * Where a command finds the state: a local state folder, or the table of a deployed stack
 * ({@code --stack}), and the day it counts as.
 */
final class StoreOptions {

    static final Path DEFAULT_STATE = Path.of(".rolecall");

    @Option(names = "--state", paramLabel = "DIR",
            description = "Folder of the local state (an SQLite file). Default: .rolecall")
    Path state;

    @Option(names = "--stack", paramLabel = "NAME",
            description = "Use the state of a deployed stack instead (its CloudFormation stack name), with the "
                    + "default AWS credentials (AWS_PROFILE, IAM Identity Center, environment).")
    String stack;

    @Option(names = "--region", paramLabel = "REGION",
            description = "The stack's region (default: AWS_REGION or the profile's). Only with --stack.")
    String region;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", converter = DateConverter.class,
            description = "The day the command counts as; default today.")
    LocalDate asOf;

    /** Who a change is by: {@code --by EMAIL} when given, else the OS user, or with --stack the IAM principal. */
    static String by(String given, Opened opened) {
        if (given == null) {
            return opened.caller();
        }
        if (!Email.isValid(given)) {
            throw new InvalidInputException("--by '" + given + "' is not an email address");
        }
        return Email.of(given).value();
    }

    LocalDate asOf(Clock clock) {
        return asOf != null ? asOf : LocalDate.now(clock);
    }

    /** How a command uses the state: reads only, or records beside running scans. */
    enum Access { READ, RECORD }

    /** The state, opened: close it when done. */
    interface Opened extends AutoCloseable {
        Storage storage();

        /** Who a change is by when --by is not given: the OS user, or the caller's IAM principal. */
        String caller();

        /** "the state in .rolecall" or "the stack rolecall-prod": for messages. */
        String describe();

        /**
         * Checks that a command which records can write here, before it does anything else that shows.
         *
         * @throws io.rolecall.infra.local.LocalStateException saying why it cannot
         */
        default void checkWritable() {
        }

        /** What was sent once: the log deliveries claim their keys in and the evidence pack lists. */
        default ReportLog sendLog() {
            return null;
        }

        /** Every upload of roles.yaml where the deployment keeps them (a stack's S3 versions); null locally. */
        default RolesYamlHistory rolesYamlHistory() {
            return null;
        }

        @Override
        void close();
    }

    Opened open(Access access) {
        if (stack != null) {
            if (state != null) {
                throw new InvalidInputException("give --state or --stack, not both");
            }
            DeployedStack deployed = DeployedStack.find(stack, region);
            return new Opened() {
                private final Storage storage = deployed.storage().storage();

                @Override
                public Storage storage() {
                    return storage;
                }

                @Override
                public String caller() {
                    return deployed.caller();
                }

                @Override
                public String describe() {
                    return "the stack " + deployed.name();
                }

                @Override
                public RolesYamlHistory rolesYamlHistory() {
                    return deployed.rolesYamlHistory();
                }

                @Override
                public ReportLog sendLog() {
                    return deployed.storage().reportLog();
                }

                @Override
                public void close() {
                    deployed.close();
                }
            };
        }
        if (region != null) {
            throw new InvalidInputException("--region is only for --stack");
        }
        Path dir = state != null ? state : DEFAULT_STATE;
        if (!LocalStorage.holdsState(dir)) {
            throw new NothingScannedException("there is no RoleCall state in " + dir + " yet: run 'rolecall scan' "
                    + "first, point --state at the folder of an earlier scan, or use --stack NAME for a deployed "
                    + "stack");
        }
        LocalStorage local = access == Access.READ ? LocalStorage.openForReading(dir)
                : LocalStorage.openForRecording(dir);
        return new Opened() {
            @Override
            public Storage storage() {
                return local.storage();
            }

            @Override
            public String caller() {
                return System.getProperty("user.name", "unknown");
            }

            @Override
            public String describe() {
                return "the state in " + dir;
            }

            @Override
            public void checkWritable() {
                local.checkWritable();
            }

            @Override
            public ReportLog sendLog() {
                return local.sentEmails();
            }

            @Override
            public void close() {
                local.close();
            }
        };
    }
}
