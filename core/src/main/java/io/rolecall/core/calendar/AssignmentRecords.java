package io.rolecall.core.calendar;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Reviews of who holds a role, and notices of a new holder to an authority, kept as completions in the
 * ISMS calendar's records under ids no activity of roles.yaml can have (its ids have no colon): they are
 * dated, carry their evidence and who recorded them, and travel into the evidence pack the same way.
 */
public final class AssignmentRecords {

    private static final String REVIEW = "assignment-review:";
    private static final String NOTICE = "authority-notified:";

    private AssignmentRecords() {
    }

    /** The id a review of the role's assignment is recorded under. */
    public static String reviewId(String roleId) {
        return REVIEW + roleId;
    }

    /** The id a notice of the role's new holder to an authority is recorded under. */
    public static String noticeId(String roleId) {
        return NOTICE + roleId;
    }

    /** Whether a completion is one of these rather than an activity of the calendar. */
    public static boolean isAssignmentRecord(String activityId) {
        return activityId.startsWith(REVIEW) || activityId.startsWith(NOTICE);
    }

    /**
     * What a completion records, as the evidence pack names it: "assignment review" or "authority notice"
     * for these, "activity" for an activity of the calendar.
     */
    public static String typeOf(String activityId) {
        return activityId.startsWith(REVIEW) ? "assignment review"
                : activityId.startsWith(NOTICE) ? "authority notice" : "activity";
    }

    /** The role a review or notice is about, or the activity's own id for an activity. */
    public static String subjectOf(String activityId) {
        return isAssignmentRecord(activityId) ? activityId.substring(activityId.indexOf(':') + 1) : activityId;
    }

    /** The latest day a record of this id was made for, on or before {@code day}. */
    public static Optional<LocalDate> latestOnOrBefore(CalendarRecords records, String id, LocalDate day) {
        return records.historyOf(id).stream().map(ActivityCompletion::completedOn).filter(on -> !on.isAfter(day))
                .findFirst();
    }

    /** Whether a record of this id was made for a day from {@code from} to {@code to}, both included. */
    public static boolean recordedBetween(CalendarRecords records, String id, LocalDate from, LocalDate to) {
        return records.historyOf(id).stream().map(ActivityCompletion::completedOn)
                .anyMatch(on -> !on.isBefore(from) && !on.isAfter(to));
    }
}
