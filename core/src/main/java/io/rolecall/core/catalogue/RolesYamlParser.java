package io.rolecall.core.catalogue;

import io.rolecall.core.framework.Frameworks;
import io.rolecall.core.framework.RoleRules;
import io.rolecall.core.model.Severity;
import io.rolecall.core.model.Email;
import io.rolecall.core.model.VisibleText;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Reads roles.yaml strictly: unknown keys, duplicate ids, unknown role references, bad dates and
 * bad emails are all reported with file, line, field and a fix, before anything is detected.
 */
public final class RolesYamlParser {

    static final int SUPPORTED_VERSION = 1;
    /** A roles.yaml of a thousand roles is under 1 MB; past this it is not a roles.yaml. */
    public static final int MAX_BYTES = 2 * 1024 * 1024;
    /** roles.yaml needs six levels (roles, a role, its questions, a question, its options); any deeper is refused. */
    public static final int MAX_NESTING = YamlLimits.MAX_NESTING;
    private static final String HOLDER_EXAMPLE = "[ada@acme.example, group:isms-deputies]";

    static final List<String> ROOT_KEYS = List.of(
            "version", "organisation", "frameworks", "reporting", "policy", "roles", "conflicts", "responsibilities",
            "exceptions", "activities", "documents", "approvals", "delivery");
    static final List<String> REPORTING_KEYS = List.of(
            "complianceManagerRole", "leadershipRole", "alsoNotify");
    static final List<String> POLICY_KEYS = List.of(
            "maxPrimaryRolesPerPerson", "reviewEveryMonths", "leavingSoonDays", "directoryChangeGuard", "dueDays",
            "acknowledgement", "maxExceptionMonths", "nonconformities", "changeReviewDays", "coverageDays");
    static final List<String> GUARD_KEYS = List.of("maxLeaversPercent", "minLeavers");
    static final List<String> ROLE_KEYS;
    static final List<String> CONFLICT_KEYS = List.of("roles", "reason");
    static final List<String> RESPONSIBILITY_KEYS = List.of(
            "id", "name", "reference", "responsible", "accountable", "consulted", "informed");
    private static final List<String> RACI_KEYS = List.of("responsible", "accountable", "consulted", "informed");

    static {
        List<String> keys = new ArrayList<>(List.of("id", "name", "description", "functions", "duties", "authorities",
                "reportsTo", "primary", "backup", "backupRequired", "lastReviewed", "acknowledgement", "questions",
                "training", "references"));
        keys.addAll(RoleRulesYaml.KEYS);
        ROLE_KEYS = List.copyOf(keys);
    }

    private final YamlNodes yaml;
    private final DutiesYaml duties;
    private final ExceptionsYaml exceptions;
    private final CalendarYaml calendar;
    private final FrameworksYaml frameworks;
    private final RoleRulesYaml roleRules;
    private final DocumentsYaml documents;
    private final ApprovalsYaml approvals;
    private final DeliveryYaml delivery;
    /** Each role's mapping by role id, to place problems found once every role is known. */
    private final Map<String, Node> roleNodes = new LinkedHashMap<>();
    /** Where each role's reportsTo is written, by role id, for the reporting-line check. */
    private final Map<String, Node> reportsToNodes = new LinkedHashMap<>();
    /** Role references are checked once every role id is known; each remembers where it was written. */
    private final List<RoleReference> references = new ArrayList<>();

    private RolesYamlParser(String source) {
        this.yaml = new YamlNodes(source);
        this.duties = new DutiesYaml(yaml);
        this.exceptions = new ExceptionsYaml(yaml);
        this.calendar = new CalendarYaml(yaml);
        this.frameworks = new FrameworksYaml(yaml);
        this.roleRules = new RoleRulesYaml(yaml);
        this.documents = new DocumentsYaml(yaml);
        this.approvals = new ApprovalsYaml(yaml);
        this.delivery = new DeliveryYaml(yaml);
    }

    /** Parses roles.yaml text; {@code source} names the file in error messages. */
    public static RoleCatalogue parse(String text, String source) {
        return new RolesYamlParser(source).read(text);
    }

