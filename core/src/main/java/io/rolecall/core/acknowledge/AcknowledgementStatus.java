package io.rolecall.core.acknowledge;

/** Where one holder stands with the current duties of one role. */
public enum AcknowledgementStatus {
    /** Accepted this version since taking the role, within the role's everyMonths. */
    ACCEPTED,
    /** Not accepted yet; not asked yet, or still within dueDays of the first notice. */
    PENDING,
    /** Not accepted more than dueDays after the first notice: ROLE_NOT_ACKNOWLEDGED. */
    OVERDUE,
    /** The role's holders need not accept its duties (acknowledgement.required: false). */
    NOT_REQUIRED
}
