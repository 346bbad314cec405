package io.rolecall.core.detect;

import io.rolecall.core.acknowledge.AcknowledgementPlan;
import io.rolecall.core.calendar.CalendarRecords;
import io.rolecall.core.catalogue.RoleCatalogue;
import io.rolecall.core.handover.Handover;
import io.rolecall.core.history.KnownPeople;
import io.rolecall.core.holding.AssignmentLedgerUpdate;
import io.rolecall.core.holding.RoleHoldings;
import io.rolecall.core.model.DirectorySnapshot;
import io.rolecall.core.model.Email;
import io.rolecall.core.model.HrSnapshot;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Everything the rules look at: the catalogue, the directory as read, who holds what now, who was
 * ever seen, the ledger after this scan (for the job a holder had when they took a role), where each
 * holder stands with accepting their duties, the completions of the ISMS calendar (assignment reviews
 * and notices to authorities among them), and the date of the scan.
 *
 * @param firstPrimaryDay for each role whose changes of primary are watched, the first day the ledger
 *                        shows any primary of it: a primary who began later is a change, one who began
 *                        then is the role's first holder as RoleCall saw it
 */
public record DetectionInput(RoleCatalogue catalogue, DirectorySnapshot directory, RoleHoldings holdings,
                             KnownPeople known, AssignmentLedgerUpdate.Result ledger,
                             AcknowledgementPlan acknowledgements, CalendarRecords calendar, LocalDate asOf,
                             Map<String, LocalDate> firstPrimaryDay, HrSnapshot hr, List<Handover> handovers) {

    public DetectionInput {
        firstPrimaryDay = Map.copyOf(firstPrimaryDay);
        handovers = handovers == null ? List.of() : List.copyOf(handovers);
    }

    /** With an HR source, without handovers. */
    public DetectionInput(RoleCatalogue catalogue, DirectorySnapshot directory, RoleHoldings holdings,
                          KnownPeople known, AssignmentLedgerUpdate.Result ledger,
                          AcknowledgementPlan acknowledgements, CalendarRecords calendar, LocalDate asOf,
                          Map<String, LocalDate> firstPrimaryDay, HrSnapshot hr) {
        this(catalogue, directory, holdings, known, ledger, acknowledgements, calendar, asOf, firstPrimaryDay, hr,
                List.of());
    }

    /** Whether the successor of an open handover had accepted the role of this leaver by the as-of day. */
    public boolean handedOver(String roleId, Email leaver) {
        return handovers.stream().anyMatch(handover -> handover.acceptedBy(asOf)
                && handover.roleId().equals(roleId) && handover.from().equals(leaver));
    }

    /** Without an HR source. */
    public DetectionInput(RoleCatalogue catalogue, DirectorySnapshot directory, RoleHoldings holdings,
                          KnownPeople known, AssignmentLedgerUpdate.Result ledger,
                          AcknowledgementPlan acknowledgements, CalendarRecords calendar, LocalDate asOf,
                          Map<String, LocalDate> firstPrimaryDay) {
        this(catalogue, directory, holdings, known, ledger, acknowledgements, calendar, asOf, firstPrimaryDay, null);
    }

    /** The HR system's records, when the scan read one (the coverage and leaving rules need it). */
    public java.util.Optional<HrSnapshot> hrRecords() {
        return java.util.Optional.ofNullable(hr);
    }

    /** Without any completion of the ISMS calendar kept. */
    public DetectionInput(RoleCatalogue catalogue, DirectorySnapshot directory, RoleHoldings holdings,
                          KnownPeople known, AssignmentLedgerUpdate.Result ledger,
                          AcknowledgementPlan acknowledgements, LocalDate asOf) {
        this(catalogue, directory, holdings, known, ledger, acknowledgements, CalendarRecords.NONE, asOf, Map.of());
    }
}
