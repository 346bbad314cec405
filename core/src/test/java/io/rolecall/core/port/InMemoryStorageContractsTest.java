package io.rolecall.core.port;

import io.rolecall.core.testing.AssignmentLedgerContract;
import io.rolecall.core.testing.FindingStoreContract;
import io.rolecall.core.testing.InMemoryReportLog;
import io.rolecall.core.testing.InMemoryStorage;
import io.rolecall.core.testing.ReportLogContract;
import io.rolecall.core.testing.PeopleStoreContract;
import io.rolecall.core.testing.RunLogContract;
import org.junit.jupiter.api.Nested;

/** The in-memory fake must behave like the real stores, or use-case tests would prove nothing. */
class InMemoryStorageContractsTest {

    @Nested
    class Findings extends FindingStoreContract {
        @Override
        protected FindingStore newStore() {
            return InMemoryStorage.create().findings();
        }
    }

    @Nested
    class Ledger extends AssignmentLedgerContract {
        @Override
        protected AssignmentLedger newLedger() {
            return InMemoryStorage.create().ledger();
        }
    }

    @Nested
    class People extends PeopleStoreContract {
        @Override
        protected PeopleStore newStore() {
            return InMemoryStorage.create().people();
        }
    }

    @Nested
    class Reports extends ReportLogContract {
        @Override
        protected ReportLog newReportLog() {
            return new InMemoryReportLog();
        }
    }

    @Nested
    class Runs extends RunLogContract {
        @Override
        protected RunLog newRunLog() {
            return InMemoryStorage.create().runs();
        }
    }
}
