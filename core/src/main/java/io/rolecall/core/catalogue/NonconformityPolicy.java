package io.rolecall.core.catalogue;

import io.rolecall.core.model.Severity;
import java.util.EnumSet;
import java.util.Set;

/**
 * When RoleCall raises a nonconformity by itself (clause 10.2), and how long a corrective action's
 * findings must stay resolved before it counts as effective.
 *
 * @param raiseWhenOverdue  raise one when a finding of these severities becomes overdue
 * @param effectivenessDays days the findings must stay resolved after the action was taken
 */
public record NonconformityPolicy(boolean raiseWhenOverdue, Set<Severity> severities, int effectivenessDays) {

    public static final NonconformityPolicy DEFAULT = new NonconformityPolicy(true,
            EnumSet.of(Severity.CRITICAL, Severity.HIGH, Severity.MEDIUM), 30);

    public NonconformityPolicy {
        severities = severities.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(severities));
        if (effectivenessDays < 1) {
            throw new IllegalArgumentException("effectivenessDays must be at least 1");
        }
    }
}
