package io.rolecall.core.catalogue;

import io.rolecall.core.framework.RoleRules;
import io.rolecall.core.model.FindingKind;
import io.rolecall.core.model.Severity;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.PatternSyntaxException;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * The role-rule keys, which a role in roles.yaml and a function of a framework pack share:
 * {@code holders}, {@code eligibility}, {@code independentOf}, {@code checkReportingLine},
 * {@code assignmentReviewMonths}, {@code reviewOnHolderChange}, {@code notifyAuthority} and
 * {@code severities}. Where they are written decides what {@code independentOf} names: roles in
 * roles.yaml, functions of the same pack in a pack; a {@code role:} condition exists only in roles.yaml.
 */
final class RoleRulesYaml {

    static final List<String> KEYS = List.of("holders", "eligibility", "independentOf", "checkReportingLine",
            "assignmentReviewMonths", "reviewOnHolderChange", "notifyAuthority", "severities");
    static final List<String> HOLDERS_KEYS = List.of("min", "max", "naturalPersons");
    static final List<String> ELIGIBILITY_KEYS = List.of("mustMatch", "mustNotMatch");
    static final List<String> AUTHORITY_KEYS = List.of("authority", "withinDays");
    /** A condition names one attribute; in a pack there are no roles to name. */
    static final List<String> ROLE_MATCH_KEYS = List.of("title", "department", "group", "role");
    static final List<String> PACK_MATCH_KEYS = List.of("title", "department", "group");

    /** Where the keys are written, which decides what a name in them refers to. */
    enum Place { ROLE, PACK_FUNCTION }

    private final YamlNodes yaml;

    RoleRulesYaml(YamlNodes yaml) {
        this.yaml = yaml;
    }

    /**
     * @param map           the role's or function's keys
     * @param path          its path, for problems
     * @param referenceSink told of each role id a role's keys name, to be checked once every role is known
     */
    RoleRules read(Map<String, Node> map, String path, Place place, ReferenceSink referenceSink) {
        RoleRules.HolderCount holders = holders(map.get("holders"), path + ".holders");
        RoleRules.Eligibility eligibility = eligibility(map.get("eligibility"), path + ".eligibility", place,
                referenceSink);
        List<String> independentOf = null;
        if (map.containsKey("independentOf")) {
            independentOf = new ArrayList<>();
            List<Node> items = yaml.sequence(map.get("independentOf"), path + ".independentOf", "[internal-auditor]");
            for (int i = 0; i < items.size(); i++) {
                String itemPath = YamlNodes.index(path + ".independentOf", i);
                Node item = items.get(i);
                Optional<String> id = yaml.text(item, itemPath);
                if (id.isPresent()) {
                    independentOf.add(id.get());
                    referenceSink.refer(id.get(), item, itemPath);
                }
            }
        }
        Boolean checkReportingLine = yaml.bool(map.get("checkReportingLine"), path + ".checkReportingLine")
                .orElse(null);
        Integer reviewMonths = yaml.integer(map.get("assignmentReviewMonths"), path + ".assignmentReviewMonths", 1,
                120).orElse(null);
        Boolean reviewOnChange = yaml.bool(map.get("reviewOnHolderChange"), path + ".reviewOnHolderChange")
                .orElse(null);
        RoleRules.AuthorityNotice authority = null;
        if (map.containsKey("notifyAuthority")) {
            String authorityPath = path + ".notifyAuthority";
            Map<String, Node> keys = yaml.mapping(map.get("notifyAuthority"), authorityPath, AUTHORITY_KEYS);
            Optional<String> name = yaml.requiredText(keys, map.get("notifyAuthority"), authorityPath, "authority",
                    "name the authority to tell, for example authority: the national CSIRT.");
            int within = yaml.integer(keys.get("withinDays"), authorityPath + ".withinDays", 1, 365).orElse(14);
            authority = name.map(text -> new RoleRules.AuthorityNotice(text, within)).orElse(null);
        }
        return new RoleRules(holders, eligibility, independentOf, checkReportingLine, reviewMonths, reviewOnChange,
                authority, severities(map.get("severities"), path + ".severities"));
    }