    private RoleCatalogue read(String bundle) {
        PackFiles.Split split = PackFiles.split(bundle);
        String text = split.rolesYaml();
        checkLimits(text);
        Optional<Node> root = compose(text);
        if (root.isEmpty()) {
            if (yaml.problems().isEmpty()) {
                yaml.problem((Node) null, "", "the file is empty.",
                        "start from the starter catalogue (see docs/roles-yaml.md).");
            }
            throw new InvalidCatalogueException(yaml.problems());
        }
        Map<String, Node> top = yaml.mapping(root.get(), "", ROOT_KEYS);
        readVersion(top, root.get());
        String organisation = yaml.requiredText(top, root.get(), "", "organisation",
                "add 'organisation: <your company name>' at the top of the file.").orElse("");
        Reporting reporting = readReporting(top.get("reporting"), root.get());
        Policy policy = top.containsKey("policy") ? readPolicy(top.get("policy")) : Policy.DEFAULT;
        Frameworks enabled = frameworks.read(top.get("frameworks"), split.packs());
        List<Role> roles = readRoles(top.get("roles"), root.get(), policy.acknowledgement(), enabled);
        Set<String> roleIds = new HashSet<>();
        roles.forEach(role -> roleIds.add(role.id()));
        List<Conflict> conflicts = readConflicts(top.get("conflicts"), roleIds);
        List<Responsibility> responsibilities = readResponsibilities(top.get("responsibilities"));
        List<AcceptedRisk> acceptedRisks = exceptions.exceptions(top.get("exceptions"), roles, reporting, policy,
                (roleId, node, path) -> references.add(new RoleReference(roleId, node, path)));
        List<Activity> activities = calendar.activities(top.get("activities"),
                (roleId, node, path) -> references.add(new RoleReference(roleId, node, path)));
        List<Document> documentList = documents.read(top.get("documents"), policy.acknowledgement(),
                (roleId, node, path) -> references.add(new RoleReference(roleId, node, path)));
        List<Approval> approvalList = approvals.read(top.get("approvals"),
                (roleId, node, path) -> references.add(new RoleReference(roleId, node, path)));
        for (RoleReference reference : references) {
            if (!roleIds.contains(reference.roleId())) {
                yaml.problem(reference.node(), reference.path(),
                        "'" + reference.roleId() + "' is not a role id defined under 'roles'.",
                        "use one of: " + String.join(", ", roleIds.stream().sorted().toList())
                                + "; or add a role with id: " + reference.roleId() + ".");
            }
        }
        Delivery channels = delivery.read(top.get("delivery"));
        duties.checkReportingLines(roles, reportsToNodes, reporting.leadershipRole());
        if (!yaml.problems().isEmpty()) {
            throw new InvalidCatalogueException(yaml.problems());
        }
        List<Role> declared = roles;
        roles = roles.stream().map(role -> role.withRules(FrameworksYaml.effective(role.rules(), role.id(),
                role.functions(), enabled, declared))).toList();
        checkRoleRules(roles);
        if (!yaml.problems().isEmpty()) {
            throw new InvalidCatalogueException(yaml.problems());
        }
        return new RoleCatalogue(organisation, reporting, policy, roles, conflicts, responsibilities, acceptedRisks,
                activities, documentList, enabled).withDelivery(channels).withApprovals(approvalList);
    }

    /** What the rules in force ask of a role that it cannot give, once its functions' defaults are in. */
    private void checkRoleRules(List<Role> roles) {
        for (Role role : roles) {
            Node node = roleNodes.get(role.id());
            String path = "roles[" + role.id() + "]";
            RoleRules rules = role.rules();
            if (rules.checksReportingLine() && role.reportsTo() == null) {
                yaml.problem(node, path, "the reporting line of " + role.id() + " is checked"
                                + (role.functions().isEmpty() ? "" : " (for " + String.join(", ", role.functions()) + ")")
                                + ", but it has no reportsTo.",
                        "add reportsTo: <the role it must report to>, or set checkReportingLine: false.");
            }
            if (rules.independentOfOrNone().contains(role.id())) {
                yaml.problem(node, path, role.id() + " is declared independent of itself.",
                        "name other roles under independentOf.");
            }
        }
    }

