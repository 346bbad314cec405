package io.rolecall.core.report;

import io.rolecall.core.catalogue.AcceptedRisk;
import io.rolecall.core.catalogue.RoleCatalogue;
import io.rolecall.core.finding.Finding;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * An accepted risk of roles.yaml as the reports list it: what it covers, why, who approved it, until when.
 *
 * @param expiryText "expires 2026-12-31", or "expired on 2026-08-10" for one that ended before the report's day
 */
public record ExceptionLine(String id, String about, String reason, String compensatingControl, String approvedBy,
                           LocalDate approvedOn, LocalDate expires, long daysLeft, int findings, String expiryText) {

    /** Days before its expiry from which the weekly report lists an exception. */
    static final int EXPIRING_WITHIN_DAYS = 30;

    /** The exceptions in force on {@code asOf}, soonest to expire first. */
    static List<ExceptionLine> inForce(RoleCatalogue catalogue, List<Finding> findings, LocalDate asOf) {
        return catalogue.acceptedRisks().stream().filter(risk -> risk.inForceOn(asOf))
                .sorted(Comparator.comparing(AcceptedRisk::expires))
                .map(risk -> of(risk, catalogue, findings, asOf)).toList();
    }

    /**
     * Those in force at any time from {@code from} through {@code asOf}: the quarterly lists a risk
     * accepted during the quarter even if it expired before the quarter's end.
     */
    static List<ExceptionLine> inForceDuring(RoleCatalogue catalogue, List<Finding> findings, LocalDate from,
                                             LocalDate asOf) {
        return catalogue.acceptedRisks().stream()
                .filter(risk -> !risk.approvedOn().isAfter(asOf) && !risk.expires().isBefore(from))
                .sorted(Comparator.comparing(AcceptedRisk::expires))
                .map(risk -> of(risk, catalogue, findings, asOf)).toList();
    }

    /** Those in force that expire within {@link #EXPIRING_WITHIN_DAYS} days of {@code asOf}. */
    static List<ExceptionLine> expiringSoon(RoleCatalogue catalogue, List<Finding> findings, LocalDate asOf) {
        return inForce(catalogue, findings, asOf).stream().filter(line -> line.daysLeft() <= EXPIRING_WITHIN_DAYS)
                .toList();
    }

    /** What a risk accepts, in words: "No active backup, IT and Access Administrator". */
    static String about(AcceptedRisk risk, RoleCatalogue catalogue) {
        List<String> parts = new ArrayList<>(List.of(risk.kind().title()));
        if (risk.roleId() != null) {
            parts.add(catalogue.roleName(risk.roleId())
                    + (risk.relatedRoleId() == null ? "" : " + " + catalogue.roleName(risk.relatedRoleId())));
        } else if (risk.relatedRoleId() != null) {
            parts.add(catalogue.roleName(risk.relatedRoleId()));
        }
        if (risk.person() != null) {
            parts.add(risk.person().value());
        }
        return String.join(", ", parts);
    }

    private static ExceptionLine of(AcceptedRisk risk, RoleCatalogue catalogue, List<Finding> findings, LocalDate asOf) {
        int covered = (int) findings.stream().filter(f -> f.isAccepted()
                && f.exception().exceptionId().equals(risk.id())).count();
        return new ExceptionLine(risk.id(), about(risk, catalogue), risk.reason(), risk.compensatingControl(),
                risk.approvedBy().value(), risk.approvedOn(), risk.expires(),
                ChronoUnit.DAYS.between(asOf, risk.expires()), covered,
                (risk.expiredOn(asOf) ? "expired on " : "expires ") + risk.expires());
    }
}
