package io.rolecall.functions;

import io.rolecall.core.usecase.ScheduledReports;
import java.time.Clock;
import java.time.ZoneId;

/** QuarterlyReportFunction: the posture report for top management, once per quarter. */
public final class QuarterlyReportHandler extends ReportHandler {

    private static final class Holder {
        private static final ReportWiring WIRING = ReportWiring.fromEnvironment();
        private static final ScheduledReports REPORTS = WIRING.scheduledReports();

        static {
            SnapStartPriming.register("quarterly-report", WIRING::prime);
        }
    }

    public QuarterlyReportHandler() {
        this(Holder.REPORTS, Holder.WIRING.clock(), Holder.WIRING.zone());
    }

    QuarterlyReportHandler(ScheduledReports reports, Clock clock, ZoneId zone) {
        super("quarterly-report", reports::quarterly, clock, zone);
    }
}
