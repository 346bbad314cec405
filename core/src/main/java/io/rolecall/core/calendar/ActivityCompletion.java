package io.rolecall.core.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A record that an activity of the ISMS calendar was done: on which day, the evidence (a link or a
 * few words an auditor can follow), who recorded it and when.
 */
public record ActivityCompletion(String activityId, LocalDate completedOn, String evidence, String by,
                                 LocalDate recordedOn) {

    public ActivityCompletion {
        Objects.requireNonNull(activityId, "activityId");
        Objects.requireNonNull(completedOn, "completedOn");
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(recordedOn, "recordedOn");
    }
}
