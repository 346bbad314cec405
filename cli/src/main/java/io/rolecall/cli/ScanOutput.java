package io.rolecall.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rolecall.core.finding.ExceptionCheck;
import io.rolecall.core.finding.Finding;
import io.rolecall.core.model.FindingKind;
import io.rolecall.core.finding.FindingFields;
import io.rolecall.core.model.Severity;
import io.rolecall.core.metrics.PostureMetrics;
import io.rolecall.core.usecase.NonconformityUseCase;
import io.rolecall.core.usecase.ScanResult;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Prints a finished scan as a table grouped by severity, with the accepted risks, what changed in the
 * nonconformity register and exceptions that accept nothing; or as the JSON contract.
 */
final class ScanOutput {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final ScanResult result;
    private final String source;
    private final NonconformityUseCase.AfterScan register;

    /** @param register what the scan changed in the nonconformity register */
    ScanOutput(ScanResult result, String source, NonconformityUseCase.AfterScan register) {
        this.result = result;
        this.source = source;
        this.register = register;
    }

    /** Exceptions of roles.yaml that accept nothing today: each a warning, never an error. */
    List<ExceptionCheck.Warning> exceptionWarnings() {
        return ExceptionCheck.warnings(result.catalogue().acceptedRisks(), result.findings().all(),
                result.run().asOf(), result.exceptionsNotStanding());
    }

    String text(Path stateDir) {
        LocalDate asOf = result.run().asOf();
        PostureMetrics metrics = result.run().metrics();
        List<Finding> open = result.findings().open();
        List<Finding> accepted = result.findings().acceptedNow();
        Set<String> newIds = result.findings().opened().stream().map(Finding::id).collect(Collectors.toSet());
        StringBuilder out = new StringBuilder();
        out.append("RoleCall scan: ").append(result.catalogue().organisation()).append(", as of ").append(asOf)
                .append('\n');
        out.append("Directory: ").append(metrics.people()).append(" people (").append(metrics.activePeople())
                .append(" active) from ").append(source).append("; ").append(metrics.roles()).append(" roles, ")
                .append(result.catalogue().responsibilities().size()).append(" responsibilities\n");
        result.hrJoin().ifPresent(hr -> out.append("HR: ").append(hr.hr().records().size()).append(" records from ")
                .append(hr.hr().source()).append("; ").append(hr.matched()).append(" matched a directory account, ")
                .append(hr.hrWithoutAccount()).append(" had none; ").append(hr.peopleWithoutHr())
                .append(" people in the directory have no HR record; ")
                .append(metrics.uncoveredRoleDays() == null ? 0 : metrics.uncoveredRoleDays())
                .append(" role-days ahead with nobody to act\n"));
        out.append(String.format(Locale.ROOT, "Role coverage %.1f%%, backup coverage %.1f%%, duties accepted by "
                        + "%d of %d holders (%.1f%%)%n", metrics.roleCoveragePercent(), metrics.backupCoveragePercent(),
                metrics.holdersAcknowledged(), metrics.holdersToAcknowledge(), metrics.acknowledgedPercent()));
        out.append("Open gaps: ").append(open.size()).append(" (")
                .append(Arrays.stream(Severity.values())
                        .map(s -> metrics.openBySeverity().get(s) + " " + s.name().toLowerCase(Locale.ROOT))
                        .collect(Collectors.joining(", ")))
                .append("); ").append(result.run().opened()).append(" new, ").append(result.run().reopened())
                .append(" reopened, ").append(result.run().resolved()).append(" resolved, ")
                .append(metrics.overdue()).append(" overdue")
                .append(accepted.isEmpty() ? "" : "; " + accepted.size() + " accepted as risks").append('\n');
        for (Severity severity : Severity.values()) {
            List<Finding> ofSeverity = open.stream().filter(f -> f.severity() == severity).toList();
            if (ofSeverity.isEmpty()) {
                continue;
            }
            out.append('\n').append(severity).append(" (").append(ofSeverity.size()).append(")\n");
            for (Finding finding : ofSeverity) {
                String status = newIds.contains(finding.id()) ? "new"
                        : finding.isOverdue(asOf) ? "OVERDUE since " + finding.dueDate()
                        : "open since " + finding.openedOn() + ", due " + finding.dueDate();
                out.append(String.format(Locale.ROOT, "  %-28s %s  [%s]%n", finding.kind(), subject(finding), status));
                out.append("      ").append(finding.message()).append('\n');
                out.append("      Fix: ").append(finding.remediation()).append('\n');
                RecordHints.of(finding).ifPresent(command -> out.append("      Record: ").append(command).append('\n'));
            }
        }
        if (open.isEmpty()) {
            out.append("\nNo open gaps. Well kept!\n");
        }
        if (!accepted.isEmpty()) {
            out.append("\nACCEPTED RISKS (").append(accepted.size()).append(")\n");
            for (Finding finding : accepted) {
                out.append(String.format(Locale.ROOT, "  %-28s %s  [accepted under %s until %s]%n", finding.kind(),
                        subject(finding), finding.exception().exceptionId(), finding.exception().expires()));
                out.append("      ").append(finding.message()).append('\n');
            }
        }
        registerText(out);
        List<ExceptionCheck.Warning> warnings = exceptionWarnings();
        if (!warnings.isEmpty()) {
            out.append('\n');
            warnings.forEach(w -> out.append("Warning: ").append(w.message()).append('\n'));
        }
        out.append("\nState saved in ").append(stateDir).append(". The weekly email: rolecall report weekly --state ")
                .append(stateDir).append('\n');
        return out.toString();
    }