    private static LoadSettings settings() {
        return LoadSettings.builder()
                .setLabel("roles")
                .setAllowDuplicateKeys(false)
                .setMaxAliasesForCollections(50)
                .build();
    }

    /** Size and depth, before the file is composed into a tree (see {@link YamlLimits}). */
    private void checkLimits(String text) {
        YamlLimits.check(yaml, text, MAX_BYTES, "the file", "check that this is the roles.yaml you meant; a "
                + "catalogue of a thousand roles is under 1 MB.");
    }

    private Optional<Node> compose(String text) {
        LoadSettings settings = settings();
        try {
            return new Compose(settings).composeString(text);
        } catch (MarkedYamlEngineException e) {
            Optional<Mark> mark = e.getProblemMark().or(e::getContextMark);
            String problem = "this is not valid YAML (" + e.getProblem() + ").";
            String fix = "check indentation and quoting on this line; values containing ': ' or '#' need quotes.";
            if (mark.isPresent()) {
                yaml.problem(mark.get(), problem, fix);
            } else {
                yaml.problem((Node) null, "", problem, fix);
            }
            return Optional.empty();
        } catch (YamlEngineException e) {
            yaml.problem((Node) null, "", "this is not valid YAML (" + e.getMessage() + ").",
                    "check the file is UTF-8 text in YAML syntax.");
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            // The scanner's own NumberFormatException, for an escape such as "\x" without its digits.
            yaml.problem((Node) null, "", "this is not valid YAML (an escape sequence in a double-quoted value is "
                    + "incomplete).", "write a backslash in a double-quoted value as \\\\, or quote the value with "
                    + "single quotes.");
            return Optional.empty();
        }
    }

    private void readVersion(Map<String, Node> top, Node root) {
        Node node = top.get("version");
        if (node == null) {
            yaml.problem(root, "version", "'version' is required.", "add 'version: 1' at the top of the file.");
            return;
        }
        yaml.integer(node, "version", 0, Integer.MAX_VALUE).ifPresent(version -> {
            if (version != SUPPORTED_VERSION) {
                yaml.problem(node, "version", "version " + version + " is not supported by this RoleCall.",
                        "write 'version: 1', or upgrade RoleCall.");
            }
        });
    }

    private Reporting readReporting(Node node, Node root) {
        if (node == null) {
            yaml.problem(root, "reporting", "'reporting' is required.",
                    "add reporting: {complianceManagerRole: <role id>, leadershipRole: <role id>}.");
            return new Reporting("", "", List.of());
        }
        Map<String, Node> map = yaml.mapping(node, "reporting", REPORTING_KEYS);
        String complianceManager = requiredRoleReference(map, node, "reporting", "complianceManagerRole");
        String leadership = requiredRoleReference(map, node, "reporting", "leadershipRole");
        List<Email> alsoNotify = new ArrayList<>();
        List<Node> items = yaml.sequence(map.get("alsoNotify"), "reporting.alsoNotify", "[security@acme.example]");
        for (int i = 0; i < items.size(); i++) {
            String path = YamlNodes.index("reporting.alsoNotify", i);
            Node item = items.get(i);
            yaml.text(item, path).ifPresent(value -> {
                Optional<String> problem = Email.problemIn(value);
                if (problem.isEmpty()) {
                    alsoNotify.add(Email.of(value));
                } else {
                    yaml.problem(item, path, "'" + VisibleText.of(value) + "' is not an email address ("
                            + problem.get() + ").", "write it as name@domain.");
                }
            });
        }
        return new Reporting(complianceManager, leadership, alsoNotify);
    }

