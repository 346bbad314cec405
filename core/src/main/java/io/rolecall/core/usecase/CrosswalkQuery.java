package io.rolecall.core.usecase;

import io.rolecall.core.catalogue.RoleCatalogue;
import io.rolecall.core.finding.Finding;
import io.rolecall.core.port.Storage;
import io.rolecall.core.report.Crosswalk;
import java.util.List;

/** The crosswalk of the frameworks roles.yaml enables, with the findings the latest scan left open. */
public final class CrosswalkQuery {

    private final Storage storage;

    public CrosswalkQuery(Storage storage) {
        this.storage = storage;
    }

    /** With the roles.yaml of the latest scan. */
    public Crosswalk latest(String onlyPackId) {
        return of(latestCatalogue(), onlyPackId);
    }

    /** With another roles.yaml, against the findings of the latest scan. */
    public Crosswalk of(RoleCatalogue catalogue, String onlyPackId) {
        return Crosswalk.of(catalogue, storage.findings().findings().stream().filter(Finding::isOpen).toList(),
                onlyPackId);
    }

    public RoleCatalogue latestCatalogue() {
        return StoredState.latestCatalogue(storage).orElseThrow(() -> new NothingScannedException(
                "no scan is stored yet, so there is no roles.yaml to judge: run a scan first."));
    }

    /** Judged from roles.yaml alone: nothing is open, so no clause has gaps. */
    public static Crosswalk withoutFindings(RoleCatalogue catalogue, String onlyPackId) {
        return Crosswalk.of(catalogue, List.of(), onlyPackId);
    }
}
