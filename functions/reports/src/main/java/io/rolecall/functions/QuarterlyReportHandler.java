package io.rolecall.functions;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import io.rolecall.core.usecase.ScheduledReports;
import java.util.Map;

/** QuarterlyReportFunction: the posture report for top management, once per quarter. */
public final class QuarterlyReportHandler implements RequestHandler<Map<String, Object>, Map<String, Object>> {

    private static final class Holder {
        private static final ReportWiring WIRING = ReportWiring.fromEnvironment();
        private static final ScheduledReports REPORTS = WIRING.scheduledReports();
    }

    private final ScheduledReports reports;
    private final ReportWiring wiring;

    public QuarterlyReportHandler() {
        this(Holder.REPORTS, Holder.WIRING);
    }

    QuarterlyReportHandler(ScheduledReports reports, ReportWiring wiring) {
        this.reports = reports;
        this.wiring = wiring;
    }

    @Override
    public Map<String, Object> handleRequest(Map<String, Object> event, Context context) {
        return ReportHandlers.handle("quarterly-report", event, context == null ? "local" : context.getAwsRequestId(),
                wiring, reports, ScheduledReports::quarterly);
    }
}
