package io.rolecall.core.report;

import io.rolecall.core.model.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

/** The quarterly report's trend charts, from its trend points (at least two quarters). */
final class TrendCharts {

    private TrendCharts() {
    }

    static List<TrendChart> of(List<TrendPoint> points, String periodKey) {
        List<String> quarters = points.stream().map(TrendPoint::quarter).toList();
        List<TrendChart> charts = new ArrayList<>();
        charts.add(chart("coverage", periodKey, "Role and backup coverage", "%", quarters, List.of(
                series("Role coverage", points, p -> p.roleCoverage()),
                series("Backup coverage", points, p -> p.backupCoverage()))));
        List<TrendChart.Series> severities = new ArrayList<>();
        for (Severity severity : Severity.values()) {
            severities.add(new TrendChart.Series(severity.word() + " gaps open", points.stream()
                    .map(p -> (double) p.open().get(severity)).toList(), severity.color()));
        }
        charts.add(chart("open-gaps", periodKey, "Open gaps by severity", "gaps", quarters, severities));
        if (points.stream().anyMatch(p -> p.acknowledged() != null)) {
            charts.add(chart("acknowledged", periodKey, "Holders who accepted their duties", "%", quarters,
                    List.of(series("Holders who accepted their current duties", points, TrendPoint::acknowledged))));
        }
        if (points.stream().anyMatch(p -> p.meanDaysToResolve() != null)) {
            charts.add(chart("time-to-resolve", periodKey, "Mean time to resolve a gap", "days", quarters,
                    List.of(series("Mean days from a gap's opening to its fix", points,
                            TrendPoint::meanDaysToResolve))));
        }
        return charts;
    }

    private static TrendChart.Series series(String name, List<TrendPoint> points, Function<TrendPoint, Double> value) {
        return new TrendChart.Series(name, points.stream().map(value).toList());
    }

    private static TrendChart chart(String id, String periodKey, String title, String unit, List<String> quarters,
                                    List<TrendChart.Series> series) {
        List<String> words = new ArrayList<>();
        for (TrendChart.Series s : series) {
            List<Integer> known = new ArrayList<>();
            for (int i = 0; i < s.values().size(); i++) {
                if (s.values().get(i) != null) {
                    known.add(i);
                }
            }
            if (known.size() >= 2) {
                int first = known.get(0);
                int last = known.get(known.size() - 1);
                words.add(s.name() + " went from " + number(s.values().get(first), unit) + " in " + quarters.get(first)
                        + " to " + number(s.values().get(last), unit) + " in " + quarters.get(last));
            }
        }
        String alt = title + ", " + quarters.get(0) + " to " + quarters.get(quarters.size() - 1) + ": "
                + (words.isEmpty() ? "too few values to compare" : String.join("; ", words)) + ".";
        return new TrendChart("chart-" + id + "-" + periodKey + ".png", title, unit, quarters,
                series.stream().filter(Objects::nonNull).toList(), alt);
    }

    private static String number(double value, String unit) {
        return unit.equals("%") ? String.format(Locale.ROOT, "%.1f%%", value)
                : unit.equals("days") ? String.format(Locale.ROOT, "%.1f days", value)
                : String.format(Locale.ROOT, "%.0f %s", value, unit);
    }
}
