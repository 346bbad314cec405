package io.rolecall.core.report;

import io.rolecall.core.calendar.ActivityState;
import io.rolecall.core.calendar.DueStatus;
import io.rolecall.core.calendar.IsmsCalendar;
import io.rolecall.core.calendar.TrainingState;
import java.util.ArrayList;
import java.util.List;

/**
 * A line of the ISMS calendar as the reports show it: an activity, or a holder's role training,
 * with its owner, when it was last done, when it is next due, its status and its evidence.
 *
 * @param what  "Internal audit [ISO/IEC 27001:2022 9.2]" or "Incident response training: Dan Okafor"
 * @param owner the owner role and its active holder, or "vacant"
 */
public record CalendarLine(String what, String owner, String lastDone, String nextDue, String status,
                           String evidence, boolean late) {

    /** Every activity, then every holder's training: the quarterly's management-review input. */
    static List<CalendarLine> all(IsmsCalendar calendar) {
        List<CalendarLine> lines = new ArrayList<>();
        calendar.activities().forEach(state -> lines.add(of(calendar, state)));
        calendar.training().forEach(state -> lines.add(of(state)));
        return lines;
    }

    /** Activities due soon or overdue, and training overdue: what the weekly asks to act on. */
    static List<CalendarLine> needingAttention(IsmsCalendar calendar) {
        List<CalendarLine> lines = new ArrayList<>();
        calendar.needingAttention().forEach(state -> lines.add(of(calendar, state)));
        calendar.trainingOverdue().forEach(state -> lines.add(of(state)));
        return lines;
    }

    private static CalendarLine of(IsmsCalendar calendar, ActivityState state) {
        String reference = state.activity().reference() == null ? "" : " [" + state.activity().reference() + "]";
        return new CalendarLine(state.activity().name() + reference,
                state.activity().ownerRole() + ": " + calendar.ownerText(state.activity()),
                state.lastDone() == null ? "never" : state.lastDone().toString(),
                state.nextDue() == null ? "now" : state.nextDue().toString(), state.when(),
                state.lastEvidence(), state.status() == DueStatus.OVERDUE);
    }

    private static CalendarLine of(TrainingState state) {
        return new CalendarLine(state.role().training().name() + ": " + state.holder().label(),
                state.role().id(), state.lastDone() == null ? "never" : state.lastDone().toString(),
                state.nextDue() == null ? "now" : state.nextDue().toString(),
                state.status() == DueStatus.OVERDUE ? "training overdue" : state.status() == DueStatus.DUE_SOON
                        ? "training due soon" : "current", state.lastEvidence(), state.status() == DueStatus.OVERDUE);
    }
}
