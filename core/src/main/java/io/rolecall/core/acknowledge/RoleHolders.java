package io.rolecall.core.acknowledge;

import io.rolecall.core.holding.Capacity;
import io.rolecall.core.holding.Holding;
import io.rolecall.core.holding.RoleHoldings;
import io.rolecall.core.model.Email;
import java.util.List;

/**
 * The active holders of a role, as notices and the acceptance page name them: from a scan's
 * holdings (every role at once), or from the ledger and one lookup per holder (one page).
 */
@FunctionalInterface
public interface RoleHolders {

    /** Active holders of the role, primaries first. */
    List<RoleHolder> of(String roleId);

    record RoleHolder(Email email, String label, Capacity capacity) {
    }

    static RoleHolders from(RoleHoldings holdings) {
        return roleId -> holdings.of(roleId).stream().filter(Holding::isActive)
                .map(h -> new RoleHolder(h.email(), h.label(), h.capacity())).toList();
    }
}
