package io.rolecall.infra.local;

import io.rolecall.core.port.Storage;
import io.rolecall.core.testing.StorageContracts;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
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

    @AfterEach
    void closeAll() {
        opened.forEach(LocalStorage::close);
    }
}