    private RoleRules.HolderCount holders(Node node, String path) {
        if (node == null) {
            return null;
        }
        Map<String, Node> keys = yaml.mapping(node, path, HOLDERS_KEYS);
        Integer min = yaml.integer(keys.get("min"), path + ".min", 0, 1000).orElse(null);
        Integer max = yaml.integer(keys.get("max"), path + ".max", 1, 1000).orElse(null);
        if (min != null && max != null && min > max) {
            yaml.problem(node, path, "min " + min + " is above max " + max + ".", "make min at most max.");
        }
        boolean natural = yaml.bool(keys.get("naturalPersons"), path + ".naturalPersons").orElse(false);
        return new RoleRules.HolderCount(min, max, natural);
    }

    private RoleRules.Eligibility eligibility(Node node, String path, Place place, ReferenceSink referenceSink) {
        if (node == null) {
            return null;
        }
        Map<String, Node> keys = yaml.mapping(node, path, ELIGIBILITY_KEYS);
        return new RoleRules.Eligibility(matches(keys.get("mustMatch"), path + ".mustMatch", place, referenceSink),
                matches(keys.get("mustNotMatch"), path + ".mustNotMatch", place, referenceSink));
    }

    private List<RoleRules.Match> matches(Node node, String path, Place place, ReferenceSink referenceSink) {
        List<RoleRules.Match> matches = new ArrayList<>();
        List<String> allowed = place == Place.ROLE ? ROLE_MATCH_KEYS : PACK_MATCH_KEYS;
        List<Node> items = yaml.sequence(node, path, "[{title: 'Data Protection Officer'}]");
        for (int i = 0; i < items.size(); i++) {
            String itemPath = YamlNodes.index(path, i);
            Map<String, Node> condition = yaml.mapping(items.get(i), itemPath, allowed);
            if (condition.size() != 1) {
                if (!condition.isEmpty()) {
                    yaml.problem(items.get(i), itemPath, "a condition names one attribute, found "
                            + condition.keySet() + ".", "write each as its own item, for example - {title: CISO}.");
                }
                continue;
            }
            Map.Entry<String, Node> entry = condition.entrySet().iterator().next();
            String attributePath = itemPath + "." + entry.getKey();
            Optional<String> value = yaml.text(entry.getValue(), attributePath);
            if (value.isEmpty()) {
                continue;
            }
            RoleRules.Match match = new RoleRules.Match(RoleRules.Match.Attribute.valueOf(
                    entry.getKey().toUpperCase(java.util.Locale.ROOT)), value.get());
            if (match.attribute() == RoleRules.Match.Attribute.TITLE
                    || match.attribute() == RoleRules.Match.Attribute.DEPARTMENT) {
                try {
                    match.pattern();
                } catch (PatternSyntaxException e) {
                    yaml.problem(entry.getValue(), attributePath, "'" + value.get() + "' is not a regular expression ("
                            + e.getDescription() + ").", "write a Java regular expression, for example 'Chief .* "
                            + "Officer'; it must match the whole " + entry.getKey() + ", any case.");
                    continue;
                }
            }
            if (match.attribute() == RoleRules.Match.Attribute.ROLE) {
                referenceSink.refer(value.get(), entry.getValue(), attributePath);
            }
            matches.add(match);
        }
        return matches;
    }

    private Map<FindingKind, Severity> severities(Node node, String path) {
        Map<FindingKind, Severity> severities = new EnumMap<>(FindingKind.class);
        if (node == null) {
            return severities;
        }
        List<String> kinds = Arrays.stream(FindingKind.values()).map(Enum::name).toList();
        yaml.mapping(node, path, kinds).forEach((kind, value) -> yaml.text(value, path + "." + kind)
                .ifPresent(text -> {
                    try {
                        severities.put(FindingKind.valueOf(kind), Severity.valueOf(text));
                    } catch (IllegalArgumentException e) {
                        yaml.problem(value, path + "." + kind, "'" + text + "' is not a severity.",
                                "write CRITICAL, HIGH, MEDIUM or LOW.");
                    }
                }));
        return severities;
    }

    /** Told of each name the keys refer to (a role, or a function of the same pack), with where it is written. */
    @FunctionalInterface
    interface ReferenceSink {
        void refer(String id, Node node, String path);
    }
}
