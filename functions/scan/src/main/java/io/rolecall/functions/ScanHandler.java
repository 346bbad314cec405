package io.rolecall.functions;

import com.amazonaws.services.lambda.runtime.Context;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * ScanFunction: on schedule (hourly by default) or on demand. Input: a scheduled event, or
 * {"acceptDirectoryChange": true} to accept a change the guard held. Output: what the scan did.
 */
public final class ScanHandler extends TypedHandler<ScheduleEvent, ScanSummary> {

    private static final Logger LOG = LoggerFactory.getLogger(ScanHandler.class);
    static final String HELD_MESSAGE = "scan held by the directory change guard";

    /** Built once per execution environment, on the first invocation's init (or before its snapshot). */
    private static final class Holder {
        private static final ScanWiring WIRING = ScanWiring.fromEnvironment();
        private static final ScheduledScan SCAN = WIRING.scheduledScan();

        static {
            SnapStartPriming.register("scan", WIRING::prime);
        }
    }

    private final ScanRun scan;
    private final Clock clock;
    private final ZoneId zone;

    public ScanHandler() {
        this(Holder.SCAN::run, Holder.WIRING.clock(), Holder.WIRING.zone());
    }

    ScanHandler(ScanRun scan, Clock clock, ZoneId zone) {
        super(ScheduleEvent.class);
        this.scan = scan;
        this.clock = clock;
        this.zone = zone;
    }

    @Override
    public ScanSummary handle(ScheduleEvent event, Context context) {
        MDC.put("requestId", requestId(context));
        MDC.put("function", "scan");
        try {
            LocalDate asOf = ScheduleTime.dayOf(event, clock, zone);
            ScheduledScan.Outcome outcome = scan.run(asOf, event != null && event.acceptDirectoryChange(),
                    context == null ? null : Duration.ofMillis(context.getRemainingTimeInMillis()));
            ScanSummary summary = ScanSummary.of(asOf, outcome);
            if (outcome.result().held()) {
                // The stack's ScanHeldAlarm counts this exact message (a metric filter on the log group).
                LOG.atWarn().addKeyValue("leavers", summary.leavers())
                        .addKeyValue("previouslyActive", summary.previouslyActive())
                        .addKeyValue("notified", outcome.cycle().heldNoticeSent()).log(HELD_MESSAGE);
            } else {
                LOG.atInfo().addKeyValue("people", summary.people()).addKeyValue("open", summary.open())
                        .addKeyValue("opened", summary.opened()).addKeyValue("reopened", summary.reopened())
                        .addKeyValue("resolved", summary.resolved()).addKeyValue("overdue", summary.overdue())
                        .addKeyValue("notices", summary.notices()).addKeyValue("reminders", summary.reminders())
                        .addKeyValue("nonconformitiesRaised", summary.nonconformitiesRaised())
                        .log("scan finished");
                ChannelLog.log(LOG, outcome.cycle().holderNotices().channels());
                ChannelLog.log(LOG, outcome.cycle().tickets());
            }
            return summary;
        } catch (RuntimeException e) {
            LOG.atError().addKeyValue("error", e.getClass().getSimpleName()).log("scan failed: {}", e.getMessage());
            throw e;
        } finally {
            MDC.clear();
        }
    }
}
