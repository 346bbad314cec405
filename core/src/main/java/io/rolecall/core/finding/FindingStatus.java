package io.rolecall.core.finding;

public enum FindingStatus {
    OPEN, RESOLVED
}
