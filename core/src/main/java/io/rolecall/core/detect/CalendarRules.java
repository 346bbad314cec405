package io.rolecall.core.detect;

import io.rolecall.core.calendar.ActivityState;
import io.rolecall.core.calendar.DueStatus;
import io.rolecall.core.calendar.IsmsCalendar;
import io.rolecall.core.calendar.TrainingState;
import io.rolecall.core.catalogue.Activity;
import io.rolecall.core.catalogue.RoleCatalogue;
import io.rolecall.core.model.FindingKey;
import io.rolecall.core.model.FindingKind;
import java.util.Set;

/**
 * The ISMS calendar (audits, reviews, training): an activity due within its lead time or past its due
 * date, and a holder whose role training is overdue. Each names who owns the activity today, since a
 * recurring duty whose owner left is the gap auditors find.
 */
final class CalendarRules implements Rule {

    /** Days late from which an overdue activity is aggravated. */
    static final int HIGH_AFTER_DAYS_LATE = 90;

    @Override
    public Set<FindingKind> kinds() {
        return Set.of(FindingKind.ACTIVITY_DUE_SOON, FindingKind.ACTIVITY_OVERDUE, FindingKind.TRAINING_OVERDUE);
    }

    @Override
    public void apply(DetectionInput input, RaisedFindings out) {
        IsmsCalendar calendar = IsmsCalendar.of(input.catalogue(), input.holdings(), input.calendar(),
                input.asOf());
        for (ActivityState state : calendar.activities()) {
            if (state.status() != DueStatus.OK) {
                activity(out, input.catalogue(), calendar, state);
            }
        }
        for (TrainingState state : calendar.trainingOverdue()) {
            training(out, state);
        }
    }

    private static void activity(RaisedFindings out, RoleCatalogue catalogue, IsmsCalendar calendar,
                                 ActivityState state) {
        Activity activity = state.activity();
        String owner = catalogue.roleName(activity.ownerRole());
        String ownerText = calendar.ownerText(activity);
        String whose = ownerText.equals("vacant")
                ? "Its owner role, " + owner + " (" + activity.ownerRole() + "), is vacant."
                : "Its owner, " + owner + ", is " + ownerText + ".";
        String what = activity.label() + (activity.reference() == null ? "" : " [" + activity.reference() + "]");
        String record = "then record it as done, with the day and a link to the report or minutes as evidence.";
        if (state.status() == DueStatus.DUE_SOON) {
            out.raise(FindingKey.forActivity(FindingKind.ACTIVITY_DUE_SOON, activity.id()), what + " is due on " + state.nextDue() + ", in " + state.daysLeft()
                    + " days (last done " + state.lastDone() + "). " + whose,
                    "Plan " + activity.name() + " before " + state.nextDue() + "; " + record);
            return;
        }
        boolean high = activity.auditOrReview() || state.daysLate() > HIGH_AFTER_DAYS_LATE;
        String late = state.nextDue() == null
                ? " has no record of ever being done (no completion and no lastDone in roles.yaml)."
                : " is " + state.daysLate() + " days overdue: it was last done on " + state.lastDone()
                + " and was due on " + state.nextDue() + ".";
        String fix = activity.ownerRole() == null || ownerText.equals("vacant")
                ? "Appoint an active holder of " + activity.ownerRole() + " in roles.yaml, have them do "
                + activity.name() + ", " + record
                : "Have " + ownerText + " do " + activity.name() + " now, " + record
                + (state.nextDue() == null ? " If it was done before RoleCall, set lastDone for " + activity.id()
                + " in roles.yaml." : "");
        out.raise(FindingKey.forActivity(FindingKind.ACTIVITY_OVERDUE, activity.id()), high, what + late + " " + whose,
                fix);
    }

    private static void training(RaisedFindings out, TrainingState state) {
        String role = state.role().label();
        String training = "'" + state.role().training().name() + "'";
        String message = state.lastDone() == null
                ? state.holder().label() + " holds " + role + " but has no record of its training " + training + "."
                : state.holder().label() + " holds " + role + " but last completed its training " + training
                + " on " + state.lastDone() + "; it was due again on " + state.nextDue() + " (every "
                + state.role().training().everyMonths() + " months).";
        out.raise(FindingKey.forRoleAndPerson(FindingKind.TRAINING_OVERDUE, state.role().id(),
                state.holder().email()), message,
                "Have " + state.holder().email() + " complete " + training + ", then record the completion with its "
                        + "day and the certificate or learning-system record as evidence (or import the learning "
                        + "system's export).");
    }
}
