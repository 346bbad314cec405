package io.rolecall.core.calendar;

import io.rolecall.core.model.Email;
import java.time.LocalDate;
import java.util.Objects;

/** A record that a person completed the training of a role, with its evidence (a certificate, an LMS record). */
public record TrainingCompletion(Email person, String roleId, LocalDate completedOn, String evidence, String by,
                                 LocalDate recordedOn) {

    public TrainingCompletion {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(roleId, "roleId");
        Objects.requireNonNull(completedOn, "completedOn");
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(recordedOn, "recordedOn");
    }
}
