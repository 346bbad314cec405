package io.rolecall.core.usecase;

import io.rolecall.core.acknowledge.HolderState;
import io.rolecall.core.catalogue.RoleCatalogue;
import io.rolecall.core.finding.LifecycleOutcome;
import io.rolecall.core.history.GuardVerdict;
import io.rolecall.core.port.ScanRun;

/**
 * What a scan did. When the change guard held it, {@code run} and {@code findings} are null and
 * nothing was stored.
 *
 * @param holders what the scan found of the holders and their acceptances, for the notices it is
 *                followed by; null when it was held, or repeated the latest scan without reading
 *                the directory (the store then holds the same)
 */
public record ScanResult(RoleCatalogue catalogue, GuardVerdict guard, ScanRun run, LifecycleOutcome findings,
                         HolderState holders) {

    public boolean held() {
        return run == null;
    }
}
