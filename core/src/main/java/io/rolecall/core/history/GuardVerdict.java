package io.rolecall.core.history;

import io.rolecall.core.catalogue.ChangeGuardPolicy;
import java.util.Locale;

/**
 * Whether the change guard holds a scan, with the numbers that decided it.
 *
 * @param leavers previously active people who would no longer be active: left, suspended, no longer a
 *                person, or gone from the directory
 */
public record GuardVerdict(boolean held, int previouslyActive, int leavers, ChangeGuardPolicy policy) {

    public double leaverPercent() {
        return previouslyActive == 0 ? 0 : leavers * 100.0 / previouslyActive;
    }

    /** One paragraph for the person who must decide whether the change is real. */
    public String explanation() {
        return String.format(Locale.ROOT,
                "In this scan %d of %d previously active people (%.1f%%) would no longer be active (left, "
                        + "suspended or gone from the directory), more than the change guard allows (%d%% and at least %d people: "
                        + "policy.directoryChangeGuard in roles.yaml). Nothing was stored. A sudden drop like this "
                        + "usually means an incomplete directory read or export, so check the source first.",
                leavers, previouslyActive, leaverPercent(), policy.maxLeaversPercent(), policy.minLeavers());
    }
}
