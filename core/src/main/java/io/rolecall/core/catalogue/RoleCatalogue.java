package io.rolecall.core.catalogue;

import io.rolecall.core.framework.Frameworks;
import io.rolecall.core.framework.PackFunction;
import io.rolecall.core.framework.RoleRules;
import io.rolecall.core.model.FindingKey;
import io.rolecall.core.model.FindingKind;
import io.rolecall.core.model.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * roles.yaml, parsed and validated: roles, segregation conflicts, the RACI matrix, accepted risks, the
 * ISMS calendar, documents to acknowledge, and the frameworks whose role clauses it answers.
 */
public final class RoleCatalogue {

    private final String organisation;
    private final Reporting reporting;
    private final Policy policy;
    private final Map<String, Role> roles;
    private final List<Conflict> conflicts;
    private final List<Responsibility> responsibilities;
    private final List<AcceptedRisk> acceptedRisks;
    private final List<Activity> activities;
    private final List<Document> documents;
    private final Frameworks frameworks;
    private final Delivery delivery;
    private final List<Approval> approvals;
    /** References by what decides them (kind and subject, never a person): a scan asks for the same ones often. */
    private final Map<String, List<String>> referencesCache = new ConcurrentHashMap<>();

    public RoleCatalogue(String organisation, Reporting reporting, Policy policy, List<Role> roles,
                         List<Conflict> conflicts, List<Responsibility> responsibilities) {
        this(organisation, reporting, policy, roles, conflicts, responsibilities, List.of(), List.of(), List.of(),
                new Frameworks(List.of(), false));
    }

    public RoleCatalogue(String organisation, Reporting reporting, Policy policy, List<Role> roles,
                         List<Conflict> conflicts, List<Responsibility> responsibilities,
                         List<AcceptedRisk> acceptedRisks, List<Activity> activities, List<Document> documents,
                         Frameworks frameworks) {
        this(organisation, reporting, policy, roles, conflicts, responsibilities, acceptedRisks, activities, documents,
                frameworks, Delivery.EMAIL_ONLY, List.of());
    }

    private RoleCatalogue(String organisation, Reporting reporting, Policy policy, List<Role> roles,
                          List<Conflict> conflicts, List<Responsibility> responsibilities,
                          List<AcceptedRisk> acceptedRisks, List<Activity> activities, List<Document> documents,
                          Frameworks frameworks, Delivery delivery, List<Approval> approvals) {
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
        this.documents = List.copyOf(documents);
        this.frameworks = frameworks;
        this.delivery = delivery;
        this.approvals = List.copyOf(approvals);
    }

    /** This catalogue with some of its roles replaced (by id, order kept): a handover in effect, for one scan. */
    public RoleCatalogue withRoles(List<Role> replaced) {
        Map<String, Role> byId = new LinkedHashMap<>(roles);
        replaced.forEach(role -> byId.replace(role.id(), role));
        return new RoleCatalogue(organisation, reporting, policy, List.copyOf(byId.values()), conflicts,
                responsibilities, acceptedRisks, activities, documents, frameworks, delivery, approvals);
    }

    /** This catalogue, delivering also to the channels of {@code channels}. */
    public RoleCatalogue withDelivery(Delivery channels) {
        return new RoleCatalogue(organisation, reporting, policy, List.copyOf(roles.values()), conflicts,
                responsibilities, acceptedRisks, activities, documents, frameworks, channels, approvals);
    }

    /** This catalogue, asking the management body to approve {@code approvals}. */
    public RoleCatalogue withApprovals(List<Approval> approvals) {
        return new RoleCatalogue(organisation, reporting, policy, List.copyOf(roles.values()), conflicts,
                responsibilities, acceptedRisks, activities, documents, frameworks, delivery, approvals);
    }

    /** The documents the management body approves, in the order roles.yaml lists them. */
    public List<Approval> approvals() {
        return approvals;
    }

    public Optional<Approval> approval(String id) {
        return approvals.stream().filter(approval -> approval.id().equals(id)).findFirst();
    }

    /** The channels beside email that roles.yaml sends to. */
    public Delivery delivery() {
        return delivery;
    }

    /** The recurring activities of the ISMS calendar, in the order roles.yaml lists them. */
    public List<Activity> activities() {
        return activities;
    }

    public Optional<Activity> activity(String id) {
        return activities.stream().filter(activity -> activity.id().equals(id)).findFirst();
    }

    /** The documents people must acknowledge, in the order roles.yaml lists them. */
    public List<Document> documents() {
        return documents;
    }

