package io.rolecall.core.port;

/**
 * The stores one deployment keeps its state in, built together by an infra module, and the unit of
 * work that makes several saves to them one change.
 */
public record Storage(FindingStore findings, AssignmentLedger ledger, PeopleStore people, RunLog runs,
                      AcknowledgementStore acknowledgements, NonconformityStore nonconformities,
                      CalendarStore calendar, ReportArchive sentReports, HandoverStore handovers,
                      UnitOfWork unitOfWork) {

    /** Runs {@code work} as one all-or-nothing change; see {@link UnitOfWork#atomically}. */
    public void atomically(Runnable work) {
        unitOfWork.atomically(work);
    }
}
