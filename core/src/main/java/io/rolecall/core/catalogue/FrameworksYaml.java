package io.rolecall.core.catalogue;

import io.rolecall.core.framework.FrameworkPack;
import io.rolecall.core.framework.Frameworks;
import io.rolecall.core.framework.PackFunction;
import io.rolecall.core.framework.RoleRules;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * roles.yaml's {@code frameworks:} (built-in ids, or pack files beside it) and each role's
 * {@code functions:}, and the rule settings a role gets from the functions it declares.
 */
final class FrameworksYaml {

    private final YamlNodes yaml;

    FrameworksYaml(YamlNodes yaml) {
        this.yaml = yaml;
    }

    /**
     * @param packFiles the pack files bundled with roles.yaml, by the path it names them with
     */
    Frameworks read(Node node, Map<String, String> packFiles) {
        if (node == null) {
            return new Frameworks(List.of(BuiltInPacks.pack(BuiltInPacks.DEFAULT).orElseThrow()), false);
        }
        List<FrameworkPack> packs = new ArrayList<>();
        List<Node> items = yaml.sequence(node, "frameworks", "[iso27001, soc2]");
        for (int i = 0; i < items.size(); i++) {
            String path = YamlNodes.index("frameworks", i);
            Node item = items.get(i);
            Optional<String> entry = yaml.text(item, path);
            if (entry.isEmpty()) {
                continue;
            }
            Optional<FrameworkPack> pack = PackFiles.isFile(entry.get()) ? file(entry.get(), item, path, packFiles)
                    : builtIn(entry.get(), item, path);
            pack.ifPresent(read -> {
                if (packs.stream().anyMatch(other -> other.id().equals(read.id()))) {
                    yaml.problem(item, path, "the framework '" + read.id() + "' is enabled twice.",
                            "list each framework once.");
                } else {
                    packs.add(read);
                }
            });
        }
        return new Frameworks(packs, true);
    }

    private Optional<FrameworkPack> builtIn(String id, Node item, String path) {
        Optional<FrameworkPack> pack = BuiltInPacks.pack(id);
        if (pack.isEmpty()) {
            yaml.problem(item, path, "'" + id + "' is not a built-in framework.", "use one of: "
                    + String.join(", ", BuiltInPacks.IDS) + "; or name a pack file of your own ending in .yaml.");
        }
        return pack;
    }

    private Optional<FrameworkPack> file(String file, Node item, String path, Map<String, String> packFiles) {
        Optional<String> badPath = PackFiles.problemWithPath(file);
        if (badPath.isPresent()) {
            yaml.problem(item, path, badPath.get() + ".", "put the pack in roles.yaml's folder (or one below it) "
                    + "and name it relative to roles.yaml, for example packs/our-framework.yaml.");
            return Optional.empty();
        }
        String text = packFiles.get(file);
        if (text == null) {
            yaml.problem(item, path, "the pack file '" + file + "' was not found next to roles.yaml.",
                    "check the path, relative to roles.yaml's folder; schema/framework.schema.json gives its shape.");
            return Optional.empty();
        }
        try {
            return Optional.of(BuiltInPacks.read(text, file));
        } catch (InvalidCatalogueException invalid) {
            invalid.problems().forEach(yaml::add);
            return Optional.empty();
        }
    }

    /**
     * A role's {@code functions:} as qualified ids (PACK:ID); a bare id must belong to exactly one enabled
     * pack.
     */
    List<String> functions(Node node, String path, Frameworks frameworks) {
        List<String> functions = new ArrayList<>();
        List<Node> items = yaml.sequence(node, path, "[soc2:security-officer]");
        for (int i = 0; i < items.size(); i++) {
            String itemPath = YamlNodes.index(path, i);
            Node item = items.get(i);
            yaml.text(item, itemPath).flatMap(text -> resolve(text, item, itemPath, frameworks)).ifPresent(id -> {
                if (functions.contains(id)) {
                    yaml.problem(item, itemPath, "'" + id + "' is listed twice.", "delete one of them.");
                } else {
                    functions.add(id);
                }
            });
        }
        return functions;
    }

    private Optional<String> resolve(String text, Node item, String path, Frameworks frameworks) {
        List<String> all = frameworks.functions().stream().map(PackFunction::qualifiedId).toList();
        String hint = all.isEmpty() ? "enable a framework under frameworks: first."
                : "use one of: " + String.join(", ", all) + ".";
        int colon = text.indexOf(':');
        if (colon >= 0) {
            String packId = text.substring(0, colon);
            Optional<FrameworkPack> pack = frameworks.pack(packId);
            if (pack.isEmpty()) {
                yaml.problem(item, path, "'" + packId + "' is not an enabled framework.", "add " + packId
                        + " under frameworks:, or " + hint);
                return Optional.empty();
            }
            if (pack.get().function(text.substring(colon + 1)).isEmpty()) {
                yaml.problem(item, path, "the framework " + packId + " has no function '" + text.substring(colon + 1)
                        + "'.", hint);
                return Optional.empty();
            }
            return Optional.of(text);
        }
        List<String> matches = frameworks.functions().stream().filter(f -> f.id().equals(text))
                .map(PackFunction::qualifiedId).toList();
        if (matches.size() == 1) {
            return Optional.of(matches.get(0));
        }
        if (matches.isEmpty()) {
            yaml.problem(item, path, "no enabled framework has a function '" + text + "'.", hint);
        } else {
            yaml.problem(item, path, "'" + text + "' is a function of several frameworks (" + String.join(", ",
                    matches) + ").", "name the one you mean as PACK:ID, or list each.");
        }
        return Optional.empty();
    }

    /**
     * The rules in force for a role: its own settings, over the strictest of its functions' defaults. A
     * function's {@code independentOf} names functions of its pack; for the role it names the roles that
     * fulfil them.
     */
    static RoleRules effective(RoleRules own, String roleId, List<String> functions, Frameworks frameworks,
                               List<Role> roles) {
        RoleRules defaults = RoleRules.NONE;
        for (String qualified : functions) {
            String packId = qualified.substring(0, qualified.indexOf(':'));
            FrameworkPack pack = frameworks.pack(packId).orElseThrow();
            PackFunction function = pack.function(qualified.substring(qualified.indexOf(':') + 1)).orElseThrow();
            RoleRules functionDefaults = function.defaults();
            if (functionDefaults.independentOf() != null) {
                Set<String> roleIds = new LinkedHashSet<>();
                for (String other : functionDefaults.independentOf()) {
                    roles.stream().filter(role -> role.functions().contains(packId + ":" + other)
                            && !role.id().equals(roleId)).forEach(role -> roleIds.add(role.id()));
                }
                functionDefaults = functionDefaults.withIndependentOf(List.copyOf(roleIds));
            }
            defaults = defaults.strictest(functionDefaults);
        }
        return own.over(defaults);
    }
}
