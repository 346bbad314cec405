package io.rolecall.core.catalogue;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** roles.yaml, parsed and validated: roles, segregation conflicts, the RACI matrix and accepted risks. */
public final class RoleCatalogue {

    private final String organisation;
    private final Reporting reporting;
    private final Policy policy;
    private final Map<String, Role> roles;
    private final List<Conflict> conflicts;
    private final List<Responsibility> responsibilities;
    private final List<AcceptedRisk> acceptedRisks;
    private final List<Activity> activities;

    public RoleCatalogue(String organisation, Reporting reporting, Policy policy, List<Role> roles,
                         List<Conflict> conflicts, List<Responsibility> responsibilities) {
        this(organisation, reporting, policy, roles, conflicts, responsibilities, List.of());
    }

    public RoleCatalogue(String organisation, Reporting reporting, Policy policy, List<Role> roles,
                         List<Conflict> conflicts, List<Responsibility> responsibilities,
                         List<AcceptedRisk> acceptedRisks) {
        this(organisation, reporting, policy, roles, conflicts, responsibilities, acceptedRisks, List.of());
    }

    public RoleCatalogue(String organisation, Reporting reporting, Policy policy, List<Role> roles,
                         List<Conflict> conflicts, List<Responsibility> responsibilities,
                         List<AcceptedRisk> acceptedRisks, List<Activity> activities) {
        this.activities = List.copyOf(activities);
        this.organisation = organisation;
        this.reporting = reporting;
        this.policy = policy;
        Map<String, Role> byId = new LinkedHashMap<>();
        roles.forEach(role -> byId.put(role.id(), role));
        this.roles = byId;
        this.conflicts = List.copyOf(conflicts);
        this.responsibilities = List.copyOf(responsibilities);
        this.acceptedRisks = List.copyOf(acceptedRisks);
    }

    /** The recurring activities of the ISMS calendar, in the order roles.yaml lists them. */
    public List<Activity> activities() {
        return activities;
    }

    public Optional<Activity> activity(String id) {
        return activities.stream().filter(activity -> activity.id().equals(id)).findFirst();
    }

    /** The exceptions of roles.yaml, in force or not, in the order it lists them. */
    public List<AcceptedRisk> acceptedRisks() {
        return acceptedRisks;
    }

    public String organisation() {
        return organisation;
    }

    public Reporting reporting() {
        return reporting;
    }

    public Policy policy() {
        return policy;
    }

    /** Roles in the order roles.yaml declares them. */
    public List<Role> roles() {
        return List.copyOf(roles.values());
    }

    public Optional<Role> role(String id) {
        return Optional.ofNullable(roles.get(id));
    }

    /** The role's display name, or its id when roles.yaml no longer declares it. */
    public String roleName(String id) {
        Role role = roles.get(id);
        return role == null ? id : role.name();
    }

    /** The directory group names that primary and backup lists use (group:NAME), in order of appearance. */
    public Set<String> referencedGroups() {
        Set<String> groups = new LinkedHashSet<>();
        for (Role role : roles.values()) {
            for (HolderRef ref : role.primary()) {
                addGroup(groups, ref);
            }
            for (HolderRef ref : role.backup()) {
                addGroup(groups, ref);
            }
        }
        return groups;
    }

    private static void addGroup(Set<String> groups, HolderRef ref) {
        if (ref instanceof HolderRef.GroupRef group) {
            groups.add(group.group());
        }
    }

    public List<Conflict> conflicts() {
        return conflicts;
    }

    public List<Responsibility> responsibilities() {
        return responsibilities;
    }

    public boolean isComplianceManagerRole(String roleId) {
        return reporting.complianceManagerRole().equals(roleId);
    }

    public boolean isLeadershipRole(String roleId) {
        return reporting.leadershipRole().equals(roleId);
    }
}
