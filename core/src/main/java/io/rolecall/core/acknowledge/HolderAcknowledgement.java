package io.rolecall.core.acknowledge;

import io.rolecall.core.model.Email;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One active holder of one role, and where they stand with its current duties.
 *
 * @param holdingSince  the first day of the holder's current spell in the role
 * @param acceptedAt    when they accepted the current version, or null
 * @param firstAskedOn  the first notice for the current version since it became due (for an accepted one,
 *                      the first before the acceptance), or null when none was sent
 * @param dueOn         the last day to accept (first notice plus dueDays), or null before a notice
 * @param nextAsk       what to send them today: a first notice, a reminder, or null for nothing
 * @param failedAttempts wrong submissions of the form for this version
 */
public record HolderAcknowledgement(Email person, String roleId, String version, AcknowledgementStatus status,
                                    LocalDate holdingSince, Instant acceptedAt, LocalDate firstAskedOn,
                                    LocalDate lastAskedOn, LocalDate dueOn, Ask.Kind nextAsk, int failedAttempts) {

    public boolean needsAcceptance() {
        return status == AcknowledgementStatus.PENDING || status == AcknowledgementStatus.OVERDUE;
    }
}
