package io.rolecall.core.catalogue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.nodes.Node;

/** roles.yaml's {@code delivery:}: Slack and Microsoft Teams beside email. */
final class DeliveryYaml {

    static final List<String> KEYS = List.of("slack", "teams");
    static final List<String> TEAMS_KEYS = List.of("digests");
    static final List<String> SLACK_KEYS = List.of("channel", "holderNotices");
    /** A channel's name as Slack allows it (with or without its '#'), or its id. */
    private static final Pattern CHANNEL = Pattern.compile("#?[a-z0-9][a-z0-9._-]{0,79}|[CG][A-Z0-9]{8,}");

    private final YamlNodes yaml;

    DeliveryYaml(YamlNodes yaml) {
        this.yaml = yaml;
    }

    Delivery read(Node node) {
        if (node == null) {
            return Delivery.EMAIL_ONLY;
        }
        Map<String, Node> map = yaml.mapping(node, "delivery", KEYS);
        return new Delivery(map.containsKey("slack") ? slack(map.get("slack")) : null,
                map.containsKey("teams") ? teams(map.get("teams")) : null);
    }

    private Delivery.Teams teams(Node node) {
        String path = "delivery.teams";
        Map<String, Node> map = yaml.mapping(node, path, TEAMS_KEYS);
        boolean digests = map.containsKey("digests") && yaml.bool(map.get("digests"), path + ".digests").orElse(false);
        if (!digests) {
            yaml.problem(node, path, "Teams is set up to receive nothing.",
                    "send it the weekly's digest (digests: true), or remove teams.");
        }
        return new Delivery.Teams(digests);
    }

    private Delivery.Slack slack(Node node) {
        String path = "delivery.slack";
        Map<String, Node> map = yaml.mapping(node, path, SLACK_KEYS);
        Optional<String> channel = map.containsKey("channel") ? yaml.text(map.get("channel"), path + ".channel")
                : Optional.empty();
        channel.filter(name -> !CHANNEL.matcher(name).matches()).ifPresent(name -> yaml.problem(map.get("channel"),
                path + ".channel", "'" + name + "' is not a Slack channel's name or id.",
                "write the channel's name as Slack shows it (isms-weekly, lower case, no spaces) or its id "
                        + "(C0123ABCDEF, from the channel's details)."));
        boolean holderNotices = map.containsKey("holderNotices")
                && yaml.bool(map.get("holderNotices"), path + ".holderNotices").orElse(false);
        if (channel.isEmpty() && !holderNotices) {
            yaml.problem(node, path, "Slack is set up to receive nothing.", "give a channel for the weekly digest "
                    + "(channel: isms-weekly), send holders their notices too (holderNotices: true), or both.");
        }
        return new Delivery.Slack(channel.map(name -> name.startsWith("#") ? name.substring(1) : name).orElse(null),
                holderNotices);
    }
}
