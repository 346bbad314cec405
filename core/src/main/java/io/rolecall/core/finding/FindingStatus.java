package io.rolecall.core.finding;

/** OPEN: a gap to fix; ACCEPTED: detected, but a risk top management accepted until it expires; RESOLVED. */
public enum FindingStatus {
    OPEN, ACCEPTED, RESOLVED
}
