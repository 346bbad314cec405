package io.rolecall.core.calendar;

import io.rolecall.core.catalogue.Activity;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * An activity of the ISMS calendar on a day: when it was last done and on what evidence, when it is
 * next due, and whether that is soon or past.
 *
 * @param lastDone     the latest recorded completion, else roles.yaml's lastDone, else null (never done)
 * @param lastEvidence the evidence of that completion; null for lastDone or never
 * @param nextDue      lastDone plus everyMonths; null when never done: it is overdue from the start
 */
public record ActivityState(Activity activity, LocalDate lastDone, String lastEvidence, LocalDate nextDue,
                            DueStatus status, LocalDate asOf) {

    /**
     * Next due = last done + everyMonths, as calendar months: a month end stays within its month
     * (2026-01-31 + 1 month = 2026-02-28; 2024-02-29 + 12 months = 2025-02-28).
     */
    public static ActivityState of(Activity activity, CalendarRecords records, LocalDate asOf) {
        LocalDate lastDone = activity.lastDone();
        String evidence = null;
        var recorded = records.lastOf(activity.id());
        if (recorded.isPresent() && (lastDone == null || !recorded.get().completedOn().isBefore(lastDone))) {
            lastDone = recorded.get().completedOn();
            evidence = recorded.get().evidence();
        }
        LocalDate nextDue = lastDone == null ? null : lastDone.plusMonths(activity.everyMonths());
        return new ActivityState(activity, lastDone, evidence, nextDue,
                DueStatus.of(nextDue, asOf, activity.leadDays()), asOf);
    }

    /** Days past the due date; 0 when not overdue or never done. */
    public long daysLate() {
        return nextDue == null || !asOf.isAfter(nextDue) ? 0 : ChronoUnit.DAYS.between(nextDue, asOf);
    }

    public long daysLeft() {
        return nextDue == null ? 0 : ChronoUnit.DAYS.between(asOf, nextDue);
    }

    /** "overdue since 2026-10-21 (40 days)", "never done", "due 2026-12-15 (15 days)", "next due 2027-09-01". */
    public String when() {
        if (nextDue == null) {
            return "never done";
        }
        return switch (status) {
            case OVERDUE -> "overdue since " + nextDue + " (" + daysLate() + " days)";
            case DUE_SOON -> "due " + nextDue + " (in " + daysLeft() + " days)";
            case OK -> "next due " + nextDue;
        };
    }
}
