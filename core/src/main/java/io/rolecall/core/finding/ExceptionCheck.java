package io.rolecall.core.finding;

import io.rolecall.core.catalogue.AcceptedRisk;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Exceptions of roles.yaml that accept nothing on a day: expired, not approved yet, or matching no
 * finding the latest scan detected (often a typo in its role or person, or a gap since fixed). Each
 * is a warning: roles.yaml stays valid.
 */
public final class ExceptionCheck {

    private ExceptionCheck() {
    }

    /** One exception that accepts nothing, and what to do about it. */
    public record Warning(String exceptionId, String message) {
    }

    /** @param findings every stored finding; those detected by the latest scan are the current ones */
    public static List<Warning> warnings(List<AcceptedRisk> risks, Collection<Finding> findings, LocalDate asOf) {
        List<Warning> warnings = new ArrayList<>();
        for (AcceptedRisk risk : risks) {
            if (risk.expiredOn(asOf)) {
                warnings.add(new Warning(risk.id(), "exception " + risk.id() + " expired on " + risk.expires()
                        + ": what it accepted is open again. Have top management renew it (a new approvedOn and "
                        + "expires) or remove it."));
            } else if (asOf.isBefore(risk.approvedOn())) {
                warnings.add(new Warning(risk.id(), "exception " + risk.id() + " is approved from "
                        + risk.approvedOn() + ", so it accepts nothing yet."));
            } else if (findings.stream().noneMatch(f -> f.isDetected() && risk.matches(f.key()))) {
                warnings.add(new Warning(risk.id(), "exception " + risk.id() + " matches no current finding ("
                        + describe(risk) + "): check its kind, role, relatedRole and person, or remove it if the "
                        + "gap is fixed."));
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
