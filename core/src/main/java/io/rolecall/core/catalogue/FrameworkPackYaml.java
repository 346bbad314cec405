package io.rolecall.core.catalogue;

import io.rolecall.core.framework.Clause;
import io.rolecall.core.framework.ClauseCheck;
import io.rolecall.core.framework.FrameworkPack;
import io.rolecall.core.framework.PackFunction;
import io.rolecall.core.framework.RoleRules;
import io.rolecall.core.model.FindingKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Reads a framework pack as strictly as roles.yaml: unknown keys, unknown finding kinds, clauses
 * without a check and checks naming functions the pack does not have are problems with their line.
 */
final class FrameworkPackYaml {

    static final List<String> ROOT_KEYS = List.of("id", "title", "version", "citation", "applicability",
            "functions", "clauses", "evidence");
    static final List<String> FUNCTION_KEYS;
    static final List<String> CLAUSE_KEYS = List.of("id", "title", "checks");
    static final List<String> CHECK_KEYS = List.of("kinds", "functions");
    static final List<String> ACTIVITY_KEYS = List.of("id", "name", "everyMonths");
    /** The files of the evidence pack a pack may map to its clauses, by name without extension. */
    static final List<String> EVIDENCE_FILES = List.of("role-register", "raci", "assignment-ledger", "findings",
            "acknowledgements", "approvals", "notices-sent", "deliveries", "handovers", "nonconformities",
            "accepted-risks", "calendar-completions",
            "reports-sent", "roles-yaml", "crosswalk");

    static {
        List<String> keys = new ArrayList<>(List.of("id", "name", "description", "slot", "activity"));
        keys.addAll(RoleRulesYaml.KEYS);
        FUNCTION_KEYS = List.copyOf(keys);
    }

    private FrameworkPackYaml() {
    }

    /** @param source names the pack in problems: "built-in pack soc2", or the file's path */
    static FrameworkPack read(String text, String source) {
        YamlNodes yaml = new YamlNodes(source);
        YamlLimits.check(yaml, text, PackFiles.MAX_BYTES, "the pack", "a pack of a hundred clauses is under 100 KB; check "
                + "that this is the pack file you meant.");
        Node root;
        try {
            root = new Compose(LoadSettings.builder().setLabel(source).setAllowDuplicateKeys(false).build())
                    .composeString(text).orElse(null);
        } catch (YamlEngineException | IllegalArgumentException e) {
            yaml.problem((Node) null, "", "this is not valid YAML (" + e.getMessage() + ").",
                    "check indentation and quoting; see schema/framework.schema.json.");
            throw new InvalidCatalogueException(yaml.problems());
        }
        if (root == null) {
            yaml.problem((Node) null, "", "the pack is empty.", "see schema/framework.schema.json for its shape.");
            throw new InvalidCatalogueException(yaml.problems());
        }
        Map<String, Node> top = yaml.mapping(root, "", ROOT_KEYS);
        String id = yaml.id(top, root, "", new LinkedHashMap<>(), "pack").orElse("");
        String title = yaml.requiredText(top, root, "", "title", "give the framework's name and edition.").orElse(id);
        String version = yaml.requiredText(top, root, "", "version", "say which edition, for example version: '2022'.")
                .orElse("");
        String citation = yaml.requiredText(top, root, "", "citation",
                "say how a clause is cited, for example citation: SOC 2 (for 'SOC 2 CC1.3').").orElse(title);
        String applicability = yaml.text(top.get("applicability"), "applicability").orElse(null);
        List<PackFunction> functions = functions(yaml, top.get("functions"), id);
        Set<String> functionIds = new LinkedHashSet<>();
        functions.forEach(function -> functionIds.add(function.id()));
        for (PackFunction function : functions) {
            for (String other : function.defaults().independentOfOrNone()) {
                if (!functionIds.contains(other)) {
                    yaml.problem(top.get("functions"), "functions", "the function '" + function.id()
                                    + "' is independent of '" + other + "', which this pack does not define.",
                            "name one of: " + String.join(", ", functionIds) + ".");
                }
            }
        }
        List<Clause> clauses = clauses(yaml, top.get("clauses"), functionIds);
        Map<String, List<String>> evidence = evidence(yaml, top.get("evidence"));
        if (!yaml.problems().isEmpty()) {
            throw new InvalidCatalogueException(yaml.problems());
        }
        return new FrameworkPack(id, title, version, citation, applicability, functions, clauses, evidence);
    }

    private static List<PackFunction> functions(YamlNodes yaml, Node node, String packId) {
        List<PackFunction> functions = new ArrayList<>();
        RoleRulesYaml rules = new RoleRulesYaml(yaml);
        Map<String, Node> seen = new LinkedHashMap<>();
        List<Node> items = yaml.sequence(node, "functions", "[{id: security-officer, name: Security officer}]");
        for (int i = 0; i < items.size(); i++) {
            String path = YamlNodes.index("functions", i);
            Map<String, Node> map = yaml.mapping(items.get(i), path, FUNCTION_KEYS);
            Optional<String> id = yaml.id(map, items.get(i), path, seen, "function");
            String name = yaml.requiredText(map, items.get(i), path, "name", "name the role slot, for example "
                    + "name: Security officer.").orElse(id.orElse(""));
            String description = yaml.text(map.get("description"), path + ".description").orElse(null);
            RoleRules defaults = rules.read(map, path, RoleRulesYaml.Place.PACK_FUNCTION, (ref, at, where) -> { });
            String slot = yaml.text(map.get("slot"), path + ".slot").orElse(null);
            if (slot != null && !slot.matches("[a-z0-9][a-z0-9-]*")) {
                yaml.problem(map.get("slot"), path + ".slot", "'" + slot + "' is not a slot name.",
                        "use lower-case letters, digits and dashes, for example slot: top-management.");
            }
            PackFunction.StarterActivity activity = activity(yaml, map.get("activity"), path + ".activity");
            id.ifPresent(functionId -> functions.add(new PackFunction(packId, functionId, name, description,
                    defaults, slot, activity)));
        }
        return functions;
    }

