package io.rolecall.cli;

import io.rolecall.core.usecase.AsOfRules;
import io.rolecall.core.usecase.CalendarUseCase;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import picocli.CommandLine;

/** One record of the ISMS calendar's kind (an activity done, an assignment reviewed, an authority told), stored and told. */
final class CalendarRecording {

    private static final Clock CLOCK = Clock.systemDefaultZone();

    private CalendarRecording() {
    }

    /** What a command records, and the sentence that tells the user what was recorded. */
    interface Record {
        String record(CalendarUseCase calendar, LocalDate asOf, StoreOptions.Opened opened);
    }

    static int run(StoreOptions store, Map<String, String> environment, CommandLine.Model.CommandSpec spec,
                   Record record) {
        try (StoreOptions.Opened opened = store.open(StoreOptions.Access.RECORD)) {
            LocalDate asOf = store.asOf(CLOCK);
            String told = record.record(new CalendarUseCase(opened.storage(), AsOfRules.from(CLOCK, environment)),
                    asOf, opened);
            spec.commandLine().getOut().println(told);
            spec.commandLine().getOut().flush();
        }
        return RoleCallCommand.EXIT_OK;
    }
}
