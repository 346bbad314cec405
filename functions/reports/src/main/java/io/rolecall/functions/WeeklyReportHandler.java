package io.rolecall.functions;

import io.rolecall.core.usecase.ScheduledReports;
import java.time.Clock;
import java.time.ZoneId;

/** WeeklyReportFunction: the gap report for the compliance manager, once per ISO week. */
public final class WeeklyReportHandler extends ReportHandler {

    private static final class Holder {
        private static final ReportWiring WIRING = ReportWiring.fromEnvironment();
        private static final ScheduledReports REPORTS = WIRING.scheduledReports();

        static {
            SnapStartPriming.register("weekly-report", WIRING::prime);
        }
    }

    public WeeklyReportHandler() {
        this(Holder.REPORTS, Holder.WIRING.clock(), Holder.WIRING.zone());
    }

    WeeklyReportHandler(ScheduledReports reports, Clock clock, ZoneId zone) {
        super("weekly-report", reports::weekly, clock, zone);
    }
}
