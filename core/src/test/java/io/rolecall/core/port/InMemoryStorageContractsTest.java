package io.rolecall.core.port;

import io.rolecall.core.testing.InMemoryNoticeLog;
import io.rolecall.core.testing.InMemoryReportLog;
import io.rolecall.core.testing.NoticeLogContract;
import io.rolecall.core.testing.InMemoryStorage;
import io.rolecall.core.testing.ReportLogContract;
import io.rolecall.core.testing.StorageContracts;
import org.junit.jupiter.api.Nested;

/** The in-memory fake must behave like the real stores, or use-case tests would prove nothing. */
class InMemoryStorageContractsTest extends StorageContracts {

    @Override
    protected Storage freshStorage() {
        return InMemoryStorage.create();
    }

    @Nested
    class Notices extends NoticeLogContract {
        @Override
        protected NoticeLog newNoticeLog() {
            return new InMemoryNoticeLog();
        }
    }

    @Nested
    class Reports extends ReportLogContract {
        @Override
        protected ReportLog newReportLog() {
            return new InMemoryReportLog();
        }
    }
}
