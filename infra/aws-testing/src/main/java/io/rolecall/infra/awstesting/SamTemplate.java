package io.rolecall.infra.awstesting;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * The repository's template.yaml as plain maps, lists and strings. CloudFormation's short tags become
 * their long form ({@code !Ref X} is {@code {Ref: X}}, {@code !Sub s} is {@code {Fn::Sub: s}}), so
 * tests can walk the template without knowing YAML tags. Scalars stay strings.
 */
public final class SamTemplate {

    /** The repository's template.yaml, found from a module's folder (where Maven runs its tests). */
    public static final Path FILE = find(Path.of("").toAbsolutePath());

    private final Map<String, Object> root;

    private SamTemplate(Map<String, Object> root) {
        this.root = root;
    }

    private static Path find(Path dir) {
        for (Path at = dir; at != null; at = at.getParent()) {
            if (Files.isRegularFile(at.resolve("template.yaml")) && Files.isRegularFile(at.resolve("samconfig.toml"))) {
                return at.resolve("template.yaml");
            }
        }
        throw new IllegalStateException("no template.yaml above " + dir);
    }

    public static SamTemplate load() {
        try {
            Node node = new Compose(LoadSettings.builder().setLabel("template.yaml").build())
                    .composeString(Files.readString(FILE)).orElseThrow();
            return new SamTemplate(map(plain(node)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Map<String, Object> section(String name) {
        return map(root.getOrDefault(name, Map.of()));
    }

    public Map<String, Object> resource(String logicalId) {
        Object resource = section("Resources").get(logicalId);
        if (resource == null) {
            throw new AssertionError("template.yaml has no resource " + logicalId);
        }
        return map(resource);
    }

    public Map<String, Object> properties(String logicalId) {
        return map(resource(logicalId).getOrDefault("Properties", Map.of()));
    }

    /** Logical ids of the resources of one type, in template order. */
    public List<String> resourcesOfType(String type) {
        return section("Resources").entrySet().stream()
                .filter(entry -> type.equals(map(entry.getValue()).get("Type")))
                .map(Map.Entry::getKey).toList();
    }

    public Map<String, Object> functionGlobals() {
        return map(section("Globals").getOrDefault("Function", Map.of()));
    }

    /**
     * The IAM statements of a function's inline policies; a statement behind {@code Fn::If} counts as
     * granted (either branch may be deployed), AWS::NoValue does not.
     */
    public List<Map<String, Object>> statements(String functionId) {
        List<Map<String, Object>> statements = new ArrayList<>();
        for (Object policy : list(properties(functionId).getOrDefault("Policies", List.of()))) {
            if (policy instanceof Map<?, ?> document && document.containsKey("Statement")) {
                for (Object statement : list(document.get("Statement"))) {
                    statements.addAll(branches(statement));
                }
            }
        }
        return statements;
    }

    /** The IAM actions a function's statements allow. */
    public Set<String> allowedActions(String functionId) {
        Set<String> actions = new TreeSet<>();
        statements(functionId).stream().filter(statement -> "Allow".equals(statement.get("Effect")))
                .forEach(statement -> actions.addAll(strings(statement.get("Action"))));
        return actions;
    }

    /** The statements of an AWS::IAM::ManagedPolicy resource, each branch of an {@code Fn::If} included. */
    public List<Map<String, Object>> managedPolicyStatements(String policyId) {
        List<Map<String, Object>> statements = new ArrayList<>();
        for (Object statement : list(map(properties(policyId).get("PolicyDocument")).get("Statement"))) {
            statements.addAll(branches(statement));
        }
        return statements;
    }

    /** The template's function for a handler's log name: scan is ScanFunction, weekly-report WeeklyReportFunction. */
    public static String functionFor(String logName) {
        StringBuilder id = new StringBuilder();
        for (String word : logName.split("-")) {
            id.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
        }
        return id.append("Function").toString();
    }

    private static List<Map<String, Object>> branches(Object statement) {
        Map<String, Object> map = map(statement);
        if (map.containsKey("Fn::If")) {
            List<Object> args = list(map.get("Fn::If"));
            List<Map<String, Object>> result = new ArrayList<>();
            for (Object branch : args.subList(1, 3)) {
                if (!(branch instanceof Map<?, ?> ref && "AWS::NoValue".equals(ref.get("Ref")))) {
                    result.addAll(branches(branch));
                }
            }
            return result;
        }
        return List.of(map);
    }

    public static List<String> strings(Object value) {
        if (value == null) {
            return List.of();
        }
        return value instanceof List<?> values ? values.stream().map(String::valueOf).toList()
                : List.of(String.valueOf(value));
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> map(Object value) {
        if (!(value instanceof Map<?, ?>)) {
            throw new AssertionError("expected a mapping in template.yaml, found " + value);
        }
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    public static List<Object> list(Object value) {
        return value instanceof List<?> ? (List<Object>) value : List.of(value);
    }

    /** Walks every value of the template, depth first, intrinsic functions included. */
    public void visit(Consumer<Object> visitor) {
        visit(root, visitor);
    }

    private static void visit(Object value, Consumer<Object> visitor) {
        visitor.accept(value);
        if (value instanceof Map<?, ?> map) {
            map.values().forEach(child -> visit(child, visitor));
        } else if (value instanceof List<?> list) {
            list.forEach(child -> visit(child, visitor));
        }
    }

    private static Object plain(Node node) {
        Object value;
        if (node instanceof MappingNode mapping) {
            Map<String, Object> map = new LinkedHashMap<>();
            for (NodeTuple tuple : mapping.getValue()) {
                map.put(((ScalarNode) tuple.getKeyNode()).getValue(), plain(tuple.getValueNode()));
            }
            value = map;
        } else if (node instanceof SequenceNode sequence) {
            value = sequence.getValue().stream().map(SamTemplate::plain).toList();
        } else {
            value = ((ScalarNode) node).getValue();
        }
        String tag = node.getTag().getValue();
        if (tag.startsWith("!")) {
            String name = tag.substring(1);
            if ("GetAtt".equals(name) && value instanceof String dotted) {
                value = List.of(dotted.split("\\.", 2));
            }
            return Map.of("Ref".equals(name) || "Condition".equals(name) ? name : "Fn::" + name, value);
        }
        return value;
    }
}
