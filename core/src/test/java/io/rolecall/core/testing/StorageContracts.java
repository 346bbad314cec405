package io.rolecall.core.testing;

import io.rolecall.core.port.AcknowledgementStore;
import io.rolecall.core.port.AssignmentLedger;
import io.rolecall.core.port.FindingStore;
import io.rolecall.core.port.HandoverStore;
import io.rolecall.core.port.CalendarStore;
import io.rolecall.core.port.NonconformityStore;
import io.rolecall.core.port.PeopleStore;
import io.rolecall.core.port.ReportArchive;
import io.rolecall.core.port.RunLog;
import io.rolecall.core.port.Storage;
import org.junit.jupiter.api.Nested;

/**
 * Every contract of the {@link Storage} ports, for one store implementation: extend it and give a
 * fresh, empty storage per call. Each contract runs as a nested class, so a contract added here runs
 * against every store.
 */
public abstract class StorageContracts {

    /** An empty storage, not shared with any other test. */
    protected abstract Storage freshStorage();

    @Nested
    class Findings extends FindingStoreContract {
        @Override
        protected FindingStore newStore() {
            return freshStorage().findings();
        }
    }

    @Nested
    class Ledger extends AssignmentLedgerContract {
        @Override
        protected AssignmentLedger newLedger() {
            return freshStorage().ledger();
        }
    }

    @Nested
    class People extends PeopleStoreContract {
        @Override
        protected PeopleStore newStore() {
            return freshStorage().people();
        }
    }

    @Nested
    class Acknowledgements extends AcknowledgementStoreContract {
        @Override
        protected AcknowledgementStore newStore() {
            return freshStorage().acknowledgements();
        }
    }

    @Nested
    class Handovers extends HandoverStoreContract {
        @Override
        protected HandoverStore newStore() {
            return freshStorage().handovers();
        }
    }

    @Nested
    class Calendar extends CalendarStoreContract {
        @Override
        protected CalendarStore newStore() {
            return freshStorage().calendar();
        }
    }

    @Nested
    class Nonconformities extends NonconformityStoreContract {
        @Override
        protected NonconformityStore newStore() {
            return freshStorage().nonconformities();
        }
    }

    @Nested
    class Runs extends RunLogContract {
        @Override
        protected RunLog newRunLog() {
            return freshStorage().runs();
        }
    }

    @Nested
    class SentReports extends ReportArchiveContract {
        @Override
        protected ReportArchive newArchive() {
            return freshStorage().sentReports();
        }
    }
}
