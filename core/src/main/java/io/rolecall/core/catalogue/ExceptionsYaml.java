package io.rolecall.core.catalogue;

import io.rolecall.core.model.FindingKind;
import io.rolecall.core.model.Severity;
import io.rolecall.core.model.Email;
import io.rolecall.core.model.VisibleText;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * The parts of roles.yaml about acting on findings: accepted risks ({@code exceptions:}) and when
 * nonconformities are raised ({@code policy.nonconformities}), checked as strictly as the rest.
 */
final class ExceptionsYaml {

    static final List<String> EXCEPTION_KEYS = List.of("id", "kind", "role", "person", "relatedRole", "reason",
            "compensatingControl", "approvedBy", "approvedOn", "expires", "allowCritical");
    static final List<String> NONCONFORMITY_KEYS = List.of("raiseWhenOverdue", "severities", "effectivenessDays");
    private static final String EXAMPLE = "[{id: ceo-backs-up-isms-manager, kind: SEGREGATION_CONFLICT, "
            + "reason: ..., approvedBy: ceo@acme.example, approvedOn: 2026-01-15, expires: 2026-12-31}]";

    /** Where a role id was written, so that the parser checks it once every role is known. */
    interface RoleReferences {
        void add(String roleId, Node node, String path);
    }

    private final YamlNodes yaml;

    ExceptionsYaml(YamlNodes yaml) {
        this.yaml = yaml;
    }

    NonconformityPolicy nonconformities(Node node, String path) {
        NonconformityPolicy defaults = NonconformityPolicy.DEFAULT;
        if (node == null) {
            return defaults;
        }
        Map<String, Node> map = yaml.mapping(node, path, NONCONFORMITY_KEYS);
        boolean raise = yaml.bool(map.get("raiseWhenOverdue"), path + ".raiseWhenOverdue")
                .orElse(defaults.raiseWhenOverdue());
        Set<Severity> severities = defaults.severities();
        if (map.containsKey("severities")) {
            severities = EnumSet.noneOf(Severity.class);
            List<Node> items = yaml.sequence(map.get("severities"), path + ".severities", "[CRITICAL, HIGH]");
            for (int i = 0; i < items.size(); i++) {
                String itemPath = YamlNodes.index(path + ".severities", i);
                Node item = items.get(i);
                Optional<String> text = yaml.text(item, itemPath);
                if (text.isEmpty()) {
                    continue;
                }
                Optional<Severity> severity = Arrays.stream(Severity.values())
                        .filter(s -> s.name().equals(text.get())).findFirst();
                if (severity.isPresent()) {
                    severities.add(severity.get());
                } else {
                    yaml.problem(item, itemPath, "'" + VisibleText.of(text.get()) + "' is not a severity.",
                            "use CRITICAL, HIGH, MEDIUM or LOW.");
                }
            }
        }
        int days = yaml.integer(map.get("effectivenessDays"), path + ".effectivenessDays", 1, 3650)
                .orElse(defaults.effectivenessDays());
        return new NonconformityPolicy(raise, severities, days);
    }

    /**
     * The exceptions, each checked: a known kind, roles that exist (through {@code references}), an
     * approver who is a primary of the leadership role, and an expiry after the approval and at most
     * {@code policy.maxExceptionMonths} later.
     */
    List<AcceptedRisk> exceptions(Node node, List<Role> roles, Reporting reporting, Policy policy,
                                  RoleReferences references) {
        List<AcceptedRisk> risks = new ArrayList<>();
        List<Node> items = yaml.sequence(node, "exceptions", EXAMPLE);
        Map<String, Node> seen = new LinkedHashMap<>();
        List<Email> approvers = approvers(roles, reporting.leadershipRole());
        for (int i = 0; i < items.size(); i++) {
            String path = YamlNodes.index("exceptions", i);
            Node item = items.get(i);
            Map<String, Node> map = yaml.mapping(item, path, EXCEPTION_KEYS);
            Optional<FindingKind> kind = kind(map, item, path);
            String role = roleId(map, "role", path, references);
            String relatedRole = roleId(map, "relatedRole", path, references);
            Email person = email(map.get("person"), path + ".person").orElse(null);
            Optional<String> id = map.containsKey("id") ? yaml.id(map, item, path, seen, "exception")
                    : kind.map(k -> derivedId(k, role, relatedRole, person, seen, item));
            Optional<String> reason = yaml.requiredText(map, item, path, "reason",
                    "say why the risk is accepted, for example reason: Six people; the CEO is the only possible backup.");
            String control = yaml.text(map.get("compensatingControl"), path + ".compensatingControl").orElse(null);
            Optional<Email> approvedBy = requiredEmail(map, item, path, "approvedBy");
            approvedBy.filter(approver -> !approvers.contains(approver)).ifPresent(approver ->
                    yaml.problem(map.get("approvedBy"), path + ".approvedBy", approver.value() + " is not a primary "
                                    + "holder of the leadership role '" + reporting.leadershipRole() + "'.",
                            approvers.isEmpty() ? "list the approver by email under primary of "
                                    + reporting.leadershipRole() + ": only top management accepts a risk."
                                    : "have it approved by " + String.join(" or ", approvers.stream().map(Email::value)
                                    .toList()) + ": only top management accepts a risk."));
            Optional<LocalDate> approvedOn = requiredDate(map, item, path, "approvedOn");
            Optional<LocalDate> expires = requiredDate(map, item, path, "expires");
            boolean allowCritical = yaml.bool(map.get("allowCritical"), path + ".allowCritical").orElse(false);
            if (approvedOn.isPresent() && expires.isPresent()) {
                LocalDate latest = approvedOn.get().plusMonths(policy.maxExceptionMonths());
                if (!expires.get().isAfter(approvedOn.get())) {
                    yaml.problem(map.get("expires"), path + ".expires", "the exception expires on " + expires.get()
                                    + ", not after it was approved on " + approvedOn.get() + ".",
                            "set expires to a date after approvedOn.");
                    continue;
                }
                if (expires.get().isAfter(latest)) {
                    yaml.problem(map.get("expires"), path + ".expires", "the exception runs past " + latest + ", "
                                    + policy.maxExceptionMonths() + " months after its approval "
                                    + "(policy.maxExceptionMonths).",
                            "set expires to " + latest + " or earlier, and review the risk again then.");
                    continue;
                }
            }
            if (id.isPresent() && kind.isPresent() && reason.isPresent() && approvedBy.isPresent()
                    && approvedOn.isPresent() && expires.isPresent()) {
                risks.add(new AcceptedRisk(id.get(), kind.get(), role, person, relatedRole, reason.get(), control,
                        approvedBy.get(), approvedOn.get(), expires.get(), allowCritical));
            }
        }
        return risks;
    }