    private String requiredRoleReference(Map<String, Node> map, Node parent, String path, String key) {
        Optional<String> roleId = yaml.requiredText(map, parent, path, key,
                "name the id of a role defined under 'roles', for example " + key + ": isms-manager.");
        roleId.ifPresent(id -> references.add(new RoleReference(id, map.get(key), YamlNodes.join(path, key))));
        return roleId.orElse("");
    }

    private Policy readPolicy(Node node) {
        Map<String, Node> map = yaml.mapping(node, "policy", POLICY_KEYS);
        Policy defaults = Policy.DEFAULT;
        int maxPrimary = yaml.integer(map.get("maxPrimaryRolesPerPerson"), "policy.maxPrimaryRolesPerPerson", 1, 100)
                .orElse(defaults.maxPrimaryRolesPerPerson());
        int reviewMonths = yaml.integer(map.get("reviewEveryMonths"), "policy.reviewEveryMonths", 1, 120)
                .orElse(defaults.reviewEveryMonths());
        int leavingSoon = yaml.integer(map.get("leavingSoonDays"), "policy.leavingSoonDays", 0, 3650)
                .orElse(defaults.leavingSoonDays());
        ChangeGuardPolicy guard = defaults.directoryChangeGuard();
        if (map.containsKey("directoryChangeGuard")) {
            String path = "policy.directoryChangeGuard";
            Map<String, Node> guardMap = yaml.mapping(map.get("directoryChangeGuard"), path, GUARD_KEYS);
            guard = new ChangeGuardPolicy(
                    yaml.integer(guardMap.get("maxLeaversPercent"), path + ".maxLeaversPercent", 1, 100)
                            .orElse(guard.maxLeaversPercent()),
                    yaml.integer(guardMap.get("minLeavers"), path + ".minLeavers", 0, 1_000_000)
                            .orElse(guard.minLeavers()));
        }
        Map<Severity, Integer> dueDays = new EnumMap<>(Severity.class);
        if (map.containsKey("dueDays")) {
            List<String> severities = Arrays.stream(Severity.values()).map(Enum::name).toList();
            Map<String, Node> dueMap = yaml.mapping(map.get("dueDays"), "policy.dueDays", severities);
            dueMap.forEach((severity, value) -> yaml.integer(value, "policy.dueDays." + severity, 1, 3650)
                    .ifPresent(days -> dueDays.put(Severity.valueOf(severity), days)));
        }
        AcknowledgementPolicy acknowledgement = duties.acknowledgement(map.get("acknowledgement"),
                "policy.acknowledgement", defaults.acknowledgement());
        int maxExceptionMonths = yaml.integer(map.get("maxExceptionMonths"), "policy.maxExceptionMonths", 1, 36)
                .orElse(defaults.maxExceptionMonths());
        NonconformityPolicy nonconformities = exceptions.nonconformities(map.get("nonconformities"),
                "policy.nonconformities");
        int changeReviewDays = yaml.integer(map.get("changeReviewDays"), "policy.changeReviewDays", 1, 365)
                .orElse(defaults.changeReviewDays());
        int coverageDays = yaml.integer(map.get("coverageDays"), "policy.coverageDays", 1, 365)
                .orElse(defaults.coverageDays());
        return new Policy(maxPrimary, reviewMonths, leavingSoon, guard, dueDays, acknowledgement, maxExceptionMonths,
                nonconformities, changeReviewDays, coverageDays);
    }

