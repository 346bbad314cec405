package io.rolecall.core.catalogue;

import io.rolecall.core.model.Email;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Writes holder changes into the text of roles.yaml, touching nothing else: each change swaps one email in
 * a role's {@code primary} list for another and takes the newcomer out of its {@code backup} list, by the
 * positions the YAML parser gives, so comments, order, quoting and layout stay as the author wrote them.
 */
public final class RolesYamlPatch {

    private RolesYamlPatch() {
    }

    /** Make {@code to} a primary of {@code roleId} in place of {@code from}; {@code label} names it in messages. */
    public record Change(String label, String roleId, Email from, Email to) {
    }

    /**
     * @param applied the labels of the changes written
     * @param skipped for each change not written, why, in words
     */
    public record Result(String text, List<String> applied, List<String> skipped) {
    }

    private record Edit(int start, int end, String replacement) {
    }

    /** The text with every change it can make; the text must be a roles.yaml RoleCall reads. */
    public static Result apply(String text, List<Change> changes) {
        Node root = new Compose(LoadSettings.builder().setLabel("roles").build()).composeString(text)
                .orElseThrow(() -> new IllegalArgumentException("roles.yaml is empty"));
        List<Edit> edits = new ArrayList<>();
        List<String> applied = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (Change change : changes) {
            Optional<MappingNode> role = role(root, change.roleId());
            if (role.isEmpty()) {
                skipped.add(change.label() + ": roles.yaml has no role " + change.roleId());
                continue;
            }
            Optional<SequenceNode> primary = list(role.get(), "primary");
            Optional<ScalarNode> leaver = primary.flatMap(list -> item(list, change.from()));
            if (primary.isPresent() && item(primary.get(), change.to()).isPresent()) {
                skipped.add(change.label() + ": roles.yaml already names " + change.to().value() + " as primary of "
                        + change.roleId());
                continue;
            }
            if (leaver.isEmpty()) {
                skipped.add(change.label() + ": " + change.from().value() + " is not listed as primary of "
                        + change.roleId() + "; name " + change.to().value() + " there by hand");
                continue;
            }
            edits.add(new Edit(start(text, leaver.get()), end(text, leaver.get()), change.to().value()));
            list(role.get(), "backup").ifPresent(backups -> item(backups, change.to())
                    .ifPresent(backup -> edits.add(removal(text, backups, backup))));
            applied.add(change.label());
        }
        StringBuilder patched = new StringBuilder(text);
        edits.stream().sorted(Comparator.comparingInt(Edit::start).reversed())
                .forEach(edit -> patched.replace(edit.start(), edit.end(), edit.replacement()));
        return new Result(patched.toString(), applied, skipped);
    }

    private static Optional<MappingNode> role(Node root, String id) {
        return value(root, "roles").filter(SequenceNode.class::isInstance).map(SequenceNode.class::cast)
                .stream().flatMap(roles -> roles.getValue().stream())
                .filter(MappingNode.class::isInstance).map(MappingNode.class::cast)
                .filter(role -> value(role, "id").filter(ScalarNode.class::isInstance)
                        .map(node -> ((ScalarNode) node).getValue().trim()).filter(id::equals).isPresent())
                .findFirst();
    }

    private static Optional<SequenceNode> list(MappingNode role, String key) {
        return value(role, key).filter(SequenceNode.class::isInstance).map(SequenceNode.class::cast);
    }

    private static Optional<Node> value(Node mapping, String key) {
        if (!(mapping instanceof MappingNode map)) {
            return Optional.empty();
        }
        for (NodeTuple tuple : map.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode scalar && scalar.getValue().equals(key)) {
                return Optional.of(tuple.getValueNode());
            }
        }
        return Optional.empty();
    }

    private static Optional<ScalarNode> item(SequenceNode list, Email person) {
        return list.getValue().stream().filter(ScalarNode.class::isInstance).map(ScalarNode.class::cast)
                .filter(scalar -> Email.problemIn(scalar.getValue().trim()).isEmpty()
                        && Email.of(scalar.getValue().trim()).equals(person)).findFirst();
    }

    /** Takes one item out of a list: with its comma in a flow list, with its whole line in a block list. */
    private static Edit removal(String text, SequenceNode list, ScalarNode item) {
        int start = start(text, item);
        int end = end(text, item);
        if (list.getFlowStyle() == FlowStyle.FLOW) {
            int after = skipSpaces(text, end);
            if (after < text.length() && text.charAt(after) == ',') {
                return new Edit(start, skipSpaces(text, after + 1), "");
            }
            int before = start;
            while (before > 0 && Character.isWhitespace(text.charAt(before - 1))) {
                before--;
            }
            return new Edit(before > 0 && text.charAt(before - 1) == ',' ? before - 1 : start, end, "");
        }
        int lineStart = text.lastIndexOf('\n', start - 1) + 1;
        int lineEnd = text.indexOf('\n', end);
        return new Edit(lineStart, lineEnd < 0 ? text.length() : lineEnd + 1, "");
    }

    private static int skipSpaces(String text, int from) {
        int at = from;
        while (at < text.length() && (text.charAt(at) == ' ' || text.charAt(at) == '\t')) {
            at++;
        }
        return at;
    }

    /** The parser counts code points; the text is indexed by chars. */
    private static int start(String text, Node node) {
        return text.offsetByCodePoints(0, node.getStartMark().orElseThrow().getIndex());
    }

    private static int end(String text, Node node) {
        return text.offsetByCodePoints(0, node.getEndMark().orElseThrow().getIndex());
    }
}
