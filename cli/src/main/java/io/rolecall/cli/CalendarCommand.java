package io.rolecall.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.rolecall.core.calendar.ActivityState;
import io.rolecall.core.calendar.IsmsCalendar;
import io.rolecall.core.calendar.TrainingState;
import io.rolecall.core.usecase.AsOfRules;
import io.rolecall.core.usecase.CalendarUseCase;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The ISMS calendar from the state: each activity's last and next date and status, and role training. */
@Command(name = "calendar", mixinStandardHelpOptions = true,
        description = {"Lists the activities of the ISMS calendar with when each was last done, when it is next "
                + "due and its status (OK, DUE_SOON, OVERDUE), and the holders whose role training is overdue.",
                "--format ics writes an iCalendar file (RFC 5545) to subscribe to: one event per next due date."})
final class CalendarCommand implements Callable<Integer> {

    enum Format { text, json, ics }

    private static final Clock CLOCK = Clock.systemDefaultZone();
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Mixin
    StoreOptions store;

    @Option(names = "--format", paramLabel = "text|json|ics", defaultValue = "text",
            description = "Default: ${DEFAULT-VALUE}")
    Format format;

    @Option(names = "--out", paramLabel = "FILE",
            description = "Write to this file instead of the terminal, byte for byte (an .ics file keeps the CRLF "
                    + "line ends RFC 5545 asks for, which the terminal output drops).")
    Path out;

    @CommandLine.ParentCommand
    RoleCallCommand root;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws JsonProcessingException {
        try (StoreOptions.Opened opened = store.open(StoreOptions.Access.READ)) {
            LocalDate asOf = store.asOf(CLOCK);
            CalendarUseCase use = new CalendarUseCase(opened.storage(), AsOfRules.from(CLOCK, root.environment()));
            IsmsCalendar calendar = use.view(asOf);
            String organisation = use.latestCatalogue().organisation();
            String output = switch (format) {
                case text -> text(calendar);
                case json -> JSON.writeValueAsString(json(calendar, asOf)) + System.lineSeparator();
                case ics -> IcsFeed.of(organisation, calendar, asOf);
            };
            if (out == null) {
                CommandOutput.print(spec, output, format != Format.text);
            } else {
                OutputFile.write(out, output.getBytes(StandardCharsets.UTF_8));
                spec.commandLine().getOut().println("Wrote the ISMS calendar (" + calendar.activities().size()
                        + " activities) to " + out + ".");
            }
            spec.commandLine().getOut().flush();
        }
        return RoleCallCommand.EXIT_OK;
    }

    private static String text(IsmsCalendar calendar) {
        if (calendar.activities().isEmpty()) {
            return "roles.yaml has no activities: add an activities: list ('rolecall init' writes the usual "
                    + "calendar).\n";
        }
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%-22s  %-9s  %-10s  %-10s  %s%n",
                "ACTIVITY", "STATUS", "LAST DONE", "NEXT DUE", "OWNER"));
        for (ActivityState state : calendar.activities()) {
            out.append(String.format(Locale.ROOT, "%-22s  %-9s  %-10s  %-10s  %s%n", state.activity().id(),
                    state.status(), state.lastDone() == null ? "never" : state.lastDone(),
                    state.nextDue() == null ? "now" : state.nextDue(),
                    state.activity().ownerRole() + ": " + calendar.ownerText(state.activity())));
        }
        List<TrainingState> overdue = calendar.trainingOverdue();
        out.append(overdue.isEmpty() ? "\nEvery holder's role training is current.\n"
                : "\nRole training overdue (" + overdue.size() + "):\n");
        for (TrainingState state : overdue) {
            out.append("  ").append(state.holder().label()).append(", ").append(state.role().id()).append(": ")
                    .append(state.lastDone() == null ? "never completed" : "last " + state.lastDone() + ", due "
                            + state.nextDue()).append('\n');
        }
        return out.toString();
    }

    private static Map<String, Object> json(IsmsCalendar calendar, LocalDate asOf) {
        List<Map<String, Object>> activities = new ArrayList<>();
        for (ActivityState state : calendar.activities()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("id", state.activity().id());
            item.put("name", state.activity().name());
            item.put("ownerRole", state.activity().ownerRole());
            item.put("owner", calendar.ownerText(state.activity()));
            item.put("reference", state.activity().reference());
            item.put("everyMonths", state.activity().everyMonths());
            item.put("lastDone", state.lastDone() == null ? null : state.lastDone().toString());
            item.put("evidence", state.lastEvidence());
            item.put("nextDue", state.nextDue() == null ? null : state.nextDue().toString());
            item.put("status", state.status().name());
            activities.add(item);
        }
        List<Map<String, Object>> training = new ArrayList<>();
        for (TrainingState state : calendar.training()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("person", state.holder().email().value());
            item.put("roleId", state.role().id());
            item.put("training", state.role().training().name());
            item.put("lastDone", state.lastDone() == null ? null : state.lastDone().toString());
            item.put("evidence", state.lastEvidence());
            item.put("nextDue", state.nextDue() == null ? null : state.nextDue().toString());
            item.put("status", state.status().name());
            training.add(item);
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("asOf", asOf.toString());
        root.put("activities", activities);
        root.put("training", training);
        return root;
    }
}
