package io.rolecall.core.detect;

import io.rolecall.core.model.FindingKind;
import java.util.Set;

/**
 * One rule of detection: the finding kinds it can raise, and how it finds them in a scan's input. A kind
 * belongs to exactly one rule, so that a finding always leads back to the code that raised it.
 */
interface Rule {

    Set<FindingKind> kinds();

    /** Raises what {@code input} shows through {@code out}, which refuses a kind this rule did not declare. */
    void apply(DetectionInput input, RaisedFindings out);
}
