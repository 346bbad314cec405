package io.rolecall.core.history;

import io.rolecall.core.model.Email;
import io.rolecall.core.model.Person;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A person as the store remembers them across scans: their latest record, since when their job
 * (title, department, manager) has been what it is, and since when they are gone from the
 * directory (null while present). Remembering the gone is what tells a vanished leaver from a typo.
 */
public record KnownPerson(Person person, LocalDate jobSince, LocalDate goneSince) {

    public KnownPerson {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(jobSince, "jobSince");
    }

    public Email email() {
        return person.email();
    }

    public boolean isPresent() {
        return goneSince == null;
    }
}
