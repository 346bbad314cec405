package io.rolecall.core.holding;

import io.rolecall.core.catalogue.Responsibility;
import io.rolecall.core.catalogue.RoleCatalogue;
import io.rolecall.core.model.Person;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Who decides about a role: the active holder of the role the RACI makes accountable for its work, else the
 * compliance manager, else top management. The weekly's "who acts" and a finding that asks for a decision
 * (a leaver with no backup to take over) name the same people.
 */
public final class WhoDecides {

    private WhoDecides() {
    }

    /** "Grace Hopper (grace@acme.example), accountable as CISO". */
    public static String about(RoleCatalogue catalogue, RoleHoldings holdings, String roleId) {
        for (String accountable : accountableFor(catalogue, roleId)) {
            List<Person> holders = holdings.activePrimaries(accountable);
            if (!holders.isEmpty()) {
                return names(holders) + ", accountable as " + catalogue.roleName(accountable);
            }
        }
        return complianceManager(catalogue, holdings);
    }

    /** The compliance manager by name, or top management when the role is vacant. */
    public static String complianceManager(RoleCatalogue catalogue, RoleHoldings holdings) {
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

    private static String names(List<Person> people) {
        return people.stream().map(Person::label).collect(Collectors.joining(", "));
    }
}
