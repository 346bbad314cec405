package io.rolecall.core.detect;

import io.rolecall.core.catalogue.Responsibility;
import io.rolecall.core.catalogue.Role;
import io.rolecall.core.catalogue.RoleCatalogue;
import io.rolecall.core.finding.DetectedFinding;
import io.rolecall.core.model.FindingKey;
import io.rolecall.core.model.FindingKind;
import io.rolecall.core.model.Severity;
import java.time.LocalDate;
import java.util.List;

/** Rules about roles.yaml itself: a well-formed RACI matrix and roles reviewed on time. */
final class CatalogueRules {

    private CatalogueRules() {
    }

    static void apply(DetectionInput input, List<DetectedFinding> out) {
        RoleCatalogue catalogue = input.catalogue();
        for (Responsibility responsibility : catalogue.responsibilities()) {
            raci(catalogue, responsibility, out);
        }
        for (Role role : catalogue.roles()) {
            review(catalogue, role, input.asOf(), out);
        }
    }

    private static void raci(RoleCatalogue catalogue, Responsibility responsibility, List<DetectedFinding> out) {
        String label = "'" + responsibility.name() + "' (" + responsibility.id() + ")";
        int accountable = responsibility.accountable().size();
        if (accountable != 1) {
            String who = accountable == 0 ? "no accountable role"
                    : accountable + " accountable roles (" + String.join(", ", responsibility.accountable()) + ")";
            out.add(new DetectedFinding(
                    FindingKey.forResponsibility(FindingKind.RACI_ACCOUNTABLE_NOT_ONE, responsibility.id()),
                    Severity.MEDIUM, label + " has " + who + "; a RACI matrix needs exactly one.",
                    "List exactly one role under accountable for " + responsibility.id() + " in roles.yaml; "
                            + "others can be responsible or consulted."));
        }
        if (responsibility.responsible().isEmpty()) {
            out.add(new DetectedFinding(
                    FindingKey.forResponsibility(FindingKind.RACI_NO_RESPONSIBLE, responsibility.id()),
                    Severity.MEDIUM, label + " has no responsible role: nobody is named to do the work.",
                    "List at least one role under responsible for " + responsibility.id() + " in roles.yaml."));
        }
    }

    private static void review(RoleCatalogue catalogue, Role role, LocalDate asOf, List<DetectedFinding> out) {
        int months = catalogue.policy().reviewEveryMonths();
        LocalDate lastReviewed = role.lastReviewed();
        if (lastReviewed != null && !lastReviewed.plusMonths(months).isBefore(asOf)) {
            return;
        }
        String message = lastReviewed == null
                ? role.label() + " has no lastReviewed date, so there is no record that it was ever reviewed."
                : role.label() + " was last reviewed on " + lastReviewed + ", more than " + months
                        + " months ago (review was due " + lastReviewed.plusMonths(months) + ").";
        out.add(new DetectedFinding(FindingKey.forRole(FindingKind.ROLE_REVIEW_OVERDUE, role.id()), Severity.LOW,
                message,
                "Review " + role.id() + " with top management (holders, duties, backup), then set lastReviewed: "
                        + "YYYY-MM-DD for it in roles.yaml."));
    }
}
