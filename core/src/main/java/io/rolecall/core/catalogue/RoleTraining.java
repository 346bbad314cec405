package io.rolecall.core.catalogue;

import java.util.Objects;

/**
 * The training every holder of a role must have completed within {@code everyMonths} (roles.yaml
 * role {@code training:}; clauses 7.2 and 7.3, Annex A 6.3).
 */
public record RoleTraining(String name, int everyMonths) {

    public RoleTraining {
        Objects.requireNonNull(name, "name");
        if (everyMonths < 1) {
            throw new IllegalArgumentException("training recurs at least every month");
        }
    }
}
