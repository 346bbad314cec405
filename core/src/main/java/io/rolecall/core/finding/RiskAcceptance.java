package io.rolecall.core.finding;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The exception of roles.yaml a detected finding is accepted under, as the finding keeps it.
 *
 * @param endedOn null while the finding is accepted; the day the exception expired or was removed
 *                and the finding became open again (its due date counts from then)
 */
public record RiskAcceptance(String exceptionId, LocalDate expires, LocalDate endedOn) {

    public RiskAcceptance {
        Objects.requireNonNull(exceptionId, "exceptionId");
        Objects.requireNonNull(expires, "expires");
    }

    public static RiskAcceptance under(String exceptionId, LocalDate expires) {
        return new RiskAcceptance(exceptionId, expires, null);
    }

    public boolean inEffect() {
        return endedOn == null;
    }

    RiskAcceptance endedOn(LocalDate day) {
        return new RiskAcceptance(exceptionId, expires, day);
    }
}
