package io.rolecall.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.rolecall.core.catalogue.RoleCatalogue;
import io.rolecall.core.framework.FrameworkPack;
import io.rolecall.core.report.Crosswalk;
import io.rolecall.core.report.CsvTable;
import io.rolecall.core.usecase.CrosswalkQuery;
import java.nio.file.Files;
import java.nio.file.Path;
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

@Command(name = "crosswalk", mixinStandardHelpOptions = true,
        description = {"For every framework roles.yaml enables and each of its role clauses: COVERED (every "
                + "function it needs is declared and no open finding shows it unmet), GAPS (open findings, by id) "
                + "or NOT_SET_UP (a function it needs is declared by no role).",
                "With --roles alone it judges roles.yaml by itself (nothing can have gaps); with --state or --stack "
                        + "it counts the findings of the latest scan, against --roles or that scan's roles.yaml."})
final class CrosswalkCommand implements Callable<Integer> {

    enum Format { text, json, csv }

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Option(names = "--roles", paramLabel = "FILE", description = "The roles.yaml to judge.")
    Path roles;

    @Mixin
    StoreOptions store;

    @Option(names = "--framework", paramLabel = "ID", description = "Only this framework (an id it enables).")
    String framework;

    @Option(names = "--format", paramLabel = "text|json|csv", defaultValue = "text",
            description = "A summary per framework, JSON, or CSV for a spreadsheet. Default: ${DEFAULT-VALUE}")
    Format format;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws JsonProcessingException {
        boolean fromState = store.state != null || store.stack != null
                || roles == null && Files.exists(StoreOptions.DEFAULT_STATE);
        if (roles == null && !fromState) {
            throw new InvalidInputException("give --roles FILE to judge roles.yaml alone, or --state DIR or --stack "
                    + "NAME for the latest scan's");
        }
        Crosswalk crosswalk;
        if (fromState) {
            try (StoreOptions.Opened opened = store.open(StoreOptions.Access.READ)) {
                CrosswalkQuery query = new CrosswalkQuery(opened.storage());
                RoleCatalogue catalogue = roles != null ? RolesFiles.read(roles).parse() : query.latestCatalogue();
                crosswalk = query.of(catalogue, enabled(catalogue));
            }
        } else {
            RoleCatalogue catalogue = RolesFiles.read(roles).parse();
            crosswalk = CrosswalkQuery.withoutFindings(catalogue, enabled(catalogue));
        }
        String output = switch (format) {
            case json -> json(crosswalk);
            case csv -> csv(crosswalk);
            case text -> text(crosswalk, fromState);
        };
        CommandOutput.print(spec, output, format != Format.text);
        return RoleCallCommand.EXIT_OK;
    }

    /** The framework asked for, when it is one roles.yaml enables. */
    private String enabled(RoleCatalogue catalogue) {
        if (framework != null && catalogue.frameworks().pack(framework).isEmpty()) {
            throw new InvalidInputException("--framework " + framework + " is not enabled in roles.yaml; it enables "
                    + String.join(", ", catalogue.frameworks().packs().stream().map(FrameworkPack::id).toList()));
        }
        return framework;
    }

    static String json(Crosswalk crosswalk) throws JsonProcessingException {
        List<Map<String, Object>> frameworks = new ArrayList<>();
        for (Crosswalk.FrameworkStatus status : crosswalk.frameworks()) {
            List<Map<String, Object>> clauses = new ArrayList<>();
            for (Crosswalk.ClauseStatus clause : status.clauses()) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("id", clause.id());
                row.put("title", clause.title());
                row.put("status", clause.status().name());
                row.put("checks", clause.checks());
                row.put("functions", clause.functions());
                row.put("missingFunctions", clause.missingFunctions());
                row.put("openFindings", clause.openFindings());
                clauses.add(row);
            }
            Map<String, Object> summary = new LinkedHashMap<>();
            summary.put("covered", status.count(Crosswalk.Status.COVERED));
            summary.put("gaps", status.count(Crosswalk.Status.GAPS));
            summary.put("notSetUp", status.count(Crosswalk.Status.NOT_SET_UP));
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", status.id());
            row.put("title", status.title());
            row.put("version", status.version());
            row.put("clauses", clauses);
            row.put("summary", summary);
            frameworks.add(row);
        }
        return JSON.writeValueAsString(Map.of("frameworks", frameworks)) + "\n";
    }

    private static String csv(Crosswalk crosswalk) {
        List<List<String>> table = new ArrayList<>();
        table.add(List.of("framework", "clause", "title", "status", "checks", "functions", "missingFunctions",
                "openFindings"));
        for (Crosswalk.FrameworkStatus status : crosswalk.frameworks()) {
            for (Crosswalk.ClauseStatus clause : status.clauses()) {
                table.add(List.of(status.id(), clause.id(), clause.title(), clause.status().name(),
                        String.join(" ", clause.checks()), String.join(" ", clause.functions()),
                        String.join(" ", clause.missingFunctions()), String.join(" ", clause.openFindings())));
            }
        }
        return CsvTable.render(table);
    }

    private static String text(Crosswalk crosswalk, boolean fromState) {
        StringBuilder out = new StringBuilder();
        for (Crosswalk.FrameworkStatus status : crosswalk.frameworks()) {
            out.append(String.format(Locale.ROOT, "%s (%s): %d covered, %d with gaps, %d not set up%n", status.title(),
                    status.version(), status.count(Crosswalk.Status.COVERED), status.count(Crosswalk.Status.GAPS),
                    status.count(Crosswalk.Status.NOT_SET_UP)));
            for (Crosswalk.ClauseStatus clause : status.clauses()) {
                String detail = switch (clause.status()) {
                    case COVERED -> "";
                    case GAPS -> "  " + clause.openFindings().size() + " open: "
                            + String.join(", ", clause.openFindings());
                    case NOT_SET_UP -> "  no role fulfils " + String.join(", ", clause.missingFunctions());
                };
                out.append(String.format(Locale.ROOT, "  %-28s %-10s %s%n", clause.id(), clause.status(),
                        clause.title())).append(detail.isEmpty() ? "" : String.format(Locale.ROOT, "  %-28s %s%n", "",
                        detail.strip()));
            }
            out.append(System.lineSeparator());
        }
        out.append(fromState ? "Open findings are those of the latest scan; 'rolecall findings' lists them."
                : "Judged from roles.yaml alone: give --state or --stack to count the latest scan's findings.")
                .append(System.lineSeparator());
        return out.toString();
    }
}
