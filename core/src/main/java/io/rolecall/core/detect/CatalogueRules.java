package io.rolecall.core.detect;

import io.rolecall.core.catalogue.Responsibility;
import io.rolecall.core.catalogue.Role;
import io.rolecall.core.catalogue.RoleCatalogue;
import io.rolecall.core.model.FindingKey;
import io.rolecall.core.model.FindingKind;
import java.time.LocalDate;
import java.util.Set;

/** Rules about roles.yaml itself: a well-formed RACI matrix and roles reviewed on time. */
final class CatalogueRules implements Rule {

    @Override
    public Set<FindingKind> kinds() {
        return Set.of(FindingKind.RACI_ACCOUNTABLE_NOT_ONE, FindingKind.RACI_NO_RESPONSIBLE,
                FindingKind.ROLE_REVIEW_OVERDUE);
    }

    @Override
    public void apply(DetectionInput input, RaisedFindings out) {
        RoleCatalogue catalogue = input.catalogue();
        for (Responsibility responsibility : catalogue.responsibilities()) {
            raci(catalogue, responsibility, out);
        }
        for (Role role : catalogue.roles()) {
            review(catalogue, role, input.asOf(), out);
        }
    }

    private static void raci(RoleCatalogue catalogue, Responsibility responsibility, RaisedFindings out) {
        String label = "'" + responsibility.name() + "' (" + responsibility.id() + ")";
        int accountable = responsibility.accountable().size();
        if (accountable != 1) {
            String who = accountable == 0 ? "no accountable role"
                    : accountable + " accountable roles (" + String.join(", ", responsibility.accountable()) + ")";
            out.raise(FindingKey.forResponsibility(FindingKind.RACI_ACCOUNTABLE_NOT_ONE, responsibility.id()),
                    label + " has " + who + "; a RACI matrix needs exactly one.",
                    "List exactly one role under accountable for " + responsibility.id() + " in roles.yaml; "
                            + "others can be responsible or consulted.");
        }
        if (responsibility.responsible().isEmpty()) {
            out.raise(FindingKey.forResponsibility(FindingKind.RACI_NO_RESPONSIBLE, responsibility.id()),
                    label + " has no responsible role: nobody is named to do the work.",
                    "List at least one role under responsible for " + responsibility.id() + " in roles.yaml.");
        }
    }

    private static void review(RoleCatalogue catalogue, Role role, LocalDate asOf, RaisedFindings out) {
        int months = catalogue.policy().reviewEveryMonths();
        LocalDate lastReviewed = role.lastReviewed();
        if (lastReviewed != null && !lastReviewed.plusMonths(months).isBefore(asOf)) {
            return;
        }
        String message = lastReviewed == null
                ? role.label() + " has no lastReviewed date, so there is no record that it was ever reviewed."
                : role.label() + " was last reviewed on " + lastReviewed + ", more than " + months
                        + " months ago (review was due " + lastReviewed.plusMonths(months) + ").";
        out.raise(FindingKey.forRole(FindingKind.ROLE_REVIEW_OVERDUE, role.id()), message,
                "Review " + role.id() + " with top management (holders, duties, backup), then set lastReviewed: "
                        + "YYYY-MM-DD for it in roles.yaml.");
    }
}
