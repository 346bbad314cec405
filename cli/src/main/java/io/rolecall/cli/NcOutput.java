package io.rolecall.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.rolecall.core.nonconformity.NcHistoryEntry;
import io.rolecall.core.nonconformity.Nonconformity;
import io.rolecall.core.report.CsvTable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The register as a table, the JSON contract, CSV for a spreadsheet, or one nonconformity in full. */
final class NcOutput {

    enum Format { text, json, csv }

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final List<String> COLUMNS = List.of("id", "status", "source", "findingIds", "raisedOn",
            "description", "correction", "rootCause", "correctiveAction", "owner", "targetDate", "closedOn", "history");

    private NcOutput() {
    }

    static String list(List<Nonconformity> ncs, Format format, LocalDate asOf) {
        return switch (format) {
            case json -> json(ncs);
            case csv -> csv(ncs);
            case text -> table(ncs, asOf);
        };
    }

    /** Exactly: {"nonconformities": [{"id", "status", ..., "history": [{"on", "by", "change"}]}]}, absent values null. */
    private static String json(List<Nonconformity> ncs) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (Nonconformity nc : ncs) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("id", nc.id());
            item.put("status", nc.status().name());
            item.put("source", nc.source().name());
            item.put("findingIds", nc.findingIds());
            item.put("raisedOn", nc.raisedOn().toString());
            item.put("description", nc.description());
            item.put("correction", nc.correction());
            item.put("rootCause", nc.rootCause());
            item.put("correctiveAction", nc.correctiveAction());
            item.put("owner", nc.owner());
            item.put("targetDate", text(nc.targetDate()));
            item.put("closedOn", text(nc.closedOn()));
            List<Map<String, Object>> history = new ArrayList<>();
            for (NcHistoryEntry entry : nc.history()) {
                Map<String, Object> change = new LinkedHashMap<>();
                change.put("on", entry.on().toString());
                change.put("by", entry.by());
                change.put("change", entry.change());
                history.add(change);
            }
            item.put("history", history);
            items.add(item);
        }
        try {
            return JSON.writeValueAsString(Map.of("nonconformities", items)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("maps of text always serialise", e);
        }
    }

    /** One row each; the history as "on by: change" lines in one cell; every cell safe from formula injection. */
    private static String csv(List<Nonconformity> ncs) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(COLUMNS);
        for (Nonconformity nc : ncs) {
            List<String> history = nc.history().stream().map(e -> e.on() + " " + e.by() + ": " + e.change()).toList();
            rows.add(java.util.Arrays.asList(nc.id(), nc.status().name(), nc.source().name(),
                    String.join(" ", nc.findingIds()), nc.raisedOn().toString(), nc.description(), nc.correction(),
                    nc.rootCause(), nc.correctiveAction(), nc.owner(), text(nc.targetDate()), text(nc.closedOn()),
                    String.join("\n", history)));
        }
        return CsvTable.render(rows);
    }

    private static String table(List<Nonconformity> ncs, LocalDate asOf) {
        if (ncs.isEmpty()) {
            return "No nonconformities.\n";
        }
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%-12s  %-14s  %-8s  %-10s  %-22s  %s%n",
                "ID", "STATUS", "SOURCE", "RAISED", "TARGET", "DESCRIPTION"));
        for (Nonconformity nc : ncs) {
            String target = nc.targetDate() == null ? "-" : nc.targetDate() + (nc.actionOverdue(asOf) ? " OVERDUE" : "");
            out.append(String.format(Locale.ROOT, "%-12s  %-14s  %-8s  %-10s  %-22s  %s%n", nc.id(), nc.status(),
                    nc.source(), nc.raisedOn(), target, shortened(nc.summary())));
        }
        return out.toString();
    }

    static String show(Nonconformity nc, LocalDate asOf) {
        StringBuilder out = new StringBuilder();
        out.append(nc.id()).append(": ").append(nc.status()).append(" (").append(nc.source()).append(", raised ")
                .append(nc.raisedOn()).append(")\n");
        field(out, "Findings", String.join(", ", nc.findingIds()));
        field(out, "Description", nc.description());
        field(out, "Correction", nc.correction());
        field(out, "Root cause", nc.rootCause());
        field(out, "Corrective action", nc.correctiveAction());
        field(out, "Owner", nc.owner());
        field(out, "Target date", nc.targetDate() == null ? null
                : nc.targetDate() + (nc.actionOverdue(asOf) ? " (passed, action not taken)" : ""));
        field(out, "Action taken", text(nc.actionTakenOn()));
        field(out, "Closed", text(nc.closedOn()));
        out.append("History:\n");
        for (NcHistoryEntry entry : nc.history()) {
            out.append("  ").append(entry.on()).append("  ").append(entry.by()).append(": ").append(entry.change())
                    .append('\n');
        }
        if (!nc.planComplete() && nc.status() == io.rolecall.core.nonconformity.NcStatus.OPEN) {
            out.append("Next: rolecall nc update ").append(nc.id())
                    .append(" --root-cause ... --action ... --owner ROLE --target YYYY-MM-DD\n");
        }
        return out.toString();
    }

    private static void field(StringBuilder out, String name, String value) {
        String text = value == null ? "-" : value.replace("\n", System.lineSeparator() + " ".repeat(21));
        out.append(String.format(Locale.ROOT, "  %-18s %s%n", name + ":", text));
    }

    private static String shortened(String text) {
        String line = text.replace('\n', ' ');
        return line.length() <= 80 ? line : line.substring(0, 77) + "...";
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
