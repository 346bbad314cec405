package io.rolecall.infra.local;

import io.rolecall.core.port.AssignmentLedger;
import io.rolecall.core.port.FindingStore;
import io.rolecall.core.port.PeopleStore;
import io.rolecall.core.port.RunLog;
import io.rolecall.core.testing.AssignmentLedgerContract;
import io.rolecall.core.testing.FindingStoreContract;
import io.rolecall.core.testing.PeopleStoreContract;
import io.rolecall.core.testing.RunLogContract;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.io.TempDir;

/** The embedded SQLite store passes the same contracts as every other store. */
class LocalStorageContractsTest {

    @TempDir
    Path dir;

    private final List<LocalStorage> opened = new ArrayList<>();

    private LocalStorage fresh() {
        LocalStorage storage = LocalStorage.open(dir.resolve("state-" + opened.size()));
        opened.add(storage);
        return storage;
    }

    @AfterEach
    void closeAll() {
        opened.forEach(LocalStorage::close);
    }

    @Nested
    class Findings extends FindingStoreContract {
        @Override
        protected FindingStore newStore() {
            return fresh().storage().findings();
        }
    }

    @Nested
    class Ledger extends AssignmentLedgerContract {
        @Override
        protected AssignmentLedger newLedger() {
            return fresh().storage().ledger();
        }
    }

    @Nested
    class People extends PeopleStoreContract {
        @Override
        protected PeopleStore newStore() {
            return fresh().storage().people();
        }
    }

    @Nested
    class Runs extends RunLogContract {
        @Override
        protected RunLog newRunLog() {
            return fresh().storage().runs();
        }
    }
}
