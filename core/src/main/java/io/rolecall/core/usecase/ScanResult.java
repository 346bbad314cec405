package io.rolecall.core.usecase;

import io.rolecall.core.acknowledge.HolderState;
import io.rolecall.core.catalogue.RoleCatalogue;
import io.rolecall.core.finding.LifecycleOutcome;
import io.rolecall.core.history.GuardVerdict;
import io.rolecall.core.model.HrJoin;
import io.rolecall.core.port.ScanRun;
import java.util.Map;

/**
 * What a scan did. When the change guard held it, {@code run} and {@code findings} are null and
 * nothing was stored.
 *
 * @param holders what the scan found of the holders and their acceptances, for the notices it is
 *                followed by; null when it was held, or repeated the latest scan without reading
 *                the directory (the store then holds the same)
 * @param exceptionsNotStanding why the approval of an exception does not stand, by id: those accept nothing
 */
public record ScanResult(RoleCatalogue catalogue, GuardVerdict guard, ScanRun run, LifecycleOutcome findings,
                         HolderState holders, Map<String, String> exceptionsNotStanding, HrJoin hr) {

    public ScanResult {
        exceptionsNotStanding = Map.copyOf(exceptionsNotStanding);
    }

    /** Without an HR source, or when the scan did not read the directory. */
    public ScanResult(RoleCatalogue catalogue, GuardVerdict guard, ScanRun run, LifecycleOutcome findings,
                      HolderState holders, Map<String, String> exceptionsNotStanding) {
        this(catalogue, guard, run, findings, holders, exceptionsNotStanding, null);
    }

    /** How the HR system's records joined the directory; empty without one, or when the scan repeated the latest. */
    public java.util.Optional<HrJoin> hrJoin() {
        return java.util.Optional.ofNullable(hr);
    }

    public boolean held() {
        return run == null;
    }
}
