package io.rolecall.core.nonconformity;

/**
 * Where a nonconformity stands (clause 10.2): OPEN until its root cause, corrective action, owner and
 * target date are all set (ACTION_PLANNED), ACTION_TAKEN once the action is done, CLOSED when it
 * proved effective (or was closed by hand).
 */
public enum NcStatus {
    OPEN, ACTION_PLANNED, ACTION_TAKEN, CLOSED
}
