package io.rolecall.core.catalogue;

import io.rolecall.core.model.FindingKey;
import io.rolecall.core.model.FindingKind;
import io.rolecall.core.model.Severity;
import io.rolecall.core.model.Email;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A risk top management accepts knowingly and for a limited time (roles.yaml {@code exceptions:}):
 * a finding it matches is ACCEPTED instead of open while the exception is in force. The role, person
 * and related role narrow the match; absent, they match any.
 *
 * @param approvedBy    a primary holder of the leadership role, checked when roles.yaml is read (and
 *                      whether they are an active person, on every scan)
 * @param allowCritical whether it may accept a CRITICAL finding: top management must say so explicitly
 */
public record AcceptedRisk(String id, FindingKind kind, String roleId, Email person, String relatedRoleId,
                           String reason, String compensatingControl, Email approvedBy, LocalDate approvedOn,
                           LocalDate expires, boolean allowCritical) {

    public AcceptedRisk {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(approvedBy, "approvedBy");
        Objects.requireNonNull(approvedOn, "approvedOn");
        Objects.requireNonNull(expires, "expires");
        if (!expires.isAfter(approvedOn)) {
            throw new IllegalArgumentException("an exception expires after it was approved");
        }
    }

    /** Whether it accepts a finding of this key and severity, on any day it is in force. */
    public boolean accepts(FindingKey key, Severity severity) {
        return matches(key) && (severity != Severity.CRITICAL || allowCritical);
    }

    public boolean matches(FindingKey key) {
        return kind == key.kind()
                && (roleId == null || roleId.equals(key.roleId()))
                && (person == null || person.equals(key.person()))
                && (relatedRoleId == null || relatedRoleId.equals(key.relatedRoleId()));
    }

    /** From the day it was approved through the day it expires. */
    public boolean inForceOn(LocalDate day) {
        return !day.isBefore(approvedOn) && !day.isAfter(expires);
    }

    public boolean expiredOn(LocalDate day) {
        return day.isAfter(expires);
    }
}
