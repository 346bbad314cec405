package io.rolecall.functions;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.rolecall.core.usecase.ScanResult;
import java.time.LocalDate;

/**
 * What the scan function returns, and what an operator sees after {@code aws lambda invoke}: a held
 * scan's leavers, or a stored scan's counts. Values that do not apply are left out.
 */
@JsonPropertyOrder({"asOf", "people", "status"})
public record ScanSummary(String asOf, int people, String status, Integer leavers, Integer previouslyActive,
                          String runId, Integer open, Integer opened, Integer reopened, Integer resolved,
                          Integer overdue, Double acknowledgedPercent, Integer notices, Integer reminders,
                          Integer accepted, Integer nonconformitiesRaised) {

    static ScanSummary of(LocalDate asOf, ScheduledScan.Outcome outcome) {
        ScanResult result = outcome.result();
        if (result.held()) {
            return new ScanSummary(asOf.toString(), outcome.people(), "HELD", result.guard().leavers(),
                    result.guard().previouslyActive(), null, null, null, null, null, null, null, null, null, null,
                    null);
        }
        return new ScanSummary(asOf.toString(), outcome.people(), "SCANNED", null, null, result.run().runId(),
                result.run().metrics().open(), result.findings().opened().size(), result.findings().reopened().size(),
                result.findings().resolved().size(), result.run().metrics().overdue(),
                result.run().metrics().acknowledgedPercent(), outcome.cycle().holderNotices().notices(),
                outcome.cycle().holderNotices().reminders(), result.findings().acceptedNow().size(),
                outcome.cycle().nonconformities().raised().size());
    }
}
