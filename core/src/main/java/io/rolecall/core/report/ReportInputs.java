package io.rolecall.core.report;

import io.rolecall.core.acknowledge.AcknowledgementPlan;
import io.rolecall.core.calendar.CalendarRecords;
import io.rolecall.core.calendar.IsmsCalendar;
import io.rolecall.core.catalogue.RoleCatalogue;
import io.rolecall.core.finding.Finding;
import io.rolecall.core.handover.Handover;
import io.rolecall.core.holding.AssignmentPeriod;
import io.rolecall.core.holding.RoleHoldings;
import io.rolecall.core.model.DirectorySnapshot;
import io.rolecall.core.nonconformity.Nonconformity;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What both reports are built from: the state after the latest scan, seen on {@code asOf}, with
 * where each holder stands with accepting their duties on that day, the nonconformity register and
 * the completions of the ISMS calendar, and the assignment ledger (every period of every role).
 */
public record ReportInputs(RoleCatalogue catalogue, DirectorySnapshot directory, RoleHoldings holdings,
                           AcknowledgementPlan acknowledgements, List<Finding> findings,
                           List<Nonconformity> nonconformities, CalendarRecords calendar,
                           List<AssignmentPeriod> ledger, LocalDate asOf, List<Handover> handovers,
                           Map<String, String> tickets) {

    /** @param tickets the tracker's issue of each finding's episode ("f-...@2026-11-30" to SEC-24) */
    public ReportInputs {
        findings = List.copyOf(findings);
        nonconformities = List.copyOf(nonconformities);
        ledger = List.copyOf(ledger);
        handovers = handovers == null ? List.of() : List.copyOf(handovers);
        tickets = tickets == null ? Map.of() : Map.copyOf(tickets);
    }

    /** Without issues in a tracker. */
    public ReportInputs(RoleCatalogue catalogue, DirectorySnapshot directory, RoleHoldings holdings,
                        AcknowledgementPlan acknowledgements, List<Finding> findings,
                        List<Nonconformity> nonconformities, CalendarRecords calendar,
                        List<AssignmentPeriod> ledger, LocalDate asOf, List<Handover> handovers) {
        this(catalogue, directory, holdings, acknowledgements, findings, nonconformities, calendar, ledger, asOf,
                handovers, Map.of());
    }

    /** Without handovers. */
    public ReportInputs(RoleCatalogue catalogue, DirectorySnapshot directory, RoleHoldings holdings,
                        AcknowledgementPlan acknowledgements, List<Finding> findings,
                        List<Nonconformity> nonconformities, CalendarRecords calendar,
                        List<AssignmentPeriod> ledger, LocalDate asOf) {
        this(catalogue, directory, holdings, acknowledgements, findings, nonconformities, calendar, ledger, asOf,
                List.of());
    }

    /** Without completions of the ISMS calendar. */
    public ReportInputs(RoleCatalogue catalogue, DirectorySnapshot directory, RoleHoldings holdings,
                        AcknowledgementPlan acknowledgements, List<Finding> findings,
                        List<Nonconformity> nonconformities, LocalDate asOf) {
        this(catalogue, directory, holdings, acknowledgements, findings, nonconformities, CalendarRecords.NONE,
                List.of(), asOf);
    }

    /** These inputs with the tracker's issue of each finding's episode. */
    public ReportInputs withTickets(Map<String, String> byEpisode) {
        return new ReportInputs(catalogue, directory, holdings, acknowledgements, findings, nonconformities, calendar,
                ledger, asOf, handovers, byEpisode);
    }

    public IsmsCalendar ismsCalendar() {
        return IsmsCalendar.of(catalogue, holdings, calendar, asOf);
    }
}
