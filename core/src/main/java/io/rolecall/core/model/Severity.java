package io.rolecall.core.model;

/** Most severe first: the natural order is the order reports list findings in. */
public enum Severity {
    CRITICAL, HIGH, MEDIUM, LOW
}
