package io.rolecall.core.catalogue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * The parts of roles.yaml about what holders are told and must accept: authorities, reporting
 * lines, acknowledgement policies and comprehension questions, checked as strictly as the rest.
 */
final class DutiesYaml {

    static final List<String> ACKNOWLEDGEMENT_KEYS = List.of("required", "dueDays", "everyMonths", "remindEveryDays");
    static final List<String> QUESTION_KEYS = List.of("question", "options", "answer");
    private static final String QUESTION_EXAMPLE = "[{question: Who declares an incident?, "
            + "options: [Anyone, The incident response lead], answer: The incident response lead}]";

    private final YamlNodes yaml;

    DutiesYaml(YamlNodes yaml) {
        this.yaml = yaml;
    }

    /** {@code node} over {@code base}: every key it sets wins, the others keep their value. */
    AcknowledgementPolicy acknowledgement(Node node, String path, AcknowledgementPolicy base) {
        if (node == null) {
            return base;
        }
        Map<String, Node> map = yaml.mapping(node, path, ACKNOWLEDGEMENT_KEYS);
        return new AcknowledgementPolicy(
                yaml.bool(map.get("required"), path + ".required").orElse(base.required()),
                yaml.integer(map.get("dueDays"), path + ".dueDays", 1, 365).orElse(base.dueDays()),
                yaml.integer(map.get("everyMonths"), path + ".everyMonths", 1, 120).orElse(base.everyMonths()),
                yaml.integer(map.get("remindEveryDays"), path + ".remindEveryDays", 1, 365)
                        .orElse(base.remindEveryDays()));
    }

    List<Question> questions(Node node, String path) {
        List<Question> questions = new ArrayList<>();
        List<Node> items = yaml.sequence(node, path, QUESTION_EXAMPLE);
        if (items.size() > Question.MAX_PER_ROLE) {
            yaml.problem(node, path, "a role has at most " + Question.MAX_PER_ROLE + " questions, found "
                    + items.size() + ".", "keep the questions that matter most; a check is not an exam.");
        }
        for (int i = 0; i < Math.min(items.size(), Question.MAX_PER_ROLE); i++) {
            question(items.get(i), YamlNodes.index(path, i)).ifPresent(questions::add);
        }
        return questions;
    }

    private Optional<Question> question(Node node, String path) {
        Map<String, Node> map = yaml.mapping(node, path, QUESTION_KEYS);
        Optional<String> question = yaml.requiredText(map, node, path, "question",
                "write the question, for example question: Who may declare an incident?");
        List<String> options = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<Node> optionNodes = yaml.sequence(map.get("options"), path + ".options", "[Anyone, The incident lead]");
        for (int i = 0; i < optionNodes.size(); i++) {
            String optionPath = YamlNodes.index(path + ".options", i);
            Node optionNode = optionNodes.get(i);
            yaml.text(optionNode, optionPath).ifPresent(option -> {
                if (seen.add(option)) {
                    options.add(option);
                } else {
                    yaml.problem(optionNode, optionPath, "'" + option + "' is listed twice.", "delete one of them.");
                }
            });
        }
        if (options.size() < Question.MIN_OPTIONS || options.size() > Question.MAX_OPTIONS) {
            yaml.problem(map.getOrDefault("options", node), path + ".options", "a question has "
                            + Question.MIN_OPTIONS + " to " + Question.MAX_OPTIONS + " different options, found "
                            + options.size() + ".",
                    "list the right answer and one to four plausible wrong ones under options.");
            return Optional.empty();
        }
        Optional<String> answer = yaml.requiredText(map, node, path, "answer",
                "copy the right option into answer.");
        if (answer.isPresent() && !options.contains(answer.get())) {
            yaml.problem(map.get("answer"), path + ".answer", "the answer '" + answer.get()
                    + "' is not one of the options.", "copy the right option exactly, or add it to options.");
            return Optional.empty();
        }
        if (question.isEmpty() || answer.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Question(question.get(), options, answer.get()));
    }

    /**
     * Every reporting line must end at the leadership role: a role that reports to an unknown role,
     * to itself, in a circle, or up a chain ending at any other role is an error naming the chain.
     *
     * @param reportsToNodes where each role's reportsTo is written, by role id
     */
    void checkReportingLines(List<Role> roles, Map<String, Node> reportsToNodes, String leadershipRole) {
        Map<String, Role> byId = new LinkedHashMap<>();
        roles.forEach(role -> byId.put(role.id(), role));
        Set<String> reportedCircles = new HashSet<>();
        for (Role role : roles) {
            if (role.reportsTo() == null) {
                continue;
            }
            Node node = reportsToNodes.get(role.id());
            String path = "roles[" + roles.indexOf(role) + "].reportsTo";
            if (role.reportsTo().equals(role.id())) {
                yaml.problem(node, path, "the role '" + role.id() + "' reports to itself.",
                        "name the role it reports to, ending at " + leadershipRole + ".");
                continue;
            }
            if (!byId.containsKey(role.reportsTo())) {
                continue;  // reported as an unknown role id with the other references
            }
            List<String> chain = new ArrayList<>(List.of(role.id()));
            Role current = role;
            while (current.reportsTo() != null && byId.containsKey(current.reportsTo())) {
                String next = current.reportsTo();
                if (chain.contains(next)) {
                    chain.add(next);
                    Set<String> circle = new HashSet<>(chain.subList(chain.indexOf(next), chain.size()));
                    if (reportedCircles.add(String.join(",", circle.stream().sorted().toList()))) {
                        yaml.problem(node, path, "the reporting line goes round in a circle: "
                                + String.join(" -> ", chain) + ".", "break the circle: one of these roles reports "
                                + "up to " + leadershipRole + " or to nobody.");
                    }
                    break;
                }
                chain.add(next);
                current = byId.get(next);
            }
            String end = chain.get(chain.size() - 1);
            boolean circle = chain.indexOf(end) != chain.size() - 1;
            // A chain ending at an unknown role id is reported as that unknown id.
            if (!circle && byId.get(end).reportsTo() == null && !end.equals(leadershipRole)) {
                yaml.problem(node, path, "the reporting line " + String.join(" -> ", chain) + " ends at '" + end
                                + "', not at the leadership role '" + leadershipRole + "'.",
                        "let " + end + " report to " + leadershipRole + " (reportsTo: " + leadershipRole
                                + "), directly or through other roles.");
            }
        }
    }
}
