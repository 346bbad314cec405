package io.rolecall.core.catalogue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.nodes.Node;

/** roles.yaml's {@code documents:}: what people must read and acknowledge, and who. */
final class DocumentsYaml {

    static final List<String> KEYS = List.of("id", "title", "version", "url", "audience", "everyMonths",
            "dueDays");
    private static final String EXAMPLE = "[{id: security-policy, title: Information security policy, version: '3.2', "
            + "url: https://intranet.example/policy, audience: everyone}]";

    private final YamlNodes yaml;

    DocumentsYaml(YamlNodes yaml) {
        this.yaml = yaml;
    }

    /**
     * @param roleReferences told of each role a {@code role:} audience names, to be checked once every role
     *                       is known
     */
    List<Document> read(Node node, AcknowledgementPolicy defaults, RoleRulesYaml.ReferenceSink roleReferences) {
        List<Document> documents = new ArrayList<>();
        Map<String, Node> seen = new LinkedHashMap<>();
        List<Node> items = yaml.sequence(node, "documents", EXAMPLE);
        for (int i = 0; i < items.size(); i++) {
            String path = YamlNodes.index("documents", i);
            Node item = items.get(i);
            Map<String, Node> map = yaml.mapping(item, path, KEYS);
            Optional<String> id = yaml.id(map, item, path, seen, "document");
            String title = yaml.documentTitle(map, item, path);
            String version = yaml.requiredText(map, item, path, "version", "give its version, for example "
                    + "version: '3.2'; a new version asks everyone to acknowledge it again.").orElse("");
            Optional<String> url = yaml.webAddress(map, item, path);
            Document.Audience audience = audience(map, item, path, roleReferences);
            int everyMonths = yaml.integer(map.get("everyMonths"), path + ".everyMonths", 1, 120)
                    .orElse(defaults.everyMonths());
            int dueDays = yaml.integer(map.get("dueDays"), path + ".dueDays", 1, 365).orElse(defaults.dueDays());
            if (id.isPresent() && url.isPresent() && audience != null) {
                documents.add(new Document(id.get(), title, version, url.get(), audience, everyMonths, dueDays));
            }
        }
        return documents;
    }

    private Document.Audience audience(Map<String, Node> map, Node item, String path,
                                       RoleRulesYaml.ReferenceSink roleReferences) {
        String audiencePath = path + ".audience";
        Optional<String> text = yaml.requiredText(map, item, path, "audience",
                "say who must acknowledge it: everyone, group:NAME or role:ROLE_ID.");
        if (text.isEmpty()) {
            return null;
        }
        String value = text.get().trim();
        if (value.equals("everyone")) {
            return new Document.Everyone();
        }
        if (value.startsWith("group:") && value.length() > "group:".length()) {
            return new Document.GroupAudience(value.substring("group:".length()).trim());
        }
        if (value.startsWith("role:") && value.length() > "role:".length()) {
            String roleId = value.substring("role:".length()).trim();
            roleReferences.refer(roleId, map.get("audience"), audiencePath);
            return new Document.RoleAudience(roleId);
        }
        yaml.problem(map.get("audience"), audiencePath, "'" + value + "' is not an audience.",
                "write everyone (every active person), group:NAME (a directory group) or role:ROLE_ID (its holders).");
        return null;
    }
}
