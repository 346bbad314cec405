package io.rolecall.core.detect;

import io.rolecall.core.catalogue.RoleCatalogue;
import io.rolecall.core.finding.DetectedFinding;
import io.rolecall.core.model.FindingKey;
import io.rolecall.core.model.FindingKind;
import java.util.List;
import java.util.Set;

/**
 * Where a rule puts what it finds. The rule says what a finding is about and words it; the severity
 * comes from one place, the kind, unless the role (or a framework function it fulfils) sets another.
 */
final class RaisedFindings {

    private final RoleCatalogue catalogue;
    private final List<DetectedFinding> out;
    private Set<FindingKind> allowed = Set.of();
    private String ruleName = "";

    RaisedFindings(RoleCatalogue catalogue, List<DetectedFinding> out) {
        this.catalogue = catalogue;
        this.out = out;
    }

    /** From now on, findings come from {@code rule}. */
    void from(Rule rule) {
        this.allowed = rule.kinds();
        this.ruleName = rule.getClass().getSimpleName();
    }

    /** A finding at its kind's (or its role's) severity. */
    void raise(FindingKey key, String message, String remediation) {
        raise(key, false, message, remediation);
    }

    /**
     * @param aggravated the case the kind names as more severe (a vacant role the whole ISMS hangs on, an
     *                   audit long overdue): the kind's raised severity, unless the role sets its own
     */
    void raise(FindingKey key, boolean aggravated, String message, String remediation) {
        if (!allowed.contains(key.kind())) {
            throw new IllegalStateException(ruleName + " raised " + key.kind() + ", which it does not declare");
        }
        out.add(new DetectedFinding(key, catalogue.severity(key, aggravated), message, remediation,
                catalogue.references(key)));
    }
}