    private static PackFunction.StarterActivity activity(YamlNodes yaml, Node node, String path) {
        if (node == null) {
            return null;
        }
        Map<String, Node> map = yaml.mapping(node, path, ACTIVITY_KEYS);
        Optional<String> id = yaml.id(map, node, path, new LinkedHashMap<>(), "activity");
        Optional<String> name = yaml.requiredText(map, node, path, "name", "name the activity, for example "
                + "name: Quarterly compliance review.");
        int every = yaml.integer(map.get("everyMonths"), path + ".everyMonths", 1, 120).orElse(12);
        return id.isPresent() && name.isPresent() ? new PackFunction.StarterActivity(id.get(), name.get(), every)
                : null;
    }

    private static List<Clause> clauses(YamlNodes yaml, Node node, Set<String> functionIds) {
        List<Clause> clauses = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        List<String> kindNames = Arrays.stream(FindingKind.values()).map(Enum::name).toList();
        List<Node> items = yaml.sequence(node, "clauses", "[{id: CC1.3, title: ..., checks: [...]}]");
        if (items.isEmpty()) {
            yaml.problem(node, "clauses", "a pack needs at least one clause.", "list the role clauses under clauses:.");
        }
        for (int i = 0; i < items.size(); i++) {
            String path = YamlNodes.index("clauses", i);
            Map<String, Node> map = yaml.mapping(items.get(i), path, CLAUSE_KEYS);
            // Clause ids are the framework's own (CC1.3, 164.308(a)(2)): any text, unique in the pack.
            Optional<String> id = yaml.requiredText(map, items.get(i), path, "id", "give the clause's id as the "
                    + "framework numbers it, for example id: CC1.3.");
            if (id.isPresent() && !seen.add(id.get())) {
                yaml.problem(map.get("id"), path + ".id", "the clause '" + id.get() + "' is listed twice.",
                        "list each clause once, with all its checks.");
            }
            String title = yaml.requiredText(map, items.get(i), path, "title", "say in your own words what the "
                    + "clause asks; never copy the standard's text.").orElse("");
            List<ClauseCheck> checks = new ArrayList<>();
            List<Node> checkNodes = yaml.sequence(map.get("checks"), path + ".checks",
                    "[{kinds: [ROLE_UNASSIGNED], functions: [security-officer]}]");
            if (checkNodes.isEmpty()) {
                yaml.problem(map.getOrDefault("checks", items.get(i)), path + ".checks", "the clause has no check, "
                        + "so nothing could ever show it is not met.", "name the finding kinds that evidence it.");
            }
            for (int c = 0; c < checkNodes.size(); c++) {
                String checkPath = YamlNodes.index(path + ".checks", c);
                Map<String, Node> check = yaml.mapping(checkNodes.get(c), checkPath, CHECK_KEYS);
                List<Node> kindNodes = yaml.sequence(check.get("kinds"), checkPath + ".kinds", "[ROLE_UNASSIGNED]");
                if (kindNodes.isEmpty()) {
                    yaml.problem(checkNodes.get(c), checkPath + ".kinds", "a check names at least one finding kind.",
                            "write kinds: [ROLE_UNASSIGNED], for example.");
                }
                List<FindingKind> kinds = yaml.textsAmong(kindNodes, checkPath + ".kinds", kindNames, "finding kind")
                        .stream().map(FindingKind::valueOf).toList();
                List<String> functions = yaml.textsAmong(yaml.sequence(check.get("functions"),
                        checkPath + ".functions", "[security-officer]"), checkPath + ".functions", functionIds,
                        "function of this pack");
                checks.add(new ClauseCheck(kinds, functions));
            }
            id.ifPresent(clauseId -> clauses.add(new Clause(clauseId, title, checks)));
        }
        return clauses;
    }

    /**
     * For each file of the evidence pack, the framework's clauses it evidences: any clause id of the
     * framework, not only the role clauses the pack checks (a nonconformity register evidences ISO 27001
     * 10.2, which no role rule checks).
     */
    private static Map<String, List<String>> evidence(YamlNodes yaml, Node node) {
        Map<String, List<String>> evidence = new LinkedHashMap<>();
        if (node == null) {
            return evidence;
        }
        yaml.mapping(node, "evidence", EVIDENCE_FILES).forEach((file, value) -> {
            List<String> clauses = new ArrayList<>();
            List<Node> items = yaml.sequence(value, "evidence." + file, "[CC1.3]");
            for (int i = 0; i < items.size(); i++) {
                String path = YamlNodes.index("evidence." + file, i);
                Node item = items.get(i);
                yaml.text(item, path).ifPresent(clauses::add);
            }
            evidence.put(file, clauses);
        });
        return evidence;
    }
}
