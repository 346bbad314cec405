package io.rolecall.core.report;

import io.rolecall.core.finding.Finding;
import io.rolecall.core.model.Severity;
import io.rolecall.core.metrics.PostureMetrics;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The one line top management reads first: RED, AMBER or GREEN with the reasons, and the three
 * figures that matter most, each with its change since the last quarter in arrows, colour and words
 * (for readers without colour).
 *
 * @param status  RED when a CRITICAL gap is open, the compliance manager or leadership role is vacant,
 *                or a HIGH gap is overdue; AMBER when a HIGH gap is open or a role has no active
 *                primary holder; else GREEN
 * @param reasons why, in words; "nothing needs top management" for GREEN
 */
public record Verdict(String status, String color, String reasons, List<Figure> figures) {

    /** A headline figure: "90.0%", and "down 10.0 pts since last quarter, worse". */
    public record Figure(String name, String value, String arrow, String change, String color) {
    }

    static Verdict of(PostureMetrics now, PostureMetrics previous, List<Finding> open, LocalDate asOf,
                      List<String> vacantReportingRoles) {
        List<String> red = new ArrayList<>();
        List<String> amber = new ArrayList<>();
        int critical = now.openBySeverity().get(Severity.CRITICAL);
        long highOverdue = open.stream().filter(f -> f.severity() == Severity.HIGH && f.isOverdue(asOf)).count();
        int high = now.openBySeverity().get(Severity.HIGH);
        if (critical > 0) {
            red.add(count(critical, "critical gap") + " open");
        }
        vacantReportingRoles.forEach(role -> red.add(role + " is vacant"));
        if (highOverdue > 0) {
            red.add(count((int) highOverdue, "high gap") + " overdue");
        }
        if (high > highOverdue) {
            amber.add(count(high, "high gap") + " open");
        }
        if (now.rolesCovered() < now.roles()) {
            amber.add(count(now.roles() - now.rolesCovered(), "role") + " without an active holder");
        }
        String status = !red.isEmpty() ? "RED" : !amber.isEmpty() ? "AMBER" : "GREEN";
        List<String> reasons = new ArrayList<>(red);
        reasons.addAll(amber);
        String color = switch (status) {
            case "RED" -> "#b91c1c";
            case "AMBER" -> "#b45309";
            default -> "#047857";
        };
        List<Figure> figures = List.of(
                percent("Role coverage", now.roleCoveragePercent(),
                        previous == null ? null : previous.roleCoveragePercent()),
                count("Critical and high gaps open", critical + high, previous == null ? null
                        : previous.openBySeverity().get(Severity.CRITICAL) + previous.openBySeverity().get(Severity.HIGH)),
                count("Overdue gaps", now.overdue(), previous == null ? null : previous.overdue()));
        return new Verdict(status, color, reasons.isEmpty() ? "nothing needs top management"
                : String.join("; ", reasons), figures);
    }

    private static Figure percent(String name, double now, Double previous) {
        String value = String.format(Locale.ROOT, "%.1f%%", now);
        if (previous == null) {
            return new Figure(name, value, "", "no earlier quarter to compare", "#4b5563");
        }
        double delta = now - previous;
        String size = String.format(Locale.ROOT, "%.1f pts", Math.abs(delta));
        return figure(name, value, delta, size, true);
    }

    private static Figure count(String name, int now, Integer previous) {
        if (previous == null) {
            return new Figure(name, String.valueOf(now), "", "no earlier quarter to compare", "#4b5563");
        }
        return figure(name, String.valueOf(now), now - previous, String.valueOf(Math.abs(now - previous)), false);
    }

    private static Figure figure(String name, String value, double delta, String size, boolean higherIsBetter) {
        if (Math.abs(delta) < 0.05) {
            return new Figure(name, value, "=", "unchanged since last quarter", "#4b5563");
        }
        boolean up = delta > 0;
        boolean better = up == higherIsBetter;
        return new Figure(name, value, up ? "\u25B2" : "\u25BC", (up ? "up " : "down ") + size
                + " since last quarter, " + (better ? "better" : "worse"), better ? "#047857" : "#b91c1c");
    }

    /** "1 critical gap", "3 high gaps". */
    static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
