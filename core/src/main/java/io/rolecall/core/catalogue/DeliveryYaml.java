package io.rolecall.core.catalogue;

import io.rolecall.core.model.Severity;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.nodes.Node;

/** roles.yaml's {@code delivery:}: Slack, Microsoft Teams and Jira beside email. */
final class DeliveryYaml {

    static final List<String> KEYS = List.of("slack", "teams", "jira", "reportsUrl");
    static final List<String> JIRA_KEYS = List.of("project", "issueType", "severities");
    /** A Jira project key: a capital letter, then capitals, digits or underscores. */
    private static final Pattern PROJECT = Pattern.compile("[A-Z][A-Z0-9_]{1,9}");
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
                map.containsKey("teams") ? teams(map.get("teams")) : null,
                map.containsKey("jira") ? jira(map.get("jira")) : null, reportsUrl(map.get("reportsUrl")));
    }

    /** Where the reports are published for people to read, linked from the digests: an https address. */
    private String reportsUrl(Node node) {
        String path = "delivery.reportsUrl";
        String url = yaml.text(node, path).orElse(null);
        if (url != null && !url.startsWith("https://")) {
            yaml.problem(node, path, "'" + url + "' is not an https address.", "write where the compliance manager "
                    + "publishes the weekly report, for example reportsUrl: https://wiki.acme.example/isms/reports.");
            return null;
        }
        return url;
    }

    private Delivery.Jira jira(Node node) {
        String path = "delivery.jira";
        Map<String, Node> map = yaml.mapping(node, path, JIRA_KEYS);
        String project = yaml.requiredText(map, node, path, "project", "give the key of the Jira project the "
                + "issues go to, for example project: SEC.").orElse("");
        if (!project.isEmpty() && !PROJECT.matcher(project).matches()) {
            yaml.problem(map.get("project"), path + ".project", "'" + project + "' is not a Jira project key.",
                    "write the project's key as Jira shows it, in capitals: SEC, not its name.");
        }
        String issueType = map.containsKey("issueType") ? yaml.text(map.get("issueType"), path + ".issueType")
                .orElse("Task") : "Task";
        Set<Severity> severities = EnumSet.noneOf(Severity.class);
        if (map.containsKey("severities")) {
            List<Node> items = yaml.sequence(map.get("severities"), path + ".severities", "[CRITICAL, HIGH]");
            yaml.textsAmong(items, path + ".severities", Arrays.stream(Severity.values()).map(Enum::name).toList(),
                    "severity").forEach(name -> severities.add(Severity.valueOf(name)));
            if (items.isEmpty()) {
                yaml.problem(map.get("severities"), path + ".severities", "Jira is set up to receive nothing.",
                        "list the severities whose gaps get an issue, for example [CRITICAL, HIGH].");
            }
        } else {
            severities.addAll(List.of(Severity.CRITICAL, Severity.HIGH));
        }
        return new Delivery.Jira(project, issueType, severities);
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
