package io.rolecall.core.report;

import io.rolecall.core.acknowledge.ApprovalState;
import io.rolecall.core.acknowledge.ApprovalStatus;
import io.rolecall.core.catalogue.Approval;
import io.rolecall.core.finding.Episode;
import io.rolecall.core.finding.Finding;
import io.rolecall.core.finding.FindingLifecycle;
import io.rolecall.core.metrics.PostureMetrics;
import io.rolecall.core.model.FindingKind;
import io.rolecall.core.model.NameList;
import io.rolecall.core.model.Person;
import io.rolecall.core.model.Severity;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.LongSummaryStatistics;

/**
 * The quarterly posture report for top management (ISO 27001 clause 5.3 b): who keeps the ISMS
 * conformant, how well roles are covered, how long gaps stay open, and how that changed.
 *
 * @param leaverExposureDays holder-days in the period during which a leaver still held a role
 */
public record QuarterlyReport(String organisation, ReportPeriod period, LocalDate asOf, ReportAudience audience,
                              String subject, String complianceRoleId, String complianceRoleName,
                              List<String> complianceManagers, PostureMetrics now, PostureMetrics previous,
                              LocalDate previousAsOf, List<MetricChange> changes, long leaverExposureDays,
                              List<ResolutionTime> meanTimeToResolve, int openedInPeriod, int resolvedInPeriod,
                              List<FindingLine> conflicts, List<FindingLine> overdueFindings, RaciMatrix raci,
                              List<ExceptionLine> acceptedRisks, RegisterSummary register,
                              List<CalendarLine> calendar, Verdict verdict, List<String> decisions,
                              List<String> criticalAndHigh, List<RoleRegisterLine> roleRegister,
                              List<TrendPoint> trends, List<FindingLine> openGaps,
                              List<FrameworkLine> frameworks, ReportCitations citations) {

    /** Charts compare quarters: with fewer than two, the report says so instead of drawing empty ones. */
    public boolean hasTrends() {
        return trends.size() >= 2;
    }

    /** One quarter of the trend table, each figure as text. */
    public record TrendRow(String quarter, String roleCoverage, String backupCoverage, String open,
                           String accepted, String meanDaysToResolve) {
    }

    /** The trend numbers as a table, beside the charts and for readers without images. */
    public List<TrendRow> trendTable() {
        return trends.stream().map(p -> new TrendRow(p.quarter(), String.format(Locale.ROOT, "%.1f%%", p.roleCoverage()),
                String.format(Locale.ROOT, "%.1f%%", p.backupCoverage()), String.format(Locale.ROOT, "%d / %d / %d / %d",
                p.open().get(Severity.CRITICAL), p.open().get(Severity.HIGH), p.open().get(Severity.MEDIUM),
                p.open().get(Severity.LOW)), p.acknowledged() == null ? "-" : String.format(Locale.ROOT, "%.1f%%",
                p.acknowledged()), p.meanDaysToResolve() == null ? "-" : String.format(Locale.ROOT, "%.1f",
                p.meanDaysToResolve()))).toList();
    }

    /** The trend numbers as text rows, for the plain-text part. */
    public List<String> trendRows() {
        return trends.stream().map(p -> String.format(Locale.ROOT,
                "%-8s  roles %5.1f%%  backups %5.1f%%  open C/H/M/L %d/%d/%d/%d  accepted %s  resolve %s",
                p.quarter(), p.roleCoverage(), p.backupCoverage(), p.open().get(Severity.CRITICAL),
                p.open().get(Severity.HIGH), p.open().get(Severity.MEDIUM), p.open().get(Severity.LOW),
                p.acknowledged() == null ? "-" : String.format(Locale.ROOT, "%.1f%%", p.acknowledged()),
                p.meanDaysToResolve() == null ? "-" : String.format(Locale.ROOT, "%.1f days",
                        p.meanDaysToResolve()))).toList();
    }

    /** Overdue gaps the report lists: top management reads the worst; the weekly report lists every one. */
    static final int OVERDUE_SHOWN = 20;

    /** The most severe and longest overdue gaps, at most {@value #OVERDUE_SHOWN}. */
    public List<FindingLine> overdueShown() {
        return NameList.first(overdueFindings, OVERDUE_SHOWN);
    }

    /** "and 2,130 more overdue gaps ..." when the list is cut, else null. */
    public String overdueNotShown() {
        int more = overdueFindings.size() - OVERDUE_SHOWN;
        return more <= 0 ? null : String.format(Locale.ROOT, "And %,d more overdue %s, less severe or overdue for less "
                + "long: the weekly report lists every one.", more, more == 1 ? "gap" : "gaps");
    }

    public boolean hasDecisions() {
        return !decisions.isEmpty();
    }

    /** "1 holder-day", "12 holder-days". */
    public String leaverExposureText() {
        return leaverExposureDays + (leaverExposureDays == 1 ? " holder-day" : " holder-days");
    }

    public record MetricChange(String metric, String now, String previous, String change) {
    }

    /** @param text "3 resolved, mean 4.5 days", or "none resolved" */
    public record ResolutionTime(String severity, int resolved, String meanDays, String text) {
        /** "High": top management reads words, not codes. */
        public String word() {
            return Severity.valueOf(severity).word();
        }

        public String color() {
            return Severity.valueOf(severity).color();
        }
    }

    public boolean complianceVacant() {
        return complianceManagers.isEmpty();
    }

    public String complianceManagersText() {
        return String.join(", ", complianceManagers);
    }

    public boolean hasPrevious() {
        return previous != null;
    }

    /**
     * @param previous metrics of the last scan before this period, or null when there was none
     */
    public static QuarterlyReport build(ReportInputs inputs, PostureMetrics previous, LocalDate previousAsOf) {
        return build(inputs, previous, previousAsOf, List.of());
    }

    /** @param trends up to eight quarters, oldest first, ending with this report's */
    public static QuarterlyReport build(ReportInputs inputs, PostureMetrics previous, LocalDate previousAsOf,
                                        List<TrendPoint> trends) {
        return build(inputs, previous, previousAsOf, trends, false);
    }

    /**
     * @param hrRead whether the latest scan read an HR source, so that the role-days ahead without cover
     *               are known (without one they are not zero but unknown, and not shown)
     */
    public static QuarterlyReport build(ReportInputs inputs, PostureMetrics previous, LocalDate previousAsOf,
                                        List<TrendPoint> trends, boolean hrRead) {
        LocalDate asOf = inputs.asOf();
        ReportPeriod period = ReportPeriod.quarterBefore(asOf);
        List<Finding> open = inputs.findings().stream().filter(Finding::isOpen)
                .sorted(FindingLifecycle.REPORT_ORDER).toList();
        PostureMetrics computed = PostureMetrics.compute(inputs.catalogue(), inputs.holdings(), inputs.directory(),
                open, inputs.acknowledgements(), asOf);
        PostureMetrics now = hrRead ? computed.withUncoveredRoleDays(open) : computed;
        String complianceRole = inputs.catalogue().reporting().complianceManagerRole();
        List<String> managers = inputs.holdings().activePrimaries(complianceRole).stream().map(Person::label).toList();
        int opened = 0;
        int resolved = 0;
        for (Finding finding : inputs.findings()) {
            for (Episode episode : finding.episodes()) {
                opened += period.contains(episode.openedOn()) ? 1 : 0;
                resolved += period.contains(episode.resolvedOn()) ? 1 : 0;
            }
        }
        String subject = "RoleCall quarterly ISMS roles posture: " + Subjects.oneLine(inputs.catalogue().organisation())
                + ", " + period.key() + " (role coverage " + percent(now.roleCoveragePercent()) + ", "
                + Subjects.count(now.open(), "open gap") + ")";
        return new QuarterlyReport(inputs.catalogue().organisation(), period, asOf,
                ReportAudience.forQuarterly(inputs.catalogue(), inputs.holdings()), subject, complianceRole,
                inputs.catalogue().roleName(complianceRole), managers, now, previous, previousAsOf,
                changes(now, previous), leaverExposure(inputs.findings(), period),
                meanTimeToResolve(inputs.findings(), period), opened, resolved,
                open.stream().filter(f -> f.kind() == FindingKind.SEGREGATION_CONFLICT)
                        .map(f -> FindingLine.of(f, asOf)).toList(),
                open.stream().filter(f -> f.isOverdue(asOf))
                        .sorted(Comparator.comparing(Finding::severity).thenComparing(Finding::dueDate)
                                .thenComparing(Finding::id))
                        .map(f -> FindingLine.of(f, asOf)).toList(),
                RaciMatrix.of(inputs.catalogue(), inputs.holdings()),
                ExceptionLine.inForceDuring(inputs.catalogue(), inputs.findings(), period.from(), asOf),
                RegisterSummary.of(inputs.nonconformities(), period, asOf),
                CalendarLine.all(inputs.ismsCalendar()),
                Verdict.of(now, previous, open, asOf, vacantReportingRoles(inputs)), decisions(inputs, open),
                open.stream().filter(f -> f.severity() == Severity.CRITICAL || f.severity() == Severity.HIGH)
                        .map(f -> inPlainWords(f, asOf)).toList(),
                RoleRegisterLine.of(inputs, period), List.copyOf(trends),
                open.stream().map(f -> FindingLine.of(f, asOf)).toList(),
                FrameworkLine.of(Crosswalk.of(inputs.catalogue(), open, null)),
                ReportCitations.of(inputs.catalogue().frameworks()));
    }

    /** The mean days to resolve of the gaps resolved in {@code period}, or null when none was. */
    public static Double meanDaysToResolve(List<Finding> findings, ReportPeriod period) {
        LongSummaryStatistics days = resolutions(findings, period);
        return days.getCount() == 0 ? null : days.getAverage();
    }

    /** Days from opening to resolution of each episode of these findings resolved within the period. */
    private static LongSummaryStatistics resolutions(Collection<Finding> findings, ReportPeriod period) {
        LongSummaryStatistics days = new LongSummaryStatistics();
        for (Finding finding : findings) {
            for (Episode episode : finding.episodes()) {
                if (period.contains(episode.resolvedOn())) {
                    days.accept(ChronoUnit.DAYS.between(episode.openedOn(), episode.resolvedOn()));
                }
            }
        }
        return days;
    }

    /** The gap in words, and when it is due: no kind code, no id (an activity's message says its dates). */
    private static String inPlainWords(Finding finding, LocalDate asOf) {
        if (finding.activityId() != null) {
            return sentence(finding.message());
        }
        return sentence(finding.message()) + (finding.isOverdue(asOf) ? " Overdue since " + finding.dueDate() + "."
                : " To fix by " + finding.dueDate() + ".");
    }

    /** Text that ends as a sentence does, whatever roles.yaml's reasons end with. */
    private static String sentence(String text) {
        String trimmed = text.strip();
        return trimmed.endsWith(".") || trimmed.endsWith("!") || trimmed.endsWith("?") ? trimmed : trimmed + ".";
    }

    /** "ISMS Manager" for each of the two roles the reports go to that has no active primary holder. */
    private static List<String> vacantReportingRoles(ReportInputs inputs) {
        List<String> vacant = new ArrayList<>();
        for (String role : new LinkedHashSet<>(List.of(inputs.catalogue().reporting().complianceManagerRole(),
                inputs.catalogue().reporting().leadershipRole()))) {
            if (inputs.holdings().activePrimaries(role).isEmpty()) {
                vacant.add("the " + inputs.catalogue().roleName(role) + " role");
            }
        }
        return vacant;
    }

    /** "Approve Information security policy, version 3.2 (2 of 3 approvals by Management board are in; ...)". */
    private static String approval(ApprovalState state, ReportInputs inputs) {
        Approval approval = state.approval();
        String missing = NameList.upTo(state.missingNamed(inputs.directory()));
        String lapsed = state.status() != ApprovalStatus.STALE ? "" : state.lastDecision()
                .map(last -> "; its last approval, of version " + last.version() + " on " + last.on() + ", lapsed")
                .orElseThrow();
        return "Approve " + approval.label() + " (" + state.approvedBy().size() + " of the " + state.needed()
                + " approvals needed from " + inputs.catalogue().roleName(approval.approversRole()) + " are in"
                + lapsed + (state.dueOn() == null ? "" : state.overdue(inputs.asOf())
                ? "; it was due on " + state.dueOn() : "; due by " + state.dueOn()) + ")"
                + (missing.isEmpty() ? "." : ": " + missing + " still to approve, with the link in their notice.");
    }

    /**
     * What only top management can decide, in the order they are usually taken: who holds a vacant
     * role, how a segregation conflict ends, whether a CRITICAL gap stays accepted and whether an
     * accepted risk is renewed, the corrective actions and ISMS activities that are late, and the documents
     * the management body has still to approve.
     */
    private static List<String> decisions(ReportInputs inputs, List<Finding> open) {
        LocalDate asOf = inputs.asOf();
        List<String> decisions = new ArrayList<>();
        inputs.catalogue().roles().stream().filter(role -> inputs.holdings().activePrimaries(role.id()).isEmpty())
                .forEach(role -> decisions.add("Appoint an active holder for " + role.label() + ": it is vacant."));
        open.stream().filter(f -> f.kind() == FindingKind.SEGREGATION_CONFLICT).forEach(f -> decisions.add(
                "End this conflict, or accept it as a risk with a compensating control: " + sentence(f.message())));
        inputs.findings().stream().filter(f -> f.isAccepted() && f.severity() == Severity.CRITICAL)
                .forEach(f -> decisions.add("Confirm that you still accept this critical gap, accepted as a risk until "
                        + f.exception().expires() + " (" + f.exception().exceptionId() + "): " + sentence(f.message())));
        ReportPeriod period = ReportPeriod.quarterBefore(asOf);
        inputs.catalogue().acceptedRisks().stream()
                .filter(risk -> risk.expiredOn(asOf) && !risk.expires().isBefore(period.from()))
                .forEach(risk -> decisions.add("Renew or end the accepted risk " + risk.id() + " ("
                        + ExceptionLine.about(risk, inputs.catalogue()) + "): it expired on " + risk.expires()
                        + ", so what it accepted is open again. Renew it with a new approval, or have the gap fixed."));
        inputs.catalogue().acceptedRisks().stream()
                .filter(risk -> risk.inForceOn(asOf) && risk.expires().isBefore(asOf.plusMonths(3)))
                .forEach(risk -> decisions.add("Renew or end the accepted risk " + risk.id() + " ("
                        + ExceptionLine.about(risk, inputs.catalogue()) + "), which expires on " + risk.expires() + "."));
        inputs.nonconformities().stream().filter(nc -> nc.actionOverdue(asOf)).forEach(nc -> decisions.add(
                "See that the corrective action of nonconformity " + nc.id() + " is done: it was due by "
                        + nc.targetDate() + ". " + sentence(FindingKind.inWords(nc.summary()))));
        String leadership = inputs.catalogue().reporting().leadershipRole();
        inputs.ismsCalendar().activities().stream()
                .filter(state -> state.activity().ownerRole().equals(leadership)
                        && state.status() == io.rolecall.core.calendar.DueStatus.OVERDUE)
                .forEach(state -> decisions.add(state.activity().name() + " is yours and "
                        + state.when().replace("overdue since", "overdue: it was due on") + "."));
        inputs.acknowledgements().approvals().stream().filter(state -> state.status() != ApprovalStatus.APPROVED)
                .forEach(state -> decisions.add(approval(state, inputs)));
        return decisions;
    }

    /** Days within the period during which each leaver finding was open, summed: holder-days of exposure. */
    static long leaverExposure(List<Finding> findings, ReportPeriod period) {
        long days = 0;
        LocalDate periodEnd = period.to().plusDays(1);
        for (Finding finding : findings) {
            if (finding.kind() != FindingKind.LEAVER_HOLDS_ROLE) {
                continue;
            }
            for (Episode episode : finding.episodes()) {
                LocalDate start = episode.openedOn().isBefore(period.from()) ? period.from() : episode.openedOn();
                LocalDate end = episode.resolvedOn() == null || episode.resolvedOn().isAfter(periodEnd)
                        ? periodEnd : episode.resolvedOn();
                days += Math.max(0, ChronoUnit.DAYS.between(start, end));
            }
        }
        return days;
    }

    static List<ResolutionTime> meanTimeToResolve(List<Finding> findings, ReportPeriod period) {
        List<ResolutionTime> times = new ArrayList<>();
        for (Severity severity : Severity.values()) {
            LongSummaryStatistics days = resolutions(findings.stream().filter(f -> f.severity() == severity)
                    .toList(), period);
            int count = (int) days.getCount();
            String mean = String.format(Locale.ROOT, "%.1f", days.getAverage());
            times.add(new ResolutionTime(severity.name(), count, count == 0 ? "-" : mean,
                    count == 0 ? "none resolved" : count + " resolved, mean " + mean + " days"));
        }
        return times;
    }

    private static List<MetricChange> changes(PostureMetrics now, PostureMetrics previous) {
        List<MetricChange> changes = new ArrayList<>();
        changes.add(percentChange("Role coverage (active primary)", now.roleCoveragePercent(),
                previous == null ? null : previous.roleCoveragePercent()));
        changes.add(percentChange("Backup coverage", now.backupCoveragePercent(),
                previous == null ? null : previous.backupCoveragePercent()));
        changes.add(countChange("Open gaps", now.open(), previous == null ? null : previous.open()));
        changes.add(countChange("Critical and high open", criticalAndHigh(now),
                previous == null ? null : criticalAndHigh(previous)));
        changes.add(countChange("Overdue", now.overdue(), previous == null ? null : previous.overdue()));
        changes.add(countChange("Segregation conflicts", now.conflicts(),
                previous == null ? null : previous.conflicts()));
        changes.add(countChange("Leavers still holding roles", now.leaversHoldingRoles(),
                previous == null ? null : previous.leaversHoldingRoles()));
        if (now.uncoveredRoleDays() != null) {
            changes.add(countChange("Role-days ahead with nobody to act (goal 0)", now.uncoveredRoleDays(),
                    previous == null ? null : previous.uncoveredRoleDays()));
        }
        boolean comparable = previous != null && previous.holdersToAcknowledge() > 0;
        changes.add(new MetricChange("Holders who accepted their duties", accepted(now),
                comparable ? accepted(previous) : "-", comparable ? String.format(Locale.ROOT, "%+.1f pts",
                now.acknowledgedPercent() - previous.acknowledgedPercent()) : "-"));
        return changes;
    }

    private static String accepted(PostureMetrics metrics) {
        return metrics.holdersAcknowledged() + " of " + metrics.holdersToAcknowledge() + " ("
                + percent(metrics.acknowledgedPercent()) + ")";
    }

    /** "14 of 18 holders have accepted their current duties (77.8%)". */
    public String acknowledgedText() {
        return now.holdersAcknowledged() + " of " + now.holdersToAcknowledge() + " holders have accepted their "
                + "current duties (" + percent(now.acknowledgedPercent()) + ")";
    }

    private static int criticalAndHigh(PostureMetrics metrics) {
        return metrics.openBySeverity().get(Severity.CRITICAL) + metrics.openBySeverity().get(Severity.HIGH);
    }

    private static MetricChange percentChange(String name, double now, Double previous) {
        return new MetricChange(name, percent(now), previous == null ? "-" : percent(previous),
                previous == null ? "-" : String.format(Locale.ROOT, "%+.1f pts", now - previous));
    }

    private static MetricChange countChange(String name, int now, Integer previous) {
        return new MetricChange(name, Integer.toString(now), previous == null ? "-" : previous.toString(),
                previous == null ? "-" : String.format(Locale.ROOT, "%+d", now - previous));
    }

    private static String percent(double value) {
        return String.format(Locale.ROOT, "%.1f%%", value);
    }
}
