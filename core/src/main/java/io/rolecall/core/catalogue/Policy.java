package io.rolecall.core.catalogue;

import io.rolecall.core.model.Severity;
import java.util.EnumMap;
import java.util.Map;

/**
 * Thresholds an organisation may tune in roles.yaml; {@link #DEFAULT} applies when omitted.
 *
 * @param maxExceptionMonths the longest an accepted risk may run, from approval to expiry
 * @param changeReviewDays   days after a role's primary changes within which its assignment is reviewed
 *                           (for the roles that ask for a review on a change of holder)
 * @param coverageDays       how far ahead an HR source's time off and end dates are checked for days when a
 *                           role has nobody to act on it
 */
public record Policy(
        int maxPrimaryRolesPerPerson,
        int reviewEveryMonths,
        int leavingSoonDays,
        ChangeGuardPolicy directoryChangeGuard,
        Map<Severity, Integer> dueDays,
        AcknowledgementPolicy acknowledgement,
        int maxExceptionMonths,
        NonconformityPolicy nonconformities,
        int changeReviewDays,
        int coverageDays) {

    public static final Map<Severity, Integer> DEFAULT_DUE_DAYS = Map.of(
            Severity.CRITICAL, 7, Severity.HIGH, 14, Severity.MEDIUM, 30, Severity.LOW, 90);

    public static final int DEFAULT_MAX_EXCEPTION_MONTHS = 12;

    public static final int DEFAULT_CHANGE_REVIEW_DAYS = 30;

    public static final int DEFAULT_COVERAGE_DAYS = 60;

    public static final Policy DEFAULT = new Policy(3, 12, 30, ChangeGuardPolicy.DEFAULT, DEFAULT_DUE_DAYS,
            AcknowledgementPolicy.DEFAULT, DEFAULT_MAX_EXCEPTION_MONTHS, NonconformityPolicy.DEFAULT,
            DEFAULT_CHANGE_REVIEW_DAYS, DEFAULT_COVERAGE_DAYS);

    public Policy {
        Map<Severity, Integer> complete = new EnumMap<>(Severity.class);
        complete.putAll(DEFAULT_DUE_DAYS);
        complete.putAll(dueDays);
        dueDays = Map.copyOf(complete);
        acknowledgement = acknowledgement == null ? AcknowledgementPolicy.DEFAULT : acknowledgement;
        nonconformities = nonconformities == null ? NonconformityPolicy.DEFAULT : nonconformities;
    }

    public int dueDaysFor(Severity severity) {
        return dueDays.get(severity);
    }
}
