package io.rolecall.core.report;

import io.rolecall.core.model.Severity;
import io.rolecall.core.metrics.PostureMetrics;
import java.util.Map;

/**
 * One quarter of the trend charts, from the last scan stored on or before the quarter's end (the
 * report's day for the quarter in progress).
 *
 * @param quarter        "Q3 2026"
 * @param meanDaysToResolve mean days from opening to resolution of the gaps resolved in the quarter,
 *                       or null when none was
 */
public record TrendPoint(String quarter, double roleCoverage, double backupCoverage, Map<Severity, Integer> open,
                         Double acknowledged, Double meanDaysToResolve) {

    public static TrendPoint of(String quarter, PostureMetrics metrics, Double meanDaysToResolve) {
        return new TrendPoint(quarter, metrics.roleCoveragePercent(), metrics.backupCoveragePercent(),
                metrics.openBySeverity(), metrics.holdersToAcknowledge() == 0 ? null : metrics.acknowledgedPercent(),
                meanDaysToResolve);
    }
}