    public Optional<Document> document(String id) {
        return documents.stream().filter(document -> document.id().equals(id)).findFirst();
    }

    /** The enabled framework packs. */
    public Frameworks frameworks() {
        return frameworks;
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

    /** The roles that declare a function (PACK:ID), in roles.yaml's order. */
    public List<Role> rolesFulfilling(String qualifiedFunction) {
        return roles.values().stream().filter(role -> role.functions().contains(qualifiedFunction)).toList();
    }

    /** The functions of the enabled packs that no role declares. */
    public List<PackFunction> functionsNotDeclared() {
        return frameworks.functions().stream().filter(f -> rolesFulfilling(f.qualifiedId()).isEmpty()).toList();
    }

    /**
     * A finding's severity: the one the role (or a function it fulfils) sets for the kind, else the kind's
     * own. For a conflict between two roles, the more severe of theirs.
     *
     * @param aggravated whether the rule found the case its kind raises (see {@link FindingKind#raisedWhen()})
     */
    public Severity severity(FindingKey key, boolean aggravated) {
        FindingKind kind = key.kind();
        Severity severity = null;
        for (String roleId : new String[] {key.roleId(), key.relatedRoleId()}) {
            Role role = roleId == null ? null : roles.get(roleId);
            Severity set = role == null ? null : role.rules().severities().get(kind);
            if (set != null && (severity == null || set.compareTo(severity) < 0)) {
                severity = set;
            }
        }
        if (severity != null) {
            return severity;
        }
        return aggravated ? kind.raisedSeverity() : kind.defaultSeverity();
    }

    /**
     * The clauses a finding shows unmet, cited: those of every enabled pack whose checks take it, then the
     * references roles.yaml gives the role, the RACI row or the activity it is about.
     */
    public List<String> references(FindingKey key) {
        String cacheKey = String.join("\u001f", key.kind().name(), String.valueOf(key.roleId()),
                String.valueOf(key.relatedRoleId()), String.valueOf(key.responsibilityId()),
                String.valueOf(key.activityId()), String.valueOf(key.subject()));
        return referencesCache.computeIfAbsent(cacheKey, k -> computeReferences(key));
    }

    private List<String> computeReferences(FindingKey key) {
        Set<String> functions = new LinkedHashSet<>();
        List<String> own = new ArrayList<>();
        for (String roleId : new String[] {key.roleId(), key.relatedRoleId()}) {
            Role role = roleId == null ? null : roles.get(roleId);
            if (role != null) {
                functions.addAll(role.functions());
                own.addAll(role.references());
            }
        }
        String subjectPack = null;
        if (key.kind().scope() == FindingKind.Scope.FUNCTION) {
            functions.add(key.subject());
            subjectPack = key.subject().substring(0, key.subject().indexOf(':'));
        }
        if (key.activityId() != null) {
            activity(key.activityId()).ifPresent(activity -> {
                Role owner = roles.get(activity.ownerRole());
                if (owner != null) {
                    functions.addAll(owner.functions());
                }
                if (activity.reference() != null) {
                    own.add(activity.reference());
                }
            });
        }
        if (key.responsibilityId() != null) {
            responsibilities.stream().filter(r -> r.id().equals(key.responsibilityId()) && r.reference() != null)
                    .forEach(r -> own.add(r.reference()));
        }
        Set<String> references = new LinkedHashSet<>(frameworks.references(key.kind(), functions, subjectPack));
        references.addAll(own);
        return List.copyOf(references);
    }

    /** The role rules in force for a role; none for a role roles.yaml does not declare. */
    public RoleRules rules(String roleId) {
        Role role = roles.get(roleId);
        return role == null ? RoleRules.NONE : role.rules();
    }

    /**
     * The directory group names roles.yaml uses, in order of appearance: in primary and backup lists
     * (group:NAME), in eligibility conditions and as a document's audience. A source reads the members of
     * these groups only.
     */
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
        for (Role role : roles.values()) {
            RoleRules.Eligibility eligibility = role.rules().eligibility();
            if (eligibility != null) {
                java.util.stream.Stream.concat(eligibility.mustMatch().stream(), eligibility.mustNotMatch().stream())
                        .filter(match -> match.attribute() == RoleRules.Match.Attribute.GROUP)
                        .forEach(match -> groups.add(match.value()));
            }
        }
        for (Document document : documents) {
            if (document.audience() instanceof Document.GroupAudience group) {
                groups.add(group.group());
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
