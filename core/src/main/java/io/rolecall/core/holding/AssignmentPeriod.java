package io.rolecall.core.holding;

import io.rolecall.core.catalogue.HolderRef;
import io.rolecall.core.model.Email;
import io.rolecall.core.model.JobProfile;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One line of the assignment ledger: {@code person} held {@code roleId} as {@code capacity} from the
 * first to the last scan that observed it. While the latest scan still observes it the period is
 * open and {@code to} is null: an open period reaches up to now, so a scan that changes nothing has
 * nothing to write. {@code jobAtStart} is the holder's job when the holding began (null if they were
 * not in the directory), which is how a later change of job is noticed. {@code via} says how they held it
 * when the period began or last changed: listed by email, through a group, or both.
 */
public record AssignmentPeriod(String roleId, Email person, Capacity capacity, List<HolderRef> via, LocalDate from,
                               LocalDate to, JobProfile jobAtStart) {

    public AssignmentPeriod {
        via = List.copyOf(via);
        Objects.requireNonNull(roleId, "roleId");
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(capacity, "capacity");
        Objects.requireNonNull(from, "from");
        if (to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("a period cannot end before it starts");
        }
    }

    public boolean open() {
        return to == null;
    }

    public boolean covers(LocalDate day) {
        return !day.isBefore(from) && (to == null || !day.isAfter(to));
    }

    /** This period, ended on the last day a scan observed it. */
    public AssignmentPeriod closedOn(LocalDate lastObserved) {
        return new AssignmentPeriod(roleId, person, capacity, via, from,
                lastObserved.isBefore(from) ? from : lastObserved, jobAtStart);
    }

    /** Identifies the period in a store: one holding can have several periods over time. */
    public String periodKey() {
        return roleId + "|" + person.value() + "|" + capacity + "|" + from;
    }
}