    /**
     * An id for an exception written without one, made from what it matches rather than its position,
     * so that reordering the list does not change the id stored on accepted findings.
     */
    private static String derivedId(FindingKind kind, String role, String relatedRole, Email person,
                                    Map<String, Node> seen, Node item) {
        StringBuilder base = new StringBuilder(kind.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        for (String part : new String[] {role, relatedRole, person == null ? null : person.value()}) {
            if (part != null) {
                base.append('-').append(part.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-"));
            }
        }
        String id = base.toString().replaceAll("-+$", "");
        for (int n = 2; seen.containsKey(id); n++) {
            id = base + "-" + n;
        }
        seen.put(id, item);
        return id;
    }

    /** The people listed by email as primary of the leadership role. */
    private static List<Email> approvers(List<Role> roles, String leadershipRole) {
        List<Email> approvers = new ArrayList<>();
        roles.stream().filter(role -> role.id().equals(leadershipRole)).findFirst().ifPresent(role ->
                role.primary().forEach(holder -> {
                    if (holder instanceof HolderRef.PersonRef person) {
                        approvers.add(person.email());
                    }
                }));
        return approvers;
    }

    private Optional<FindingKind> kind(Map<String, Node> map, Node parent, String path) {
        Optional<String> text = yaml.requiredText(map, parent, path, "kind",
                "name the finding kind the risk is about, for example kind: SEGREGATION_CONFLICT.");
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Optional<FindingKind> kind = Arrays.stream(FindingKind.values()).filter(k -> k.name().equals(text.get()))
                .findFirst();
        if (kind.isEmpty()) {
            yaml.problem(map.get("kind"), path + ".kind", "'" + VisibleText.of(text.get()) + "' is not a finding kind.",
                    "use one of: " + String.join(", ", Arrays.stream(FindingKind.values()).map(Enum::name).toList())
                            + ".");
        }
        return kind;
    }

    private String roleId(Map<String, Node> map, String key, String path, RoleReferences references) {
        String keyPath = path + "." + key;
        Optional<String> id = yaml.text(map.get(key), keyPath);
        id.ifPresent(roleId -> references.add(roleId, map.get(key), keyPath));
        return id.orElse(null);
    }

    private Optional<Email> requiredEmail(Map<String, Node> map, Node parent, String path, String key) {
        if (!map.containsKey(key)) {
            yaml.requiredText(map, parent, path, key, "name the person who approved it, by email.");
            return Optional.empty();
        }
        return email(map.get(key), path + "." + key);
    }

    private Optional<Email> email(Node node, String path) {
        return yaml.text(node, path).flatMap(value -> {
            Optional<String> problem = Email.problemIn(value);
            if (problem.isPresent()) {
                yaml.problem(node, path, "'" + VisibleText.of(value) + "' is not an email address (" + problem.get()
                        + ").", "write it as name@domain.");
                return Optional.empty();
            }
            return Optional.of(Email.of(value));
        });
    }

    private Optional<LocalDate> requiredDate(Map<String, Node> map, Node parent, String path, String key) {
        if (!map.containsKey(key)) {
            yaml.requiredText(map, parent, path, key, "write the date as YYYY-MM-DD, for example " + key
                    + ": 2026-03-01.");
            return Optional.empty();
        }
        return yaml.date(map.get(key), path + "." + key);
    }
}
