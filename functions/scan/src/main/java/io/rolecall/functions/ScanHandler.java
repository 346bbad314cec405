package io.rolecall.functions;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import io.rolecall.core.usecase.ScanResult;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * ScanFunction: on schedule (hourly by default) or on demand. Input: a scheduled event, or
 * {"acceptDirectoryChange": true} to accept a change the guard held. Output: what the scan did.
 */
public final class ScanHandler implements RequestHandler<Map<String, Object>, Map<String, Object>> {

    private static final Logger LOG = LoggerFactory.getLogger(ScanHandler.class);
    static final String HELD_MESSAGE = "scan held by the directory change guard";

    /** Built once per execution environment, on the first invocation's init. */
    private static final class Holder {
        private static final ScanWiring WIRING = ScanWiring.fromEnvironment();
        private static final ScheduledScan SCAN = WIRING.scheduledScan();
    }

    private final ScheduledScan scan;
    private final ScanWiring wiring;

    public ScanHandler() {
        this(Holder.SCAN, Holder.WIRING);
    }

    ScanHandler(ScheduledScan scan, ScanWiring wiring) {
        this.scan = scan;
        this.wiring = wiring;
    }

    @Override
    public Map<String, Object> handleRequest(Map<String, Object> event, Context context) {
        MDC.put("requestId", context == null ? "local" : context.getAwsRequestId());
        MDC.put("function", "scan");
        try {
            boolean accept = event != null && Boolean.TRUE.equals(event.get("acceptDirectoryChange"));
            LocalDate asOf = ScheduleTime.dayOf(event, wiring.clock(), wiring.zone());
            ScheduledScan.Outcome outcome = scan.run(asOf, accept,
                    context == null ? null : Duration.ofMillis(context.getRemainingTimeInMillis()));
            ScanResult result = outcome.result();
            Map<String, Object> summary = new LinkedHashMap<>();
            summary.put("asOf", asOf.toString());
            summary.put("people", outcome.people());
            if (result.held()) {
                summary.put("status", "HELD");
                summary.put("leavers", result.guard().leavers());
                summary.put("previouslyActive", result.guard().previouslyActive());
                // The stack's ScanHeldAlarm counts this exact message (a metric filter on the log group).
                LOG.atWarn().addKeyValue("leavers", result.guard().leavers())
                        .addKeyValue("previouslyActive", result.guard().previouslyActive())
                        .addKeyValue("notified", outcome.cycle().heldNoticeSent())
                        .log(HELD_MESSAGE);
            } else {
                summary.put("status", "SCANNED");
                summary.put("runId", result.run().runId());
                summary.put("open", result.run().metrics().open());
                summary.put("opened", result.findings().opened().size());
                summary.put("reopened", result.findings().reopened().size());
                summary.put("resolved", result.findings().resolved().size());
                summary.put("overdue", result.run().metrics().overdue());
                summary.put("acknowledgedPercent", result.run().metrics().acknowledgedPercent());
                summary.put("notices", outcome.cycle().holderNotices().notices());
                summary.put("reminders", outcome.cycle().holderNotices().reminders());
                summary.put("accepted", result.findings().acceptedNow().size());
                summary.put("nonconformitiesRaised", outcome.cycle().nonconformities().raised().size());
                LOG.atInfo().addKeyValue("people", outcome.people()).addKeyValue("open", summary.get("open"))
                        .addKeyValue("opened", summary.get("opened")).addKeyValue("reopened", summary.get("reopened"))
                        .addKeyValue("resolved", summary.get("resolved")).addKeyValue("overdue", summary.get("overdue"))
                        .addKeyValue("notices", summary.get("notices")).addKeyValue("reminders", summary.get("reminders"))
                        .addKeyValue("nonconformitiesRaised", summary.get("nonconformitiesRaised"))
                        .log("scan finished");
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
