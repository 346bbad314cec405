package io.rolecall.core.report;

import io.rolecall.core.model.NameList;
import io.rolecall.core.acknowledge.AcknowledgementStatus;
import io.rolecall.core.acknowledge.HolderAcknowledgement;
import io.rolecall.core.finding.Finding;
import io.rolecall.core.finding.FindingLifecycle;
import io.rolecall.core.finding.FindingStatus;
import io.rolecall.core.model.Severity;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The weekly gap report for the compliance manager: what is open by severity, what is new, what is
 * still open (age, due date, overdue), what was resolved, each with its remediation, which
 * holders have yet to accept their duties (overdue first), which accepted risks expire soon, and
 * which nonconformities need action.
 */
public record WeeklyReport(String organisation, ReportPeriod period, LocalDate asOf, ReportAudience audience,
                           String subject, List<SeverityCount> openBySeverity, int open, int overdue,
                           List<FindingLine> overdueGaps, List<FindingLine> newThisWeek, List<FindingLine> stillOpen,
                           List<FindingLine> resolvedThisWeek, List<AcknowledgementLine> acknowledgements,
                           int holdersAccepted, int holdersToAccept, List<ExceptionLine> expiringExceptions,
                           List<NonconformityLine> nonconformities, List<CalendarLine> calendar,
                           ReportCitations citations, List<ComingLine> coming, List<HandoverLine> handovers) {

    public int comingCount() {
        return coming.size();
    }

    public int handoversCount() {
        return handovers.size();
    }

    public boolean hasHandovers() {
        return !handovers.isEmpty();
    }

    public int calendarCount() {
        return calendar.size();
    }

    public int nonconformitiesCount() {
        return nonconformities.size();
    }


    public int expiringCount() {
        return expiringExceptions.size();
    }

    public boolean hasExpiring() {
        return !expiringExceptions.isEmpty();
    }

    /** Gaps each section lists, most severe first; with more, every open gap goes in an attached CSV. */
    static final int GAPS_SHOWN = 100;

    public List<FindingLine> overdueShown() {
        return first(overdueGaps);
    }

    public List<FindingLine> newShown() {
        return first(newThisWeek);
    }

    public List<FindingLine> stillOpenShown() {
        return first(stillOpen);
    }

    public String overdueNotShown() {
        return notShown(overdueGaps, "overdue gaps");
    }

    public String newNotShown() {
        return notShown(newThisWeek, "new gaps");
    }

    public String stillOpenNotShown() {
        return notShown(stillOpen, "gaps still open");
    }

    /** Whether a section was cut, so that every open gap is attached as {@link #gapsFile()}. */
    public boolean gapsCut() {
        return overdueGaps.size() > GAPS_SHOWN || newThisWeek.size() > GAPS_SHOWN || stillOpen.size() > GAPS_SHOWN;
    }

    /** open-gaps-2026-W49.csv */
    public String gapsFile() {
        return "open-gaps-" + period.key() + ".csv";
    }

    private static List<FindingLine> first(List<FindingLine> lines) {
        return NameList.first(lines, GAPS_SHOWN);
    }

    private String notShown(List<FindingLine> lines, String what) {
        int more = lines.size() - GAPS_SHOWN;
        return more <= 0 ? null : String.format(java.util.Locale.ROOT, "And %,d more %s, less severe: every open gap "
                + "is in the attached %s.", more, what, gapsFile());
    }

    /** Holders the report names; the rest are counted (a role held through a big group has thousands). */
    static final int ACKNOWLEDGEMENTS_SHOWN = 50;

    /** The overdue first, at most {@value #ACKNOWLEDGEMENTS_SHOWN}. */
    public List<AcknowledgementLine> acknowledgementsShown() {
        return NameList.first(acknowledgements, ACKNOWLEDGEMENTS_SHOWN);
    }

    /** "And 25,460 more holders ..." when the list is cut, else null. */
    public String acknowledgementsNotShown() {
        int more = acknowledgements.size() - ACKNOWLEDGEMENTS_SHOWN;
        return more <= 0 ? null : String.format(java.util.Locale.ROOT, "And %,d more %s not accepted yet; each is "
                + "reminded by email, and RoleCall's list of acknowledgements shows every one.", more,
                more == 1 ? "holder has" : "holders have");
    }

    public int acknowledgementsCount() {
        return acknowledgements.size();
    }

    public int overdueCount() {
        return overdueGaps.size();
    }

    public int newCount() {
        return newThisWeek.size();
    }

    public int stillOpenCount() {
        return stillOpen.size();
    }

    public int resolvedCount() {
        return resolvedThisWeek.size();
    }

    public static WeeklyReport build(ReportInputs inputs) {
        LocalDate asOf = inputs.asOf();
        ReportPeriod period = ReportPeriod.weekOf(asOf);
        List<Finding> open = inputs.findings().stream().filter(Finding::isOpen)
                .sorted(FindingLifecycle.REPORT_ORDER).toList();
        // Overdue first, then new, then the rest: what must be done now comes first, each naming who acts.
        List<FindingLine> overdueLines = open.stream().filter(f -> f.isOverdue(asOf))
                .map(f -> FindingLine.of(f, asOf).actedOnBy(WhoActs.of(f, inputs)).withTicketFrom(inputs.tickets()))
                .toList();
        List<FindingLine> newThisWeek = open.stream().filter(f -> !f.isOverdue(asOf)
                        && !f.openedOn().isBefore(period.from()))
                .map(f -> FindingLine.of(f, asOf).actedOnBy(WhoActs.of(f, inputs)).withTicketFrom(inputs.tickets()))
                .toList();
        List<FindingLine> stillOpen = open.stream().filter(f -> !f.isOverdue(asOf)
                        && f.openedOn().isBefore(period.from()))
                .map(f -> FindingLine.of(f, asOf).actedOnBy(WhoActs.of(f, inputs)).withTicketFrom(inputs.tickets()))
                .toList();
        List<FindingLine> resolved = inputs.findings().stream()
                .filter(f -> f.status() == FindingStatus.RESOLVED && period.contains(f.resolvedAt()))
                .sorted(FindingLifecycle.REPORT_ORDER).map(f -> FindingLine.of(f, asOf)).toList();
        List<SeverityCount> counts = Arrays.stream(Severity.values())
                .map(s -> new SeverityCount(s.name(), (int) open.stream().filter(f -> f.severity() == s).count()))
                .toList();
        int critical = counts.get(0).count();
        int overdue = (int) open.stream().filter(f -> f.isOverdue(asOf)).count();
        String subject = "RoleCall weekly: " + Subjects.oneLine(inputs.catalogue().organisation()) + ", "
                + Subjects.count(newThisWeek.size(), "new gap") + ", " + critical + " critical open ("
                + period.key() + ")";
        List<AcknowledgementLine> pending = inputs.acknowledgements().holders().stream()
                .filter(HolderAcknowledgement::needsAcceptance)
                .sorted(Comparator.comparing((HolderAcknowledgement h) -> h.status() != AcknowledgementStatus.OVERDUE))
                .map(h -> AcknowledgementLine.of(h, inputs.catalogue(), inputs.directory())).toList();
        return new WeeklyReport(inputs.catalogue().organisation(), period, asOf,
                ReportAudience.forWeekly(inputs.catalogue(), inputs.holdings()), subject, counts, open.size(), overdue,
                overdueLines, newThisWeek, stillOpen, resolved, pending, inputs.acknowledgements().accepted(),
                inputs.acknowledgements().required(),
                ExceptionLine.expiringSoon(inputs.catalogue(), inputs.findings(), asOf),
                NonconformityLine.needingAction(inputs.nonconformities(), inputs.catalogue(), asOf),
                CalendarLine.needingAttention(inputs.ismsCalendar()),
                ReportCitations.of(inputs.catalogue().frameworks()),
                ComingLine.of(open, inputs.directory(), asOf),
                HandoverLine.of(inputs.handovers(), inputs.catalogue(), inputs.directory(), asOf));
    }
}
