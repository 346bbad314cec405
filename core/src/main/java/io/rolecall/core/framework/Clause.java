package io.rolecall.core.framework;

import java.util.List;

/**
 * A clause of a framework about roles, titled in RoleCall's own words (a pack never copies a
 * standard's text), with the checks whose findings say it is not met.
 */
public record Clause(String id, String title, List<ClauseCheck> checks) {

    public Clause {
        checks = List.copyOf(checks);
    }
}
