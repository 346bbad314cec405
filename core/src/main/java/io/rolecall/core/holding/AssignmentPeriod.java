package io.rolecall.core.holding;

import io.rolecall.core.model.Email;
import io.rolecall.core.model.JobProfile;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One line of the assignment ledger: {@code person} held {@code roleId} as {@code capacity} from the
 * first to the last scan that observed it. {@code open} while the latest scan still observes it.
 * {@code jobAtStart} is their job when the holding began (null if they were not in the directory),
 * which is how a later change of job is noticed.
 */
public record AssignmentPeriod(String roleId, Email person, Capacity capacity, String via, LocalDate from,
                               LocalDate to, boolean open, JobProfile jobAtStart) {

    public AssignmentPeriod {
        Objects.requireNonNull(roleId, "roleId");
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(capacity, "capacity");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("a period cannot end before it starts");
        }
    }

    public boolean covers(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    /** Identifies the period in a store: one holding can have several periods over time. */
    public String periodKey() {
        return roleId + "|" + person.value() + "|" + capacity + "|" + from;
    }
}
