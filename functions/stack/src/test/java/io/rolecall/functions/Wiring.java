package io.rolecall.functions;

import java.time.Clock;
import java.util.Map;

/** Both functions' wiring from one stack's environment, as each execution environment builds its own. */
final class Wiring {

    private final ScanWiring scan;
    private final ReportWiring reports;

    private Wiring(ScanWiring scan, ReportWiring reports) {
        this.scan = scan;
        this.reports = reports;
    }

    static Wiring of(Map<String, String> environment, Clock clock) {
        return new Wiring(ScanWiring.of(environment, clock), ReportWiring.of(environment, clock));
    }

    ScanHandler scanHandler() {
        return new ScanHandler(scan.scheduledScan(), scan);
    }

    WeeklyReportHandler weekly() {
        return new WeeklyReportHandler(reports.scheduledReports(), reports);
    }

    QuarterlyReportHandler quarterly() {
        return new QuarterlyReportHandler(reports.scheduledReports(), reports);
    }
}
