package io.rolecall.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.rolecall.core.acknowledge.ApprovalState;
import io.rolecall.core.acknowledge.ApprovalStatus;
import io.rolecall.core.catalogue.Approval;
import io.rolecall.core.model.Email;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "approvals", mixinStandardHelpOptions = true,
        description = {"Lists every document of roles.yaml's approvals: and where the management body stands with "
                + "its current version: APPROVED (the quorum approved it less than everyMonths ago), PENDING (asked, "
                + "not decided yet) or STALE (its last approval lapsed). Only reads the state."})
final class ApprovalsCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    enum Format { text, json }

    @Mixin
    StoreOptions store;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
            description = "text: one block per approval; json: machine-readable. Default: ${DEFAULT-VALUE}")
    Format format;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.ParentCommand
    RoleCallCommand parent;

    private final Clock clock = Clock.systemDefaultZone();

    @Override
    public Integer call() throws JsonProcessingException {
        LocalDate asOf = store.asOf(clock);
        List<ApprovalState> approvals = AcknowledgementsCommand.plan(store, parent, clock, asOf).approvals();
        CommandOutput.print(spec, format == Format.json ? json(approvals) : text(approvals, asOf),
                format == Format.json);
        return RoleCallCommand.EXIT_OK;
    }

    private static String json(List<ApprovalState> approvals) throws JsonProcessingException {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (ApprovalState state : approvals) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", state.approval().id());
            row.put("version", state.approval().version());
            row.put("quorum", state.approval().quorum() == Approval.ALL ? "all" : state.approval().quorum());
            row.put("approvedBy", state.approvedBy().stream().map(approver -> {
                Map<String, Object> by = new LinkedHashMap<>();
                by.put("email", approver.email().value());
                by.put("on", approver.on().toString());
                return by;
            }).toList());
            row.put("missing", state.missing().stream().map(Email::value).toList());
            row.put("status", state.status().name());
            rows.add(row);
        }
        return JSON.writeValueAsString(Map.of("approvals", rows)) + System.lineSeparator();
    }

    private static String text(List<ApprovalState> approvals, LocalDate asOf) {
        List<String> lines = new ArrayList<>();
        long approved = approvals.stream().filter(state -> state.status() == ApprovalStatus.APPROVED).count();
        lines.add(approvals.isEmpty() ? "No approvals in roles.yaml: add approvals: to have the management body "
                + "approve a document (see docs/holders.md)."
                : "Approvals as of " + asOf + ": " + approved + " of " + approvals.size() + " approved");
        for (ApprovalState state : approvals) {
            Approval approval = state.approval();
            lines.add("");
            lines.add(approval.id() + " (" + approval.title() + "), version " + approval.version() + ": "
                    + state.status() + ", " + state.approvedBy().size() + " of " + state.needed()
                    + " approvals by " + approval.approversRole() + " (quorum " + approval.quorumLabel() + ")"
                    + (state.status() == ApprovalStatus.APPROVED ? ", decided " + state.approvedOn()
                    : state.dueOn() == null ? ", not asked yet"
                    : (state.overdue(asOf) ? ", was due " : ", due ") + state.dueOn()));
            if (!state.approvedBy().isEmpty()) {
                lines.add("  approved by: " + state.approvedBy().stream()
                        .map(by -> by.email().value() + " on " + by.on()).collect(Collectors.joining(", ")));
            }
            if (state.status() != ApprovalStatus.APPROVED && !state.missing().isEmpty()) {
                lines.add("  missing:     " + state.missing().stream().map(Email::value)
                        .collect(Collectors.joining(", ")));
            }
            state.lastDecision().filter(decision -> state.status() != ApprovalStatus.APPROVED).ifPresent(decision ->
                    lines.add("  last decision: version " + decision.version() + " on " + decision.on()));
        }
        return String.join(System.lineSeparator(), lines) + System.lineSeparator();
    }
}
