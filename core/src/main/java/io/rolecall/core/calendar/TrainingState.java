package io.rolecall.core.calendar;

import io.rolecall.core.catalogue.Activity;
import io.rolecall.core.catalogue.Role;
import io.rolecall.core.model.Person;
import java.time.LocalDate;

/**
 * One holder of a role that requires training, on a day: when they last completed it, and when it
 * is next due (never completed: due now).
 */
public record TrainingState(Role role, Person holder, LocalDate lastDone, String lastEvidence, LocalDate nextDue,
                            DueStatus status) {

    public static TrainingState of(Role role, Person holder, CalendarRecords records, LocalDate asOf) {
        var last = records.lastTraining(holder.email(), role.id());
        LocalDate lastDone = last.map(TrainingCompletion::completedOn).orElse(null);
        LocalDate nextDue = lastDone == null ? null : lastDone.plusMonths(role.training().everyMonths());
        return new TrainingState(role, holder, lastDone, last.map(TrainingCompletion::evidence).orElse(null), nextDue,
                DueStatus.of(nextDue, asOf, Activity.DEFAULT_LEAD_DAYS));
    }
}
