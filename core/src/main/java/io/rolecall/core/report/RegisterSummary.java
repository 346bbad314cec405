package io.rolecall.core.report;

import io.rolecall.core.nonconformity.NcHistoryEntry;
import io.rolecall.core.nonconformity.NcStatus;
import io.rolecall.core.nonconformity.Nonconformity;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * The nonconformity register as an input to the management review (clause 9.3 c): how many stand
 * where, how many corrective actions are overdue, and what this period closed as effective or reopened.
 */
public record RegisterSummary(List<StatusCount> byStatus, int total, int overdueActions, List<String> overdueIds,
                              int closedEffective, int reopened, int raisedInPeriod) {

    /** @param label the status in words, which wrap on a phone: "action planned" */
    public record StatusCount(String status, int count, String label) {
    }

    static RegisterSummary of(List<Nonconformity> register, ReportPeriod period, LocalDate asOf) {
        List<StatusCount> byStatus = Arrays.stream(NcStatus.values()).map(status -> new StatusCount(status.name(),
                (int) register.stream().filter(nc -> nc.status() == status).count(),
                status.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '))).toList();
        List<String> overdue = register.stream().filter(nc -> nc.actionOverdue(asOf)).map(Nonconformity::id).toList();
        int closed = (int) register.stream().filter(nc -> nc.status() == NcStatus.CLOSED
                && period.contains(nc.closedOn()) && nc.history().stream().anyMatch(RegisterSummary::closedEffective))
                .count();
        int reopened = (int) register.stream().filter(nc -> nc.history().stream()
                .anyMatch(e -> period.contains(e.on()) && e.change().contains("corrective action not effective")))
                .count();
        int raised = (int) register.stream().filter(nc -> period.contains(nc.raisedOn())).count();
        return new RegisterSummary(byStatus, register.size(), overdue.size(), overdue, closed, reopened, raised);
    }

    private static boolean closedEffective(NcHistoryEntry entry) {
        return entry.by().equals(Nonconformity.ROLECALL) && entry.change().contains("corrective action effective");
    }

    public boolean empty() {
        return total == 0;
    }

    public boolean hasOverdue() {
        return overdueActions > 0;
    }

    public String overdueText() {
        return String.join(", ", overdueIds);
    }
}
