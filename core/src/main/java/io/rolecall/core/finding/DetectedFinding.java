package io.rolecall.core.finding;

import io.rolecall.core.model.FindingKey;
import io.rolecall.core.model.Severity;
import java.util.Objects;

/** A gap one scan found, before the lifecycle merges it with what earlier scans found. */
public record DetectedFinding(FindingKey key, Severity severity, String message, String remediation) {

    public DetectedFinding {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(remediation, "remediation");
    }

    public String id() {
        return key.id();
    }
}
