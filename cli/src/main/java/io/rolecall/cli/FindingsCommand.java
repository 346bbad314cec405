package io.rolecall.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.rolecall.core.finding.Finding;
import io.rolecall.core.finding.FindingFields;
import io.rolecall.core.finding.FindingLifecycle;
import io.rolecall.core.finding.FindingStatus;
import io.rolecall.core.report.CsvTable;
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

@Command(name = "findings", mixinStandardHelpOptions = true,
        description = {"Lists the findings the state holds, with their ids (for 'rolecall nc raise --finding ID'). "
                + "Only reads the state."})
final class FindingsCommand implements Callable<Integer> {

    enum Status { OPEN, ACCEPTED, RESOLVED, ALL }

    enum Format { text, json, csv }

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private final Clock clock = Clock.systemDefaultZone();

    @Mixin
    StoreOptions store;

    @Option(names = "--status", paramLabel = "OPEN|ACCEPTED|RESOLVED|ALL", defaultValue = "OPEN",
            description = "Which findings. Default: ${DEFAULT-VALUE}")
    Status status;

    @Option(names = "--format", paramLabel = "text|json|csv", defaultValue = "text",
            description = "A table, JSON, or CSV for a spreadsheet. Default: ${DEFAULT-VALUE}")
    Format format;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        List<Finding> findings;
        try (StoreOptions.Opened opened = store.open(StoreOptions.Access.READ)) {
            findings = new ArrayList<>(opened.storage().findings().findings().stream()
                    .filter(f -> status == Status.ALL || f.status() == FindingStatus.valueOf(status.name())).toList());
        }
        findings.sort(FindingLifecycle.REPORT_ORDER);
        LocalDate asOf = store.asOf(clock);
        List<Map<String, Object>> rows = findings.stream().map(FindingsCommand::fields).toList();
        String output = switch (format) {
            case json -> json(rows);
            case csv -> csv(rows);
            case text -> table(findings, asOf);
        };
        CommandOutput.print(spec, output, format != Format.text);
        return RoleCallCommand.EXIT_OK;
    }

    /** A finding's public fields and its dates; exceptionId and expires are set while it is accepted. */
    static Map<String, Object> fields(Finding finding) {
        Map<String, Object> fields = new LinkedHashMap<>(FindingFields.of(finding));
        fields.put("openedOn", finding.openedOn().toString());
        fields.put("dueDate", finding.dueDate().toString());
        fields.put("resolvedAt", finding.resolvedAt() == null ? null : finding.resolvedAt().toString());
        fields.put("exceptionId", finding.isAccepted() ? finding.exception().exceptionId() : null);
        fields.put("expires", finding.isAccepted() ? finding.exception().expires().toString() : null);
        return fields;
    }

    private static String json(List<Map<String, Object>> rows) {
        try {
            return JSON.writeValueAsString(Map.of("findings", rows)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("maps of text always serialise", e);
        }
    }

    /** The same fields as the JSON, one column each, every cell safe from formula injection. */
    private static String csv(List<Map<String, Object>> rows) {
        List<List<String>> table = new ArrayList<>();
        table.add(COLUMNS);
        for (Map<String, Object> row : rows) {
            table.add(COLUMNS.stream().map(c -> row.get(c) == null ? null : String.valueOf(row.get(c))).toList());
        }
        return CsvTable.render(table);
    }

    private static final List<String> COLUMNS = List.of("id", "kind", "severity", "status", "roleId",
            "relatedRoleId", "responsibilityId", "group", "activityId", "person", "message", "remediation", "firstSeen",
            "openedOn", "dueDate", "resolvedAt", "exceptionId", "expires");

    private static String table(List<Finding> findings, LocalDate asOf) {
        if (findings.isEmpty()) {
            return "No findings with that status.\n";
        }
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%-22s  %-28s  %-8s  %-8s  %-24s  %s%n",
                "ID", "KIND", "SEVERITY", "STATUS", "WHEN", "ABOUT"));
        for (Finding finding : findings) {
            String when = switch (finding.status()) {
                case OPEN -> finding.isOverdue(asOf) ? "OVERDUE since " + finding.dueDate() : "due " + finding.dueDate();
                case ACCEPTED -> "until " + finding.exception().expires();
                case RESOLVED -> "resolved " + finding.resolvedAt();
            };
            String about = String.join(", ", java.util.stream.Stream.of(finding.roleId(), finding.relatedRoleId(),
                    finding.responsibilityId(), finding.activityId(), finding.group(), finding.subject(),
                    finding.person() == null ? null
                            : finding.person().value()).filter(java.util.Objects::nonNull).toList())
                    + (finding.isAccepted() ? " (exception " + finding.exception().exceptionId() + ")" : "");
            out.append(String.format(Locale.ROOT, "%-22s  %-28s  %-8s  %-8s  %-24s  %s%n", finding.id(),
                    finding.kind(), finding.severity(), finding.status(), when, about));
        }
        return out.toString();
    }
}
