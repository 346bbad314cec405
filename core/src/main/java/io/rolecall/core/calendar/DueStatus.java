package io.rolecall.core.calendar;

import java.time.LocalDate;

/** Where a recurring activity or a holder's training stands on a day. */
public enum DueStatus {
    /** Done, and not due within the lead time. */
    OK,
    /** Due within the lead time. */
    DUE_SOON,
    /** Past its due date, or never done. */
    OVERDUE;

    /**
     * Where something due on {@code nextDue} stands on {@code asOf}: overdue the day after it is due
     * (or at once when it was never done, {@code nextDue} null), due soon from {@code leadDays} before.
     */
    public static DueStatus of(LocalDate nextDue, LocalDate asOf, int leadDays) {
        if (nextDue == null || asOf.isAfter(nextDue)) {
            return OVERDUE;
        }
        return asOf.isBefore(nextDue.minusDays(leadDays)) ? OK : DUE_SOON;
    }
}
