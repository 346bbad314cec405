package io.rolecall.core.report;

import io.rolecall.core.finding.Finding;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** One finding as a report shows it. Text fields are raw; templates escape them for HTML. */
public record FindingLine(String id, String kind, String title, String severity, String roleId, String person,
                          String message, String remediation, LocalDate openedOn, long ageDays, LocalDate dueDate,
                          boolean overdue, boolean reopened, LocalDate resolvedOn, long daysToResolve,
                          String whoActs, java.util.List<String> references, String ticket) {

    public FindingLine {
        references = references == null ? java.util.List.of() : java.util.List.copyOf(references);
    }

    /**
     * "ISO/IEC 27001:2022 5.3, 7.3; SOC 2 CC1.5": references one after another that cite the same work
     * (all but their last word) say it once. Null when no enabled clause covers the finding.
     */
    public String referencesText() {
        if (references.isEmpty()) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        String work = null;
        for (String reference : references) {
            int cut = reference.lastIndexOf(' ');
            String itsWork = cut < 0 ? null : reference.substring(0, cut);
            if (itsWork != null && itsWork.equals(work)) {
                text.append(", ").append(reference.substring(cut + 1));
            } else {
                text.append(text.isEmpty() ? "" : "; ").append(reference);
            }
            work = itsWork;
        }
        return text.toString();
    }

    /** Text colour for the severity badge in HTML reports. */
    public String color() {
        return SeverityCount.colorOf(severity);
    }

    /** "High", as a report for top management says it. */
    public String severityWord() {
        return io.rolecall.core.model.Severity.valueOf(severity).word();
    }

    public static FindingLine of(Finding finding, LocalDate asOf) {
        LocalDate resolved = finding.resolvedAt();
        return new FindingLine(finding.id(), finding.kind().name(), finding.kind().title(), finding.severity().name(),
                finding.roleId(), finding.person() == null ? null : finding.person().value(), finding.message(),
                finding.remediation(), finding.openedOn(), ChronoUnit.DAYS.between(finding.openedOn(), asOf),
                finding.dueDate(), finding.isOverdue(asOf), finding.episodes().size() > 1, resolved,
                resolved == null ? 0 : ChronoUnit.DAYS.between(finding.openedOn(), resolved), null,
                finding.references(), null);
    }

    /** The same line naming who must act on it. */
    FindingLine actedOnBy(String who) {
        return new FindingLine(id, kind, title, severity, roleId, person, message, remediation, openedOn, ageDays,
                dueDate, overdue, reopened, resolvedOn, daysToResolve, who, references, ticket);
    }

    /** The same line with the tracker's issue for its episode (Jira's key), from {@code tickets} by episode. */
    FindingLine withTicketFrom(java.util.Map<String, String> tickets) {
        String key = tickets.get(id + "@" + openedOn);
        return key == null ? this : new FindingLine(id, kind, title, severity, roleId, person, message, remediation,
                openedOn, ageDays, dueDate, overdue, reopened, resolvedOn, daysToResolve, whoActs, references, key);
    }
}
