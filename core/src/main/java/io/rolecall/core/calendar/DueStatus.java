package io.rolecall.core.calendar;

/** Where a recurring activity or a holder's training stands on a day. */
public enum DueStatus {
    /** Done, and not due within the lead time. */
    OK,
    /** Due within the lead time. */
    DUE_SOON,
    /** Past its due date, or never done. */
    OVERDUE
}
