package io.rolecall.core.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What an HR system knows of one person that the identity directory does not: when they start and leave
 * (the last working day where the system has it, else the termination date) and when they are away.
 * Joined to the directory by work email; the directory stays the truth for accounts, groups and status.
 *
 * @param employmentStatus the HR system's own word ("Active", "Terminated"), for the record only
 * @param absences         approved time off that overlaps the window the source was asked for
 */
public record HrRecord(Email email, String employmentStatus, LocalDate startDate, LocalDate endDate, String title,
                       String department, Email manager, List<Absence> absences) {

    public HrRecord {
        Objects.requireNonNull(email, "email");
        absences = absences == null ? List.of() : List.copyOf(absences);
    }

    /** Approved time off, both days included. */
    public record Absence(LocalDate from, LocalDate to) {
        public Absence {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            if (to.isBefore(from)) {
                throw new IllegalArgumentException("time off ends on " + to + ", before it starts on " + from);
            }
        }

        public boolean covers(LocalDate day) {
            return !day.isBefore(from) && !day.isAfter(to);
        }
    }

    /** Whether the person does not work that day: on time off, or past their end date. */
    public boolean awayOn(LocalDate day) {
        return endDate != null && day.isAfter(endDate) || absences.stream().anyMatch(absence -> absence.covers(day));
    }
}
