package io.rolecall.core.finding;

import io.rolecall.core.model.Severity;
import io.rolecall.core.catalogue.AcceptedRisk;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Exceptions of roles.yaml that accept nothing on a day: expired, not approved yet, approved by
 * someone whose approval does not stand (gone from the directory, say), matching no finding the
 * latest scan detected (often a typo in its role or person, or a gap since fixed), or matching a
 * CRITICAL finding without saying {@code allowCritical: true}. Each is a warning: roles.yaml stays
 * valid.
 */
public final class ExceptionCheck {

    private ExceptionCheck() {
    }

    /** One exception that accepts nothing, and what to do about it. */
    public record Warning(String exceptionId, String message) {
    }

    /**
     * @param findings    every stored finding; those detected by the latest scan are the current ones
     * @param notStanding why the approval of an exception does not stand, by id
     */
    public static List<Warning> warnings(List<AcceptedRisk> risks, Collection<Finding> findings, LocalDate asOf,
                                         Map<String, String> notStanding) {
        List<Warning> warnings = new ArrayList<>();
        for (AcceptedRisk risk : risks) {
            List<Finding> matched = findings.stream().filter(f -> f.isDetected() && risk.matches(f.key())).toList();
            if (notStanding.containsKey(risk.id()) && !risk.expiredOn(asOf)) {
                warnings.add(new Warning(risk.id(), "exception " + risk.id() + " accepts nothing: its approval does "
                        + "not stand, because " + notStanding.get(risk.id()) + ". Have an active primary holder of "
                        + "the leadership role approve it again (approvedBy, approvedOn), or remove it."));
            } else if (risk.expiredOn(asOf)) {
                warnings.add(new Warning(risk.id(), "exception " + risk.id() + " expired on " + risk.expires()
                        + ": what it accepted is open again. Have top management renew it (a new approvedOn and "
                        + "expires) or remove it."));
            } else if (asOf.isBefore(risk.approvedOn())) {
                warnings.add(new Warning(risk.id(), "exception " + risk.id() + " is approved from "
                        + risk.approvedOn() + ", so it accepts nothing yet."));
            } else if (matched.isEmpty()) {
                warnings.add(new Warning(risk.id(), "exception " + risk.id() + " matches no current finding ("
                        + describe(risk) + "): check its kind, role, relatedRole and person, or remove it if the "
                        + "gap is fixed."));
            } else if (!risk.allowCritical() && matched.stream().anyMatch(f -> f.severity() == Severity.CRITICAL)) {
                warnings.add(new Warning(risk.id(), "exception " + risk.id() + " matches a CRITICAL finding, which "
                        + "stays open: accepting a CRITICAL gap needs allowCritical: true on the exception, so that "
                        + "top management accepts it knowingly."));
            }
        }
        return warnings;
    }

    private static String describe(AcceptedRisk risk) {
        List<String> parts = new ArrayList<>(List.of("kind " + risk.kind()));
        if (risk.roleId() != null) {
            parts.add("role " + risk.roleId());
        }
        if (risk.relatedRoleId() != null) {
            parts.add("relatedRole " + risk.relatedRoleId());
        }
        if (risk.person() != null) {
            parts.add("person " + risk.person().value());
        }
        return String.join(", ", parts);
    }
}