    private List<Role> readRoles(Node node, Node root, AcknowledgementPolicy acknowledgementPolicy,
                                 Frameworks enabled) {
        if (node == null) {
            yaml.problem(root, "roles", "'roles' is required.",
                    "list your roles under 'roles:'; the starter catalogue (see docs/roles-yaml.md) has roles to start from.");
            return List.of();
        }
        List<Node> items = yaml.sequence(node, "roles", "[{id: isms-manager, name: ISMS Manager}]");
        if (items.isEmpty() && node instanceof SequenceNode) {
            yaml.problem(node, "roles", "no roles are defined.", "define at least one role under 'roles:'.");
        }
        Map<String, Node> seen = new LinkedHashMap<>();
        List<Role> roles = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            String path = YamlNodes.index("roles", i);
            Map<String, Node> map = yaml.mapping(items.get(i), path, ROLE_KEYS);
            Optional<String> id = yaml.id(map, items.get(i), path, seen, "role");
            String name = yaml.requiredText(map, items.get(i), path, "name",
                    "give the role a name, for example name: ISMS Manager.").orElse(id.orElse(""));
            String description = yaml.text(map.get("description"), path + ".description").orElse(null);
            List<String> roleDuties = readTexts(map.get("duties"), path + ".duties");
            List<String> authorities = readTexts(map.get("authorities"), path + ".authorities");
            String reportsTo = yaml.text(map.get("reportsTo"), path + ".reportsTo").orElse(null);
            List<HolderRef> primary = readHolders(map.get("primary"), path + ".primary");
            List<HolderRef> backup = readHolders(map.get("backup"), path + ".backup");
            boolean backupRequired = yaml.bool(map.get("backupRequired"), path + ".backupRequired").orElse(true);
            LocalDate lastReviewed = yaml.date(map.get("lastReviewed"), path + ".lastReviewed").orElse(null);
            AcknowledgementPolicy acknowledgement = duties.acknowledgement(map.get("acknowledgement"),
                    path + ".acknowledgement", acknowledgementPolicy);
            List<Question> questions = duties.questions(map.get("questions"), path + ".questions");
            RoleTraining training = calendar.training(map.get("training"), path + ".training");
            List<String> functions = frameworks.functions(map.get("functions"), path + ".functions", enabled);
            RoleRules own = roleRules.read(map, path, RoleRulesYaml.Place.ROLE,
                    (roleId, at, where) -> references.add(new RoleReference(roleId, at, where)));
            List<String> roleReferences = readTexts(map.get("references"), path + ".references");
            Node roleNode = items.get(i);
            id.ifPresent(roleId -> roleNodes.put(roleId, roleNode));
            if (reportsTo != null && id.isPresent()) {
                reportsToNodes.put(id.get(), map.get("reportsTo"));
                if (!reportsTo.equals(id.get())) {
                    references.add(new RoleReference(reportsTo, map.get("reportsTo"), path + ".reportsTo"));
                }
            }
            id.ifPresent(roleId -> roles.add(new Role(roleId, name, description, roleDuties, authorities, reportsTo,
                    primary, backup, backupRequired, lastReviewed, acknowledgement, questions, training, functions,
                    own, roleReferences)));
        }
        return roles;
    }

    private List<String> readTexts(Node node, String path) {
        List<String> values = new ArrayList<>();
        List<Node> items = yaml.sequence(node, path, "[Maintain the ISMS documentation]");
        for (int i = 0; i < items.size(); i++) {
            yaml.text(items.get(i), YamlNodes.index(path, i)).ifPresent(values::add);
        }
        return values;
    }

    private List<HolderRef> readHolders(Node node, String path) {
        List<HolderRef> holders = new ArrayList<>();
        List<Node> items = yaml.sequence(node, path, HOLDER_EXAMPLE);
        for (int i = 0; i < items.size(); i++) {
            String itemPath = YamlNodes.index(path, i);
            Node item = items.get(i);
            Optional<String> text = yaml.text(item, itemPath);
            if (text.isEmpty()) {
                continue;
            }
            HolderRef holder;
            try {
                holder = HolderRef.parse(text.get());
            } catch (IllegalArgumentException e) {
                boolean group = text.get().regionMatches(true, 0, HolderRef.GROUP_PREFIX, 0, 6);
                yaml.problem(item, itemPath, group ? "the group name is empty."
                                : "'" + VisibleText.of(text.get()) + "' is not an email address ("
                                + Email.problemIn(text.get()).orElse("not name@domain") + ").",
                        group ? "write group:<directory group name>, for example group:isms-deputies."
                                : "write it as name@domain, or group:<name> for a directory group.");
                continue;
            }
            if (holders.contains(holder)) {
                yaml.problem(item, itemPath, "'" + holder.label() + "' is listed twice.", "delete one of them.");
                continue;
            }
            holders.add(holder);
        }
        return holders;
    }

    private List<Conflict> readConflicts(Node node, Set<String> roleIds) {
        List<Conflict> conflicts = new ArrayList<>();
        List<Node> items = yaml.sequence(node, "conflicts", "[{roles: [isms-manager, internal-auditor], reason: ...}]");
        Set<Set<String>> pairs = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            String path = YamlNodes.index("conflicts", i);
            Map<String, Node> map = yaml.mapping(items.get(i), path, CONFLICT_KEYS);
            List<Node> roleNodes = yaml.sequence(map.get("roles"), path + ".roles", "[isms-manager, internal-auditor]");
            String reason = yaml.requiredText(map, items.get(i), path, "reason",
                    "say why the two roles must be held by different people.").orElse("");
            List<String> roles = new ArrayList<>();
            for (int j = 0; j < roleNodes.size(); j++) {
                String rolePath = YamlNodes.index(path + ".roles", j);
                Node roleNode = roleNodes.get(j);
                yaml.text(roleNode, rolePath).ifPresent(id -> {
                    roles.add(id);
                    references.add(new RoleReference(id, roleNode, rolePath));
                });
            }
            if (roles.size() != 2 || roles.get(0).equals(roles.get(1))) {
                yaml.problem(map.getOrDefault("roles", items.get(i)), path + ".roles",
                        "a conflict names exactly two different roles, found " + roles + ".",
                        "write roles: [first-role, second-role]; declare more pairs as separate conflicts.");
                continue;
            }
            if (!pairs.add(Set.copyOf(roles))) {
                yaml.problem(map.get("roles"), path + ".roles", "this pair of roles is already declared in conflict.",
                        "delete the repeated conflict.");
                continue;
            }
            if (roleIds.containsAll(roles)) {
                conflicts.add(new Conflict(roles.get(0), roles.get(1), reason));
            }
        }
        return conflicts;
    }

    private List<Responsibility> readResponsibilities(Node node) {
        List<Responsibility> responsibilities = new ArrayList<>();
        List<Node> items = yaml.sequence(node, "responsibilities", "[{id: risk-assessment, name: ..., accountable: [isms-manager]}]");
        Map<String, Node> seen = new LinkedHashMap<>();
        for (int i = 0; i < items.size(); i++) {
            String path = YamlNodes.index("responsibilities", i);
            Map<String, Node> map = yaml.mapping(items.get(i), path, RESPONSIBILITY_KEYS);
            Optional<String> id = yaml.id(map, items.get(i), path, seen, "responsibility");
            String name = yaml.requiredText(map, items.get(i), path, "name",
                    "describe the activity, for example name: Perform risk assessments.").orElse(id.orElse(""));
            String reference = yaml.text(map.get("reference"), path + ".reference").orElse(null);
            Map<String, List<String>> raci = new LinkedHashMap<>();
            for (String key : RACI_KEYS) {
                raci.put(key, readRoleIds(map.get(key), path + "." + key));
            }
            id.ifPresent(responsibilityId -> responsibilities.add(new Responsibility(responsibilityId, name, reference,
                    raci.get("responsible"), raci.get("accountable"), raci.get("consulted"), raci.get("informed"))));
        }
        return responsibilities;
    }

    private List<String> readRoleIds(Node node, String path) {
        List<String> ids = new ArrayList<>();
        List<Node> items = yaml.sequence(node, path, "[isms-manager]");
        for (int i = 0; i < items.size(); i++) {
            String itemPath = YamlNodes.index(path, i);
            Node item = items.get(i);
            yaml.text(item, itemPath).ifPresent(id -> {
                if (ids.contains(id)) {
                    yaml.problem(item, itemPath, "'" + id + "' is listed twice.", "delete one of them.");
                } else {
                    ids.add(id);
                    references.add(new RoleReference(id, item, itemPath));
                }
            });
        }
        return ids;
    }

    private record RoleReference(String roleId, Node node, String path) {
    }
}
