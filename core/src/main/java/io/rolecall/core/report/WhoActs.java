package io.rolecall.core.report;

import io.rolecall.core.catalogue.Activity;
import io.rolecall.core.catalogue.Responsibility;
import io.rolecall.core.catalogue.RoleCatalogue;
import io.rolecall.core.finding.Finding;
import io.rolecall.core.model.FindingKind;
import io.rolecall.core.holding.RoleHoldings;
import io.rolecall.core.model.DirectorySnapshot;
import io.rolecall.core.model.Person;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Who must act on a gap, as the weekly report names them: the holder who owes it (training, accepting
 * duties), the owner of an ISMS activity, else the active holder of the role the RACI makes
 * accountable for the work of the finding's role, else the compliance manager.
 */
final class WhoActs {

    private WhoActs() {
    }

    static String of(Finding finding, ReportInputs inputs) {
        RoleCatalogue catalogue = inputs.catalogue();
        RoleHoldings holdings = inputs.holdings();
        if ((finding.kind() == FindingKind.TRAINING_OVERDUE || finding.kind() == FindingKind.ROLE_NOT_ACKNOWLEDGED)
                && finding.person() != null) {
            return label(inputs.directory(), finding) + ", the holder";
        }
        if (finding.activityId() != null) {
            String owner = catalogue.activity(finding.activityId()).map(Activity::ownerRole).orElse(null);
            if (owner != null && !holdings.activePrimaries(owner).isEmpty()) {
                return names(holdings.activePrimaries(owner)) + ", as " + catalogue.roleName(owner);
            }
        }
        if (finding.roleId() != null) {
            for (String accountable : accountableFor(catalogue, finding.roleId())) {
                List<Person> holders = holdings.activePrimaries(accountable);
                if (!holders.isEmpty()) {
                    return names(holders) + ", accountable as " + catalogue.roleName(accountable);
                }
            }
        }
        String compliance = catalogue.reporting().complianceManagerRole();
        List<Person> managers = holdings.activePrimaries(compliance);
        if (!managers.isEmpty()) {
            return names(managers) + ", as " + catalogue.roleName(compliance);
        }
        return "top management (" + catalogue.roleName(compliance) + " is vacant)";
    }

    /** The roles accountable, in the RACI, for responsibilities the role is responsible for, in order. */
    private static List<String> accountableFor(RoleCatalogue catalogue, String roleId) {
        List<String> roles = new ArrayList<>();
        for (Responsibility responsibility : catalogue.responsibilities()) {
            if (responsibility.responsible().contains(roleId)) {
                responsibility.accountable().stream().filter(role -> !roles.contains(role)).forEach(roles::add);
            }
        }
        return roles;
    }

    private static String label(DirectorySnapshot directory, Finding finding) {
        return directory.find(finding.person()).map(Person::label).orElse(finding.person().value());
    }

    private static String names(List<Person> people) {
        return people.stream().map(Person::label).collect(Collectors.joining(", "));
    }
}
