package io.rolecall.core.acknowledge;

import io.rolecall.core.model.Email;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

/**
 * A submission of the acceptance form with a wrong answer: nothing was accepted, and it is kept,
 * so that the evidence shows how a holder got to understanding their duties.
 *
 * @param answers        the option chosen for each question, in order (empty text when none was chosen)
 * @param wrongQuestions the 1-based numbers of the questions answered wrongly
 */
public record Attempt(Email person, String roleId, String version, Instant at, List<String> answers,
                      List<Integer> wrongQuestions, String userAgent) {

    public Attempt {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(roleId, "roleId");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(at, "at");
        answers = List.copyOf(answers);
        wrongQuestions = List.copyOf(wrongQuestions);
    }

    /** The hour (UTC) it was made in: at most so many attempts are kept per holder and hour. */
    public Instant hour() {
        return at.truncatedTo(ChronoUnit.HOURS);
    }
}
