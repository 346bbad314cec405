package io.rolecall.core.finding;

import io.rolecall.core.model.FindingKey;
import io.rolecall.core.model.Severity;
import java.util.List;
import java.util.Objects;

/**
 * A gap one scan found, before the lifecycle merges it with what earlier scans found.
 *
 * @param references the clauses it shows unmet, cited ("SOC 2 CC1.3")
 */
public record DetectedFinding(FindingKey key, Severity severity, String message, String remediation,
                              List<String> references) {

    public DetectedFinding(FindingKey key, Severity severity, String message, String remediation) {
        this(key, severity, message, remediation, List.of());
    }

    public DetectedFinding {
        references = List.copyOf(references);
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(remediation, "remediation");
    }

    public String id() {
        return key.id();
    }
}
