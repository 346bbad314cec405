package io.rolecall.core.catalogue;

import io.rolecall.core.model.Dates;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Typed, strict reads over a composed YAML tree. Nothing throws: every problem is recorded with
 * its line and field path, so that one run of the validator reports everything that is wrong.
 */
final class YamlNodes {

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final String ID_FIX = "use lower-case letters, digits and dashes, for example incident-response-lead.";

    private final String source;
    private final List<ConfigProblem> problems = new ArrayList<>();

    YamlNodes(String source) {
        this.source = source;
    }

    List<ConfigProblem> problems() {
        return problems;
    }

    void problem(Node node, String path, String problem, String fix) {
        Optional<Mark> mark = node == null ? Optional.empty() : node.getStartMark();
        problems.add(new ConfigProblem(source,
                mark.map(m -> m.getLine() + 1).orElse(0),
                mark.map(m -> m.getColumn() + 1).orElse(0),
                path, problem, fix));
    }

    /** A problem found in another file read with this one, such as a pack file roles.yaml names. */
    void add(ConfigProblem problem) {
        problems.add(problem);
    }

    void problem(Mark mark, String problem, String fix) {
        problems.add(new ConfigProblem(source, mark.getLine() + 1, mark.getColumn() + 1, "", problem, fix));
    }