    private void registerText(StringBuilder out) {
        if (register.isEmpty()) {
            return;
        }
        out.append("\nNonconformities (rolecall nc list):\n");
        register.raised().forEach(nc -> out.append("  ").append(nc.id()).append(" raised: ")
                .append(nc.summary()).append('\n'));
        register.reopened().forEach(nc -> out.append("  ").append(nc.id())
                .append(" is OPEN again: its corrective action was not effective\n"));
        register.closed().forEach(nc -> out.append("  ").append(nc.id())
                .append(" CLOSED: its corrective action proved effective\n"));
    }

    private static String subject(Finding finding) {
        String what = finding.responsibilityId() != null ? "responsibility " + finding.responsibilityId()
                : finding.activityId() != null ? "activity " + finding.activityId()
                : finding.kind().scope() == FindingKind.Scope.DOCUMENT_PERSON ? "document " + finding.subject()
                : finding.kind().scope() == FindingKind.Scope.FUNCTION ? "function " + finding.subject()
                : finding.kind().scope() == FindingKind.Scope.APPROVAL ? "approval " + finding.subject()
                : finding.kind().scope() == FindingKind.Scope.ROLE_PERIOD ? finding.roleId() + ", from "
                + finding.subject()
                : finding.roleId() == null ? "" : finding.relatedRoleId() == null ? finding.roleId()
                : finding.roleId() + " + " + finding.relatedRoleId();
        String who = finding.person() == null ? "" : finding.person().value();
        return what.isEmpty() ? who : who.isEmpty() ? what : what + ", " + who;
    }

    private static ObjectNode findingNode(ObjectNode node, Finding finding) {
        node.setAll((ObjectNode) JSON.valueToTree(FindingFields.of(finding)));
        node.put("dueDate", finding.dueDate().toString());
        return node;
    }

    String json() {
        PostureMetrics metrics = result.run().metrics();
        ObjectNode root = JSON.createObjectNode();
        root.put("organisation", result.catalogue().organisation());
        root.put("asOf", result.run().asOf().toString());
        ObjectNode summary = root.putObject("summary");
        summary.put("open", metrics.open());
        summary.put("new", result.run().opened());
        summary.put("reopened", result.run().reopened());
        summary.put("resolved", result.run().resolved());
        summary.put("overdue", metrics.overdue());
        ObjectNode bySeverity = summary.putObject("bySeverity");
        for (Severity severity : Severity.values()) {
            bySeverity.put(severity.name(), metrics.openBySeverity().get(severity));
        }
        summary.put("people", metrics.people());
        summary.put("activePeople", metrics.activePeople());
        summary.put("roles", metrics.roles());
        summary.put("roleCoveragePercent", metrics.roleCoveragePercent());
        summary.put("backupCoveragePercent", metrics.backupCoveragePercent());
        summary.put("acknowledgedPercent", metrics.acknowledgedPercent());
        summary.put("accepted", result.findings().acceptedNow().size());
        result.hrJoin().ifPresent(hr -> {
            // Only with an HR source read by this scan: how its records joined the directory.
            ObjectNode joined = summary.putObject("hr");
            joined.put("source", hr.hr().source());
            joined.put("records", hr.hr().records().size());
            joined.put("matched", hr.matched());
            joined.put("withoutAccount", hr.hrWithoutAccount());
            joined.put("peopleWithoutHr", hr.peopleWithoutHr());
            joined.put("uncoveredRoleDays", metrics.uncoveredRoleDays());
        });
        ArrayNode findings = root.putArray("findings");
        for (Finding finding : result.findings().open()) {
            findingNode(findings.addObject(), finding);
        }
        ArrayNode accepted = root.putArray("accepted");
        for (Finding finding : result.findings().acceptedNow()) {
            ObjectNode node = findingNode(accepted.addObject(), finding);
            node.put("exceptionId", finding.exception().exceptionId());
            node.put("expires", finding.exception().expires().toString());
        }
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }
}
