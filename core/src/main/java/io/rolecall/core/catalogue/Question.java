package io.rolecall.core.catalogue;

import java.util.List;
import java.util.Objects;

/** A comprehension check on a role's duties: the holder must pick {@code answer} among {@code options}. */
public record Question(String question, List<String> options, String answer) {

    public static final int MAX_PER_ROLE = 5;
    public static final int MIN_OPTIONS = 2;
    public static final int MAX_OPTIONS = 5;

    public Question {
        Objects.requireNonNull(question, "question");
        options = List.copyOf(options);
        if (!options.contains(answer)) {
            throw new IllegalArgumentException("the answer must be one of the options");
        }
    }

    /** The position of the right option. */
    public int answerIndex() {
        return options.indexOf(answer);
    }
}
