package io.rolecall.functions;

import io.rolecall.core.usecase.ScheduledReports;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/** What the two report handlers share: pick the day, send once, log and return what happened. */
final class ReportHandlers {

    private static final Logger LOG = LoggerFactory.getLogger(ReportHandlers.class);

    private ReportHandlers() {
    }

    static Map<String, Object> handle(String name, Map<String, Object> event, String requestId, ReportWiring wiring,
                                      ScheduledReports reports,
                                      BiFunction<ScheduledReports, LocalDate, ScheduledReports.Delivery> send) {
        MDC.put("requestId", requestId);
        MDC.put("function", name);
        try {
            LocalDate asOf = ScheduleTime.dayOf(event, wiring.clock(), wiring.zone());
            ScheduledReports.Delivery delivery = send.apply(reports, asOf);
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("report", delivery.reportKey());
            result.put("status", delivery.status().name());
            if (delivery.email() != null) {
                result.put("recipients", delivery.email().email().to().size());
                result.put("messageId", delivery.email().deliveryId());
            }
            LOG.atInfo().addKeyValue("report", delivery.reportKey()).addKeyValue("status", delivery.status())
                    .addKeyValue("recipients", result.getOrDefault("recipients", 0)).log("report run finished");
            return result;
        } catch (RuntimeException e) {
            LOG.atError().addKeyValue("error", e.getClass().getSimpleName()).log("report failed: {}", e.getMessage());
            throw e;
        } finally {
            MDC.clear();
        }
    }
}
