package io.rolecall.core.detect;

import io.rolecall.core.catalogue.Conflict;
import io.rolecall.core.catalogue.HolderRef;
import io.rolecall.core.catalogue.Role;
import io.rolecall.core.catalogue.RoleCatalogue;
import io.rolecall.core.model.FindingKey;
import io.rolecall.core.model.FindingKind;
import io.rolecall.core.holding.Capacity;
import io.rolecall.core.holding.Holding;
import io.rolecall.core.holding.RoleHoldings;
import io.rolecall.core.model.Email;
import io.rolecall.core.model.Person;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Rules about whether roles are covered: someone in charge, a real backup, no conflicts, no overload. */
final class CoverageRules implements Rule {

    @Override
    public Set<FindingKind> kinds() {
        return Set.of(FindingKind.GROUP_NOT_IN_DIRECTORY, FindingKind.ROLE_UNASSIGNED, FindingKind.BACKUP_MISSING,
                FindingKind.SEGREGATION_CONFLICT, FindingKind.ROLE_CONCENTRATION);
    }

    @Override
    public void apply(DetectionInput input, RaisedFindings out) {
        RoleCatalogue catalogue = input.catalogue();
        RoleHoldings holdings = input.holdings();
        for (Role role : catalogue.roles()) {
            List<String> unknownPrimary = unknownGroups(input, role.primary());
            List<String> unknownBackup = unknownGroups(input, role.backup());
            unknownPrimary.forEach(group -> unknownGroup(role, group, Capacity.PRIMARY, out));
            unknownBackup.stream().filter(group -> !unknownPrimary.contains(group))
                    .forEach(group -> unknownGroup(role, group, Capacity.BACKUP, out));
            unassigned(catalogue, holdings, role, unknownPrimary, out);
            // A backup list naming a group the directory lacks: the group finding says what to check,
            // where "no active backup" would send the reader looking for people.
            if (unknownBackup.isEmpty()) {
                backupMissing(holdings, role, out);
            }
        }
        segregation(catalogue, holdings, out);
        concentration(catalogue, holdings, out);
    }

    /** Groups a holder list names that the directory does not have, as roles.yaml writes them. */
    private static List<String> unknownGroups(DetectionInput input, List<HolderRef> holders) {
        return holders.stream().filter(ref -> ref instanceof HolderRef.GroupRef)
                .map(ref -> ((HolderRef.GroupRef) ref).group())
                .filter(group -> !input.directory().hasGroup(group)).toList();
    }

    private static void unknownGroup(Role role, String group, Capacity capacity, RaisedFindings out) {
        out.raise(FindingKey.forRoleAndGroup(FindingKind.GROUP_NOT_IN_DIRECTORY, role.id(), group),
                role.label() + " names group:" + group + " as " + capacity.word() + ", but the directory has no "
                        + "group of that name, so nobody holds the role through it.",
                "Check the name against the directory (names compare ignoring case; Google Workspace names a "
                        + "group by its email, Okta by its name) and correct it in roles.yaml, or create the group "
                        + "and add the people meant to hold " + role.id() + ".");
    }

    private static void unassigned(RoleCatalogue catalogue, RoleHoldings holdings, Role role,
                                   List<String> unknownPrimaryGroups, RaisedFindings out) {
        if (!holdings.activePrimaries(role.id()).isEmpty()) {
            return;
        }
        boolean reportingRole = catalogue.isComplianceManagerRole(role.id()) || catalogue.isLeadershipRole(role.id());
        List<Holding> listed = holdings.of(role.id(), Capacity.PRIMARY);
        String message = role.label() + " has no active primary holder"
                + (listed.isEmpty() ? " (none is listed)." : " (" + listed.size() + " listed, none of them active).")
                + (catalogue.isComplianceManagerRole(role.id())
                        ? " Nobody is responsible for keeping the ISMS conformant and reporting on its performance."
                        : "")
                + (catalogue.isLeadershipRole(role.id()) ? " Top management is not named." : "")
                + (unknownPrimaryGroups.isEmpty() ? "" : " Its primary list names "
                        + String.join(", ", unknownPrimaryGroups.stream().map(g -> "group:" + g).toList())
                        + ", which the directory does not have.");
        out.raise(FindingKey.forRole(FindingKind.ROLE_UNASSIGNED, role.id()), reportingRole, message,
                "Appoint an active person as primary for " + role.id() + " in roles.yaml "
                        + "(primary: [name@domain] or group:<directory group>) and tell them about its duties.");
    }

    private static void backupMissing(RoleHoldings holdings, Role role, RaisedFindings out) {
        if (!role.backupRequired() || !holdings.realBackups(role.id()).isEmpty()) {
            return;
        }
        out.raise(FindingKey.forRole(FindingKind.BACKUP_MISSING, role.id()),
                role.label() + " has no active backup who is not also its primary.",
                "Name an active backup for " + role.id() + " in roles.yaml (backup: [...]) and cross-train them; "
                        + "if the role truly needs none, set backupRequired: false.");
    }

    private static void segregation(RoleCatalogue catalogue, RoleHoldings holdings, RaisedFindings out) {
        for (Conflict conflict : catalogue.conflicts()) {
            Map<Email, Person> first = activeHolders(holdings, conflict.firstRole());
            Map<Email, Person> second = activeHolders(holdings, conflict.secondRole());
            first.forEach((email, person) -> {
                if (!second.containsKey(email)) {
                    return;
                }
                String firstName = catalogue.roleName(conflict.firstRole());
                String secondName = catalogue.roleName(conflict.secondRole());
                out.raise(FindingKey.forConflict(conflict.firstRole(), conflict.secondRole(), email),
                        person.label() + " holds both " + firstName + " and " + secondName
                                + ", which must be held by different people: " + conflict.reason(),
                        "Give " + conflict.firstRole() + " or " + conflict.secondRole() + " to someone else. If the "
                                + "team is too small to split them, record a compensating control (for example an "
                                + "external reviewer) in the ISMS and keep this finding's history as evidence.");
            });
        }
    }

    private static Map<Email, Person> activeHolders(RoleHoldings holdings, String roleId) {
        Map<Email, Person> active = new LinkedHashMap<>();
        holdings.of(roleId).stream().filter(Holding::isActive).forEach(h -> active.put(h.email(), h.person()));
        return active;
    }

    private static void concentration(RoleCatalogue catalogue, RoleHoldings holdings, RaisedFindings out) {
        int limit = catalogue.policy().maxPrimaryRolesPerPerson();
        Map<Email, Set<String>> primaryRoles = new LinkedHashMap<>();
        Map<Email, Person> people = new LinkedHashMap<>();
        for (Role role : catalogue.roles()) {
            for (Holding holding : holdings.activeOf(role.id(), Capacity.PRIMARY)) {
                primaryRoles.computeIfAbsent(holding.email(), e -> new LinkedHashSet<>()).add(role.id());
                people.put(holding.email(), holding.person());
            }
        }
        primaryRoles.forEach((email, roles) -> {
            if (roles.size() <= limit) {
                return;
            }
            out.raise(FindingKey.forPerson(FindingKind.ROLE_CONCENTRATION, email),
                    people.get(email).label() + " is primary for " + roles.size() + " roles (policy limit "
                            + limit + "): " + String.join(", ", new ArrayList<>(roles)) + ".",
                    "Hand some of these roles to others so that one absence does not stop them all, or raise "
                            + "policy.maxPrimaryRolesPerPerson in roles.yaml as a recorded decision.");
        });
    }
}
