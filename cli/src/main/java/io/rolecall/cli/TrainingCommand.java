package io.rolecall.cli;

import io.rolecall.core.calendar.TrainingRow;
import io.rolecall.core.usecase.CalendarUseCase;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Records that holders completed the training of their role: one by hand, or an LMS export at once. */
@Command(name = "training", mixinStandardHelpOptions = true,
        description = "Role training (roles.yaml role training:): record a completion, or import a CSV of them.",
        subcommands = {TrainingCommand.Record.class, TrainingCommand.Import.class})
final class TrainingCommand implements Runnable {

    static final List<String> HEADER = List.of("person", "role", "completedOn", "evidence");

    @CommandLine.ParentCommand
    RoleCallCommand root;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "name a subcommand: training record --person EMAIL --role ROLE --on DATE --evidence T, or training "
                        + "import FILE.csv");
    }

    /** What both subcommands share: the store to record in, the parent's environment, and the answer. */
    abstract static class Recording implements Callable<Integer> {
        @Mixin
        StoreOptions store;

        @CommandLine.ParentCommand
        TrainingCommand training;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        /** Records {@code rows} (all or none) as made by {@code by}, and says how many were stored. */
        int record(String by, List<TrainingRow> rows) {
            return CalendarRecording.run(store, training.root.environment(), spec, (calendar, asOf, opened) -> {
                CalendarUseCase.TrainingRecorded recorded = calendar.recordTraining(rows, StoreOptions.by(by, opened),
                        asOf);
                int added = recorded.added().size();
                List<String> lines = new ArrayList<>();
                lines.add("Recorded " + added + " training completion" + (added == 1 ? "" : "s") + " in "
                        + opened.describe() + (recorded.repeatedRows() == 0 ? "" : "; " + recorded.repeatedRows()
                        + (recorded.repeatedRows() == 1 ? " row repeated" : " rows repeated") + " another and "
                        + (recorded.repeatedRows() == 1 ? "was" : "were") + " kept once")
                        + (recorded.keptBefore() == 0 ? "" : "; " + recorded.keptBefore() + " had been recorded "
                        + "before") + "." + (added == 0 ? "" : " The next scan resolves the TRAINING_OVERDUE "
                        + "findings they answer."));
                recorded.neverSeen().forEach(person -> lines.add("warning: " + person.value() + " has not been "
                        + "in the directory of any scan; if the address is mistyped, this training counts for "
                        + "nobody. Check it against the directory."));
                return String.join(System.lineSeparator(), lines);
            });
        }
    }

    @Command(name = "record", mixinStandardHelpOptions = true,
            description = "Records that a person completed the training of a role.")
    static final class Record extends Recording {
        @Option(names = "--person", paramLabel = "EMAIL", required = true, description = "Who completed it.")
        String person;

        @Option(names = "--role", paramLabel = "ROLE", required = true,
                description = "The role whose training it is (a role with training: in roles.yaml).")
        String role;

        @Option(names = "--on", paramLabel = "YYYY-MM-DD", required = true, converter = DateConverter.class,
                description = "The day it was completed.")
        LocalDate on;

        @Option(names = "--evidence", paramLabel = "TEXT_OR_URL", required = true,
                description = "A certificate, an LMS record: where an auditor finds it.")
        String evidence;

        @Option(names = "--by", paramLabel = "EMAIL", description = "Who records it.")
        String by;

        @Override
        public Integer call() {
            // No "where": a problem with a row given on the command line is about the options themselves.
            return record(by, List.of(new TrainingRow("", person, role, on.toString(), evidence)));
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = {"Records every completion of a CSV file with the header person,role,completedOn,evidence "
                    + "(an LMS export mapped to these columns). The whole file is checked first: one problem "
                    + "anywhere stores nothing, and every problem is listed with its line.",
                    "Importing the same file again changes nothing."})
    static final class Import extends Recording {
        @Parameters(index = "0", paramLabel = "FILE.csv", description = "The completions to record.")
        Path file;

        @Option(names = "--by", paramLabel = "EMAIL", description = "Who records them.")
        String by;

        @Override
        public Integer call() {
            List<TrainingRow> rows = read(file);
            return record(by, rows);
        }
    }

    /** The rows of an import file, each with its line, or a clear error about the file itself. */
    static List<TrainingRow> read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new InvalidInputException(file + " does not exist or is not a file");
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(true).get();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = format.parse(reader)) {
            List<String> header = parser.getHeaderNames().stream().map(name -> name.replace("\uFEFF", "")).toList();
            if (!header.equals(HEADER)) {
                throw new InvalidInputException(file + " line 1: the header is " + String.join(",", header)
                        + "; it must be exactly " + String.join(",", HEADER) + " (map the LMS export's columns to "
                        + "these names)");
            }
            List<TrainingRow> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                String where = file.getFileName() + " line " + (record.getParser().getCurrentLineNumber());
                if (record.size() != HEADER.size()) {
                    throw new InvalidInputException(where + ": " + record.size() + " cells where the header has "
                            + HEADER.size() + " (person,role,completedOn,evidence); quote a cell that holds a comma");
                }
                rows.add(new TrainingRow(where, record.get(0), record.get(1), record.get(2), record.get(3)));
            }
            return rows;
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
            throw new InvalidInputException(file + " is not a CSV file RoleCall can read: " + e.getMessage());
        }
    }
}
