package io.rolecall.core.usecase;

import io.rolecall.core.catalogue.RoleCatalogue;
import io.rolecall.core.finding.LifecycleOutcome;
import io.rolecall.core.history.GuardVerdict;
import io.rolecall.core.port.ScanRun;

/**
 * What a scan did. When the change guard held it, {@code run} and {@code findings} are null and
 * nothing was stored.
 */
public record ScanResult(RoleCatalogue catalogue, GuardVerdict guard, ScanRun run, LifecycleOutcome findings) {

    public boolean held() {
        return run == null;
    }
}
