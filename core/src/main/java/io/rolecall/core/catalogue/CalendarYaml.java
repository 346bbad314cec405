package io.rolecall.core.catalogue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * The ISMS calendar of roles.yaml: recurring {@code activities:} and a role's {@code training:},
 * checked as strictly as the rest.
 */
final class CalendarYaml {

    static final List<String> ACTIVITY_KEYS = List.of("id", "name", "ownerRole", "everyMonths", "leadDays",
            "reference", "lastDone");
    static final List<String> TRAINING_KEYS = List.of("name", "everyMonths");
    private static final String EXAMPLE = "[{id: internal-audit, name: Internal audit, ownerRole: internal-auditor, "
            + "everyMonths: 12, reference: internal audit programme}]";

    private final YamlNodes yaml;

    CalendarYaml(YamlNodes yaml) {
        this.yaml = yaml;
    }

    List<Activity> activities(Node node, ExceptionsYaml.RoleReferences references) {
        List<Activity> activities = new ArrayList<>();
        List<Node> items = yaml.sequence(node, "activities", EXAMPLE);
        Map<String, Node> seen = new LinkedHashMap<>();
        for (int i = 0; i < items.size(); i++) {
            String path = YamlNodes.index("activities", i);
            Node item = items.get(i);
            Map<String, Node> map = yaml.mapping(item, path, ACTIVITY_KEYS);
            Optional<String> id = yaml.id(map, item, path, seen, "activity");
            Optional<String> name = yaml.requiredText(map, item, path, "name",
                    "name the activity, for example name: Internal audit.");
            Optional<String> owner = yaml.requiredText(map, item, path, "ownerRole",
                    "name the role that owns it, for example ownerRole: internal-auditor.");
            owner.ifPresent(role -> references.add(role, map.get("ownerRole"), path + ".ownerRole"));
            Optional<Integer> every = map.containsKey("everyMonths")
                    ? yaml.integer(map.get("everyMonths"), path + ".everyMonths", 1, 120)
                    : missing(map, item, path, "everyMonths", "say how often it recurs, for example everyMonths: 12.");
            int lead = yaml.integer(map.get("leadDays"), path + ".leadDays", 0, 365).orElse(Activity.DEFAULT_LEAD_DAYS);
            String reference = yaml.text(map.get("reference"), path + ".reference").orElse(null);
            LocalDate lastDone = yaml.date(map.get("lastDone"), path + ".lastDone").orElse(null);
            if (id.isPresent() && name.isPresent() && owner.isPresent() && every.isPresent()) {
                activities.add(new Activity(id.get(), name.get(), owner.get(), every.get(), lead, reference,
                        lastDone));
            }
        }
        return activities;
    }

    /** A role's {@code training:}, or null when it has none. */
    RoleTraining training(Node node, String path) {
        if (node == null) {
            return null;
        }
        Map<String, Node> map = yaml.mapping(node, path, TRAINING_KEYS);
        Optional<String> name = yaml.requiredText(map, node, path, "name",
                "name the training, for example name: Incident response training.");
        Optional<Integer> every = map.containsKey("everyMonths")
                ? yaml.integer(map.get("everyMonths"), path + ".everyMonths", 1, 120)
                : missing(map, node, path, "everyMonths", "say how often it is due, for example everyMonths: 12.");
        return name.isPresent() && every.isPresent() ? new RoleTraining(name.get(), every.get()) : null;
    }

    private Optional<Integer> missing(Map<String, Node> map, Node parent, String path, String key, String fix) {
        yaml.requiredText(map, parent, path, key, fix);
        return Optional.empty();
    }
}
