package io.rolecall.core.usecase;

import io.rolecall.core.catalogue.RoleCatalogue;
import io.rolecall.core.port.Storage;
import io.rolecall.core.report.RaciMatrix;

/** The RACI matrix as the latest scan left it: its roles.yaml, with the holders its directory gave. */
public final class RaciQuery {

    private final Storage storage;

    public RaciQuery(Storage storage) {
        this.storage = storage;
    }

    public RaciMatrix latest() {
        RoleCatalogue catalogue = StoredState.latestCatalogue(storage).orElseThrow(() -> new NothingScannedException(
                "no scan is stored yet, so there is no roles.yaml to show: run a scan first."));
        return RaciMatrix.of(catalogue, StoredState.directory(storage, catalogue).holdings());
    }
}
