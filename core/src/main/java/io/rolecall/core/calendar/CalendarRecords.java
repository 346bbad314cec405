package io.rolecall.core.calendar;

import io.rolecall.core.model.Email;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Every completion kept, of activities and of role training, with the lookups the calendar needs. */
public record CalendarRecords(List<ActivityCompletion> activities, List<TrainingCompletion> training) {

    public static final CalendarRecords NONE = new CalendarRecords(List.of(), List.of());

    public CalendarRecords {
        activities = List.copyOf(activities);
        training = List.copyOf(training);
    }

    /** The latest completion of an activity (the latest day; of one day, the latest recorded). */
    public Optional<ActivityCompletion> lastOf(String activityId) {
        return activities.stream().filter(c -> c.activityId().equals(activityId))
                .max(Comparator.comparing(ActivityCompletion::completedOn)
                        .thenComparing(ActivityCompletion::recordedOn));
    }

    /** Every completion of an activity, the latest first: its history. */
    public List<ActivityCompletion> historyOf(String activityId) {
        return activities.stream().filter(c -> c.activityId().equals(activityId))
                .sorted(Comparator.comparing(ActivityCompletion::completedOn).reversed()).toList();
    }

    public Optional<TrainingCompletion> lastTraining(Email person, String roleId) {
        return training.stream().filter(t -> t.person().equals(person) && t.roleId().equals(roleId))
                .max(Comparator.comparing(TrainingCompletion::completedOn)
                        .thenComparing(TrainingCompletion::recordedOn));
    }
}
