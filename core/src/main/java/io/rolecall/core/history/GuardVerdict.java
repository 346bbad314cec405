package io.rolecall.core.history;

import io.rolecall.core.catalogue.ChangeGuardPolicy;
import java.util.Locale;

/** Whether the change guard holds a scan, with the numbers that decided it. */
public record GuardVerdict(boolean held, int previouslyActive, int leavers, ChangeGuardPolicy policy) {

    public double leaverPercent() {
        return previouslyActive == 0 ? 0 : leavers * 100.0 / previouslyActive;
    }

    /** One paragraph for the person who must decide whether the change is real. */
    public String explanation() {
        return String.format(Locale.ROOT,
                "This scan would turn %d of %d previously active people (%.1f%%) into leavers or remove them "
                        + "from the directory, more than the change guard allows (%d%% and at least %d people: "
                        + "policy.directoryChangeGuard in roles.yaml). Nothing was stored. A sudden drop like this "
                        + "usually means an incomplete directory read or export, so check the source first.",
                leavers, previouslyActive, leaverPercent(), policy.maxLeaversPercent(), policy.minLeavers());
    }
}
