package io.rolecall.infra.local;

import io.rolecall.core.port.ReportLog;
import io.rolecall.core.port.Storage;
import io.rolecall.core.testing.ReportLogContract;
import io.rolecall.core.testing.StorageContracts;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.io.TempDir;

/** The embedded SQLite store passes the same contracts as every other store. */
class LocalStorageContractsTest extends StorageContracts {

    @TempDir
    Path dir;

    private final List<LocalStorage> opened = new ArrayList<>();

    @Override
    protected Storage freshStorage() {
        LocalStorage storage = LocalStorage.open(dir.resolve("state-" + opened.size()));
        opened.add(storage);
        return storage.storage();
    }

    /** Which emails went out once (holders' notices), as the report log of the functions does it. */
    @Nested
    class SentEmails extends ReportLogContract {
        @Override
        protected ReportLog newReportLog() {
            LocalStorage storage = LocalStorage.open(dir.resolve("emails-" + opened.size()));
            opened.add(storage);
            return storage.sentEmails();
        }
    }

    @AfterEach
    void closeAll() {
        opened.forEach(LocalStorage::close);
    }
}
