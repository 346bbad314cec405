package io.rolecall.core.catalogue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.nodes.Node;

/** roles.yaml's {@code approvals:}: the documents the management body approves, and how many of it must. */
final class ApprovalsYaml {

    static final List<String> KEYS = List.of("id", "title", "version", "url", "approvers", "quorum", "everyMonths",
            "dueDays");
    /** Unless roles.yaml says otherwise: a board that meets monthly has a month, and approves again yearly. */
    static final int DEFAULT_DUE_DAYS = 30;
    static final int DEFAULT_EVERY_MONTHS = 12;
    /**
     * A version is shown on a button, carried in links and kept in the records' keys (which separate their
     * parts with # and |): one short line of plain characters.
     */
    private static final int MAX_VERSION_CHARS = 40;
    private static final java.util.regex.Pattern VERSION = java.util.regex.Pattern.compile(
            "[\\p{L}\\p{N} ._()/:,+-]{1," + MAX_VERSION_CHARS + "}");
    private static final String EXAMPLE = "[{id: security-policy, title: Information security policy, version: '3.2', "
            + "url: https://intranet.example/policy, approvers: management-board, quorum: all}]";

    private final YamlNodes yaml;

    ApprovalsYaml(YamlNodes yaml) {
        this.yaml = yaml;
    }

    /** @param roleReferences told of each approvers role, to be checked once every role is known */
    List<Approval> read(Node node, RoleRulesYaml.ReferenceSink roleReferences) {
        List<Approval> approvals = new ArrayList<>();
        Map<String, Node> seen = new LinkedHashMap<>();
        List<Node> items = yaml.sequence(node, "approvals", EXAMPLE);
        for (int i = 0; i < items.size(); i++) {
            String path = YamlNodes.index("approvals", i);
            Node item = items.get(i);
            Map<String, Node> map = yaml.mapping(item, path, KEYS);
            Optional<String> id = yaml.id(map, item, path, seen, "approval");
            String title = yaml.documentTitle(map, item, path);
            Optional<String> version = version(map, item, path);
            Optional<String> url = yaml.webAddress(map, item, path);
            Optional<String> approvers = yaml.requiredText(map, item, path, "approvers", "name the role whose "
                    + "active primary holders approve it, for example approvers: management-board.");
            approvers.ifPresent(roleId -> roleReferences.refer(roleId, map.get("approvers"), path + ".approvers"));
            Optional<Integer> quorum = quorum(map.get("quorum"), path + ".quorum");
            int everyMonths = yaml.integer(map.get("everyMonths"), path + ".everyMonths", 1, 120)
                    .orElse(DEFAULT_EVERY_MONTHS);
            int dueDays = yaml.integer(map.get("dueDays"), path + ".dueDays", 1, 365).orElse(DEFAULT_DUE_DAYS);
            if (id.isPresent() && version.isPresent() && url.isPresent() && approvers.isPresent()
                    && quorum.isPresent()) {
                approvals.add(new Approval(id.get(), title, version.get(), url.get(), approvers.get(), quorum.get(),
                        everyMonths, dueDays));
            }
        }
        return approvals;
    }

    private Optional<String> version(Map<String, Node> map, Node item, String path) {
        Optional<String> version = yaml.requiredText(map, item, path, "version", "give the version to approve, "
                + "for example version: '3.2'; a new version asks the approvers again.");
        if (version.isPresent() && !VERSION.matcher(version.get()).matches()) {
            yaml.problem(map.get("version"), path + ".version", "'" + version.get().lines().findFirst().orElse("")
                            + "' is not a version RoleCall can show and record.",
                    "write it as the document shows it, in at most " + MAX_VERSION_CHARS + " letters, digits, "
                            + "spaces and . - _ ( ) / : , + characters, for example version: '3.2'.");
            return Optional.empty();
        }
        return version;
    }

    /** "all" (the default) or how many approvers must approve. */
    private Optional<Integer> quorum(Node node, String path) {
        Optional<String> text = yaml.text(node, path);
        if (text.isEmpty() || text.get().equals("all")) {
            return Optional.of(Approval.ALL);
        }
        if (!text.get().matches("[0-9]{1,3}")) {
            yaml.problem(node, path, "'" + text.get() + "' is not a quorum.",
                    "write all (every active primary of the approvers role) or how many of them must approve, "
                            + "for example quorum: 2.");
            return Optional.empty();
        }
        return yaml.integer(node, path, 1, 100);
    }
}
