package io.rolecall.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.rolecall.core.acknowledge.AcknowledgementPlan;
import io.rolecall.core.acknowledge.AcknowledgementStatus;
import io.rolecall.core.acknowledge.HolderAcknowledgement;
import io.rolecall.core.catalogue.Document;
import io.rolecall.core.usecase.AsOfRules;
import io.rolecall.core.usecase.HolderStatusQuery;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine;

@Command(name = "acknowledgements", mixinStandardHelpOptions = true,
        description = {"Lists every active holder of every role and where they stand with accepting its current "
                + "duties (ACCEPTED, PENDING, OVERDUE or NOT_REQUIRED), then every reader of every document of "
                + "roles.yaml and where they stand with acknowledging it. Only reads the state."})
final class AcknowledgementsCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    enum Format { text, json }

    @Mixin
    StoreOptions store;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
            description = "text: a table; json: machine-readable. Default: ${DEFAULT-VALUE}")
    Format format;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.ParentCommand
    RoleCallCommand parent;

    private final Clock clock = Clock.systemDefaultZone();

    @Override
    public Integer call() throws JsonProcessingException {
        LocalDate asOf = store.asOf(clock);
        AcknowledgementPlan plan = plan(store, parent, clock, asOf);
        CommandOutput.print(spec, format == Format.json ? json(plan, asOf) : text(plan, asOf), format == Format.json);
        return RoleCallCommand.EXIT_OK;
    }

    /** Where every holder, reader and approver stands on {@code asOf}, read from the state without writing. */
    static AcknowledgementPlan plan(StoreOptions store, RoleCallCommand parent, Clock clock, LocalDate asOf) {
        try (StoreOptions.Opened opened = store.open(StoreOptions.Access.READ)) {
            return new HolderStatusQuery(opened.storage(), AsOfRules.from(clock, parent.environment())).asOf(asOf);
        }
    }

    private static String json(AcknowledgementPlan plan, LocalDate asOf) throws JsonProcessingException {
        List<Map<String, Object>> holders = new ArrayList<>();
        for (HolderAcknowledgement holder : plan.holders()) {
            holders.add(row(holder, "role", holder.roleId()));
        }
        List<Map<String, Object>> readers = new ArrayList<>();
        for (HolderAcknowledgement reader : plan.documents()) {
            readers.add(row(reader, "document", documentId(reader)));
        }
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("asOf", asOf.toString());
        document.put("holders", holders);
        document.put("documents", readers);
        return JSON.writeValueAsString(document) + System.lineSeparator();
    }

    /** One holder of a role, or one reader of a document (then {@code what} is "document"). */
    private static Map<String, Object> row(HolderAcknowledgement holder, String what, String id) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("person", holder.person().value());
        row.put(what, id);
        row.put("status", holder.status().name());
        row.put("version", holder.version());
        row.put("acceptedAt", holder.acceptedAt() == null ? null : holder.acceptedAt().toString());
        row.put("firstAskedOn", holder.firstAskedOn() == null ? null : holder.firstAskedOn().toString());
        row.put("attempts", holder.failedAttempts());
        return row;
    }

    private static String documentId(HolderAcknowledgement reader) {
        return Document.idIn(reader.roleId()).orElseThrow();
    }

    private static String text(AcknowledgementPlan plan, LocalDate asOf) {
        List<String> lines = new ArrayList<>();
        lines.add("Acknowledgements as of " + asOf + ": " + plan.accepted() + " of " + plan.required()
                + " holders accepted their current duties");
        lines.add(row("ROLE", "HOLDER", "STATUS", "SINCE / DUE"));
        for (HolderAcknowledgement holder : plan.holders()) {
            lines.add(row(holder.roleId(), holder.person().value(), holder.status().name(), when(holder)));
        }
        if (!plan.documents().isEmpty()) {
            long acknowledged = plan.documents().stream()
                    .filter(reader -> reader.status() == AcknowledgementStatus.ACCEPTED).count();
            lines.add("");
            lines.add("Documents: " + acknowledged + " of " + plan.documents().size()
                    + " readers acknowledged the current version");
            lines.add(row("DOCUMENT", "READER", "STATUS", "SINCE / DUE"));
            for (HolderAcknowledgement reader : plan.documents()) {
                lines.add(row(documentId(reader), reader.person().value(), reader.status().name(), when(reader)));
            }
        }
        return String.join(System.lineSeparator(), lines) + System.lineSeparator();
    }

    private static String when(HolderAcknowledgement holder) {
        return switch (holder.status()) {
            case ACCEPTED -> "accepted " + holder.acceptedAt().toString().substring(0, 10);
            case OVERDUE -> "was due " + holder.dueOn();
            case PENDING -> holder.dueOn() == null ? "not asked yet" : "due " + holder.dueOn();
            case NOT_REQUIRED -> "";
        };
    }

    private static String row(String role, String holder, String status, String when) {
        return String.format(Locale.ROOT, "%-28s %-34s %-12s %s", role, holder, status, when).stripTrailing();
    }
}
