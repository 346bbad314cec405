package io.rolecall.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import picocli.CommandLine.Option;

/** Options shared by the commands that read or write the local state. */
final class StateOptions {

    @Option(names = "--state", paramLabel = "DIR", defaultValue = ".rolecall",
            description = "Folder of the local state (an SQLite file). Default: ${DEFAULT-VALUE}")
    Path state;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", converter = DateConverter.class,
            description = "The day the command counts as; default today. Makes runs deterministic "
                    + "and allows backfills.")
    LocalDate asOf;

    LocalDate asOf(Clock clock) {
        return asOf != null ? asOf : LocalDate.now(clock);
    }
}
