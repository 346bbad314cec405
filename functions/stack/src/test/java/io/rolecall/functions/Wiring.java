package io.rolecall.functions;

import java.time.Clock;
import java.util.Map;

/** Every function's wiring from one stack's environment, as each execution environment builds its own. */
final class Wiring {

    private final ScanWiring scan;
    private final ReportWiring reports;
    private final AcknowledgeWiring acknowledge;

    private Wiring(ScanWiring scan, ReportWiring reports, AcknowledgeWiring acknowledge) {
        this.scan = scan;
        this.reports = reports;
        this.acknowledge = acknowledge;
    }

    /** @param acknowledgeEnvironment the AcknowledgeFunction's, which differs in PUBLIC_URL */
    static Wiring of(Map<String, String> environment, Map<String, String> acknowledgeEnvironment, Clock clock) {
        return new Wiring(ScanWiring.of(environment, clock), ReportWiring.of(environment, clock),
                AcknowledgeWiring.of(acknowledgeEnvironment, clock));
    }

    /** What each function does before its SnapStart snapshot, as the runtime's hook would run it. */
    void primeAll() {
        for (Runnable prime : java.util.List.<Runnable>of(scan::prime, reports::prime, acknowledge::prime)) {
            new SnapStartPriming("test", prime).beforeCheckpoint(null);
        }
    }

    ScanHandler scanHandler() {
        return new ScanHandler(scan.scheduledScan()::run, scan.clock(), scan.zone());
    }

    WeeklyReportHandler weekly() {
        return new WeeklyReportHandler(reports.scheduledReports(), reports.clock(), reports.zone());
    }

    QuarterlyReportHandler quarterly() {
        return new QuarterlyReportHandler(reports.scheduledReports(), reports.clock(), reports.zone());
    }

    AcknowledgeHandler acknowledge() {
        return new AcknowledgeHandler(acknowledge::endpoint);
    }
}