    /** A YAML mapping whose keys must all be in {@code allowed}; unknown and repeated keys are problems. */
    Map<String, Node> mapping(Node node, String path, Collection<String> allowed) {
        if (!(node instanceof MappingNode mapping)) {
            problem(node, path, "expected a mapping of key: value lines, found " + describe(node) + ".",
                    "indent the keys (" + String.join(", ", allowed) + ") under '" + path + "'.");
            return Map.of();
        }
        Map<String, Node> values = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            Node keyNode = tuple.getKeyNode();
            String key = keyNode instanceof ScalarNode scalar ? scalar.getValue() : null;
            String keyPath = join(path, key == null ? "?" : key);
            if (key == null) {
                problem(keyNode, path, "a key must be plain text.", "write the key as a simple word.");
            } else if (!allowed.contains(key)) {
                problem(keyNode, keyPath, "unknown key '" + key + "'.", suggestion(key, allowed));
            } else if (values.containsKey(key)) {
                problem(keyNode, keyPath, "the key '" + key + "' appears twice.",
                        "keep one '" + key + "' and delete the other.");
            } else {
                values.put(key, tuple.getValueNode());
            }
        }
        return values;
    }

    /** A required id of lower-case letters, digits and dashes, unique among those {@code seen}. */
    Optional<String> id(Map<String, Node> map, Node parent, String path, Map<String, Node> seen,
                                    String what) {
        Optional<String> id = requiredText(map, parent, path, "id", "give the " + what + " an id; " + ID_FIX);
        if (id.isEmpty()) {
            return id;
        }
        Node node = map.get("id");
        if (!ID.matcher(id.get()).matches()) {
            problem(node, path + ".id", "'" + id.get() + "' is not a valid id.", ID_FIX);
            return Optional.empty();
        }
        if (seen.containsKey(id.get())) {
            int firstLine = seen.get(id.get()).getStartMark().map(m -> m.getLine() + 1).orElse(0);
            problem(node, path + ".id", "the " + what + " id '" + id.get() + "' is already used on line "
                    + firstLine + ".", "give each " + what + " its own id.");
            return Optional.empty();
        }
        seen.put(id.get(), node);
        return id;
    }

    /** A list, or an empty list when the value is absent or null. */
    List<Node> sequence(Node node, String path, String example) {
        if (isAbsent(node)) {
            return List.of();
        }
        if (!(node instanceof SequenceNode sequence)) {
            problem(node, path, "expected a list, found " + describe(node) + ".",
                    "write it as a list, for example " + lastSegment(path) + ": " + example + ".");
            return List.of();
        }
        return sequence.getValue();
    }

    /**
     * The texts of a list's items (from {@link #sequence}) that are among {@code allowed}; each other one is
     * a problem at its place, "'X' is not a {what}." with the allowed values.
     */
    List<String> textsAmong(List<Node> items, String path, java.util.Collection<String> allowed, String what) {
        List<String> texts = new java.util.ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            String itemPath = index(path, i);
            Node item = items.get(i);
            text(item, itemPath).ifPresent(text -> {
                if (allowed.contains(text)) {
                    texts.add(text);
                } else {
                    problem(item, itemPath, "'" + text + "' is not a " + what + ".",
                            "use one of: " + String.join(", ", allowed) + ".");
                }
            });
        }
        return texts;
    }

    Optional<String> text(Node node, String path) {
        if (isAbsent(node)) {
            return Optional.empty();
        }
        if (!(node instanceof ScalarNode scalar)) {
            problem(node, path, "expected a text value, found " + describe(node) + ".",
                    "write a single value on the same line as '" + lastSegment(path) + ":'.");
            return Optional.empty();
        }
        String value = scalar.getValue().trim();
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    Optional<String> requiredText(Map<String, Node> map, Node parent, String path, String key, String fix) {
        Optional<String> value = text(map.get(key), join(path, key));
        if (value.isEmpty() && !problemAlreadyAt(map.get(key))) {
            problem(map.getOrDefault(key, parent), join(path, key), "'" + key + "' is required.", fix);
        }
        return value;
    }

    /** A document's required {@code title:}, or "" (with the problem told) when it has none. */
    String documentTitle(Map<String, Node> map, Node parent, String path) {
        return requiredText(map, parent, path, "title",
                "give the document's title, for example title: Information security policy.").orElse("");
    }

    /** A required {@code url:} that people open from their notice: an http(s) address. */
    Optional<String> webAddress(Map<String, Node> map, Node parent, String path) {
        Optional<String> url = requiredText(map, parent, path, "url",
                "give the address people read it at, for example url: https://intranet.example/policy.");
        if (url.isPresent() && !url.get().startsWith("https://") && !url.get().startsWith("http://")) {
            problem(map.get("url"), path + ".url", "'" + url.get() + "' is not a web address.",
                    "write it as https://..., the address people open from their notice.");
            return Optional.empty();
        }
        return url;
    }

    Optional<Integer> integer(Node node, String path, int min, int max) {
        return text(node, path).flatMap(value -> {
            try {
                int number = Integer.parseInt(value);
                if (number < min || number > max) {
                    problem(node, path, number + " is out of range.",
                            "use a whole number from " + min + " to " + max + ".");
                    return Optional.empty();
                }
                return Optional.of(number);
            } catch (NumberFormatException e) {
                problem(node, path, "'" + value + "' is not a whole number.",
                        "use a whole number from " + min + " to " + max + ".");
                return Optional.empty();
            }
        });
    }

    Optional<Boolean> bool(Node node, String path) {
        return text(node, path).flatMap(value -> {
            switch (value.toLowerCase(Locale.ROOT)) {
                case "true":
                    return Optional.of(true);
                case "false":
                    return Optional.of(false);
                default:
                    problem(node, path, "'" + value + "' is not true or false.", "write true or false.");
                    return Optional.empty();
            }
        });
    }

    Optional<LocalDate> date(Node node, String path) {
        return text(node, path).flatMap(value -> {
            try {
                return Optional.of(Dates.parse(value));
            } catch (IllegalArgumentException e) {
                problem(node, path, "'" + value + "' is not a date.",
                        "write the date as YYYY-MM-DD, for example 2026-03-01.");
                return Optional.empty();
            }
        });
    }

    static String join(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    static String index(String path, int index) {
        return path + "[" + index + "]";
    }

    private boolean problemAlreadyAt(Node node) {
        return node != null && !isAbsent(node) && !(node instanceof ScalarNode);
    }

    private static boolean isAbsent(Node node) {
        return node == null || (node instanceof ScalarNode && Tag.NULL.equals(node.getTag()));
    }

    private static String describe(Node node) {
        if (node instanceof MappingNode) {
            return "a mapping";
        }
        if (node instanceof SequenceNode) {
            return "a list";
        }
        if (node instanceof ScalarNode scalar) {
            return "'" + scalar.getValue() + "'";
        }
        return "nothing";
    }

    private static String lastSegment(String path) {
        String last = path.substring(path.lastIndexOf('.') + 1);
        int bracket = last.indexOf('[');
        return bracket < 0 ? last : last.substring(0, bracket);
    }

    private static String suggestion(String key, Collection<String> allowed) {
        String closest = allowed.stream()
                .min(Comparator.comparingInt(candidate -> distance(key.toLowerCase(Locale.ROOT),
                        candidate.toLowerCase(Locale.ROOT))))
                .orElse(null);
        String known = "the keys allowed here are: " + String.join(", ", allowed) + ".";
        if (closest != null && distance(key.toLowerCase(Locale.ROOT), closest.toLowerCase(Locale.ROOT)) <= 3) {
            return "did you mean '" + closest + "'? " + known;
        }
        return "remove it; " + known;
    }

    /** Levenshtein distance, for "did you mean" on misspelt keys. */
    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
