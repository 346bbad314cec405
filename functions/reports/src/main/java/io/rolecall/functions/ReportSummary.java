package io.rolecall.functions;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.rolecall.core.usecase.ScheduledReports;

/** What a report function returns: the report's period key, whether it went out now, to how many, and SES's id. */
@JsonPropertyOrder({"report", "status", "recipients", "messageId"})
public record ReportSummary(String report, String status, Integer recipients, String messageId) {

    static ReportSummary of(ScheduledReports.Delivery delivery) {
        return delivery.email() == null ? new ReportSummary(delivery.reportKey(), delivery.status().name(), null, null)
                : new ReportSummary(delivery.reportKey(), delivery.status().name(),
                delivery.email().email().to().size(), delivery.email().deliveryId());
    }
}
