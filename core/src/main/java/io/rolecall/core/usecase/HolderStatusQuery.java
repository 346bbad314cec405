package io.rolecall.core.usecase;

import io.rolecall.core.acknowledge.AcknowledgementPlan;
import io.rolecall.core.port.ScanRun;
import io.rolecall.core.port.Storage;
import java.time.LocalDate;

/**
 * Where every active holder stands with accepting their duties, as the latest scan left the state: with the
 * handovers accepted by then in effect, as notices and the scan count holders.
 */
public final class HolderStatusQuery {

    private final Storage storage;
    private final AsOfRules asOfRules;

    public HolderStatusQuery(Storage storage, AsOfRules asOfRules) {
        this.storage = storage;
        this.asOfRules = asOfRules;
    }

    public AcknowledgementPlan asOf(LocalDate asOf) {
        asOfRules.refuseFuture(asOf, "this list");
        ScanRun latest = storage.runs().latest().orElseThrow(() -> new NothingScannedException(
                "no scan is stored yet, so nobody is known to hold a role: run a scan first."));
        if (asOf.isBefore(latest.asOf())) {
            throw new AsOfRefusedException("this list is dated " + asOf + " but the latest scan is dated "
                    + latest.asOf() + "; date it " + latest.asOf() + " or later.");
        }
        return StoredState.holders(storage, StoredState.catalogueInEffect(storage, latest,
                storage.handovers().all()), asOf).plan();
    }
}
