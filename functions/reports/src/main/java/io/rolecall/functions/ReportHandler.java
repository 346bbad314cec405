package io.rolecall.functions;

import com.amazonaws.services.lambda.runtime.Context;
import io.rolecall.core.usecase.ScheduledReports;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/** What the two report handlers share: pick the day, send once, log and return what happened. */
abstract class ReportHandler extends TypedHandler<ScheduleEvent, ReportSummary> {

    private static final Logger LOG = LoggerFactory.getLogger(ReportHandler.class);

    private final String name;
    private final Function<LocalDate, ScheduledReports.Delivery> send;
    private final Clock clock;
    private final ZoneId zone;

    /**
     * @param name as the function logs itself: weekly-report or quarterly-report
     * @param send sends the report of the day, once per period
     */
    ReportHandler(String name, Function<LocalDate, ScheduledReports.Delivery> send, Clock clock, ZoneId zone) {
        super(ScheduleEvent.class);
        this.name = name;
        this.send = send;
        this.clock = clock;
        this.zone = zone;
    }

    @Override
    public final ReportSummary handle(ScheduleEvent event, Context context) {
        MDC.put("requestId", requestId(context));
        MDC.put("function", name);
        try {
            ScheduledReports.Delivery delivery = send.apply(ScheduleTime.dayOf(event, clock, zone));
            ReportSummary summary = ReportSummary.of(delivery);
            LOG.atInfo().addKeyValue("report", summary.report()).addKeyValue("status", summary.status())
                    .addKeyValue("recipients", summary.recipients() == null ? 0 : summary.recipients())
                    .log("report run finished");
            ChannelLog.log(LOG, delivery.channels());
            return summary;
        } catch (RuntimeException e) {
            LOG.atError().addKeyValue("error", e.getClass().getSimpleName()).log("report failed: {}", e.getMessage());
            throw e;
        } finally {
            MDC.clear();
        }
    }
}
