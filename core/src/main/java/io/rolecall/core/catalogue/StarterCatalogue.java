package io.rolecall.core.catalogue;

import io.rolecall.core.framework.Clause;
import io.rolecall.core.framework.FrameworkPack;
import io.rolecall.core.framework.Frameworks;
import io.rolecall.core.framework.PackFunction;
import io.rolecall.core.model.FindingKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The role catalogue a new user starts from, ready to fill in: the ISO/IEC 27001:2022 roles with their
 * duties, a RACI matrix and the ISMS calendar, and, for the frameworks asked for, their functions on
 * those roles (one role per job: functions of several packs with the same slot share it), a role for
 * each function no starter role does, the activities they own, and the security policy to acknowledge
 * where a framework asks for one.
 */
public final class StarterCatalogue {

    private static final String RESOURCE = "starter-roles.yaml";
    private static final String PLACEHOLDER = "__ORGANISATION__";
    private static final Pattern ROLE_LINE = Pattern.compile("(?m)^  - id: ([a-z0-9-]+)\\n    name: [^\\n]*\\n");

    private StarterCatalogue() {
    }

    public static String yaml(String organisation) {
        try (InputStream in = StarterCatalogue.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the RoleCall build");
            }
            String template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return template.replace(PLACEHOLDER, quoted(organisation));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The starter catalogue for these built-in frameworks, which passes validation as written.
     *
     * @throws IllegalArgumentException naming an id that is not a built-in framework
     */
    public static String yaml(String organisation, List<String> frameworkIds) {
        List<FrameworkPack> packs = new ArrayList<>();
        for (String id : new LinkedHashSet<>(frameworkIds)) {
            packs.add(BuiltInPacks.pack(id).orElseThrow(() -> new IllegalArgumentException("'" + id
                    + "' is not a built-in framework; use one of: " + String.join(", ", BuiltInPacks.IDS))));
        }
        String base = yaml(organisation);
        RoleCatalogue starter = RolesYamlParser.parse(base, RESOURCE);
        Plan plan = new Plan(starter);
        packs.forEach(plan::add);
        return plan.write(base, packs);
    }

    /** Where each function goes, and what has to be added for it. */
    private static final class Plan {
        private final RoleCatalogue starter;
        private final Map<String, List<String>> starterFunctions = new LinkedHashMap<>();
        private final Map<String, NewRole> newRoles = new LinkedHashMap<>();
        private final Map<String, String> newActivities = new LinkedHashMap<>();
        private boolean policyToAcknowledge;
        private boolean policyToApprove;

        Plan(RoleCatalogue starter) {
            this.starter = starter;
        }

        void add(FrameworkPack pack) {
            for (PackFunction function : pack.functions()) {
                String target = function.slot() != null ? function.slot() : function.id();
                NewRole existing = newRoles.get(target);
                boolean sameJob = function.slot() != null && (starter.role(target).isPresent()
                        || existing != null && target.equals(existing.slot));
                if (!sameJob && (starter.role(target).isPresent() || existing != null)) {
                    target = pack.id() + "-" + function.id();
                }
                if (starter.role(target).isPresent()) {
                    starterFunctions.computeIfAbsent(target, id -> new ArrayList<>()).add(function.qualifiedId());
                } else {
                    newRoles.computeIfAbsent(target, id -> new NewRole(function.name(), function.description(),
                            function.slot())).functions.add(function.qualifiedId());
                    newRoles.get(target).references.addAll(citing(pack, function));
                }
                PackFunction.StarterActivity activity = function.activity();
                if (activity != null && starter.activity(activity.id()).isEmpty()
                        && !newActivities.containsKey(activity.id())) {
                    newActivities.put(activity.id(), "  - id: " + activity.id() + "\n    name: " + activity.name()
                            + "\n    ownerRole: " + target + "\n    everyMonths: " + activity.everyMonths()
                            + "\n    reference: " + quoted(String.join(", ", citing(pack, function))) + "\n");
                }
            }
            policyToAcknowledge |= checks(pack, FindingKind.DOCUMENT_NOT_ACKNOWLEDGED);
            policyToApprove |= checks(pack, FindingKind.APPROVAL_MISSING);
        }

        private static boolean checks(FrameworkPack pack, FindingKind kind) {
            return pack.clauses().stream().anyMatch(clause -> clause.checks().stream()
                    .anyMatch(check -> check.kinds().contains(kind)));
        }

        /** The clauses whose checks name the function, cited. */
        private static List<String> citing(FrameworkPack pack, PackFunction function) {
            List<String> references = new ArrayList<>();
            for (Clause clause : pack.clauses()) {
                if (Frameworks.functionsOf(pack, clause).contains(function.qualifiedId())) {
                    references.add(pack.reference(clause));
                }
            }
            return references;
        }

        String write(String base, List<FrameworkPack> packs) {
            String text = base.replaceFirst("(?m)^(organisation: .*\\n)", "$1frameworks: ["
                    + String.join(", ", packs.stream().map(FrameworkPack::id).toList()) + "]\n");
            Matcher role = ROLE_LINE.matcher(text);
            StringBuilder withFunctions = new StringBuilder();
            while (role.find()) {
                List<String> functions = starterFunctions.get(role.group(1));
                role.appendReplacement(withFunctions, Matcher.quoteReplacement(role.group()
                        + (functions == null ? "" : "    functions: [" + String.join(", ", functions) + "]\n")));
            }
            role.appendTail(withFunctions);
            text = withFunctions.toString();
            StringBuilder roles = new StringBuilder();
            StringBuilder raci = new StringBuilder();
            newRoles.forEach((id, added) -> {
                roles.append("\n  - id: ").append(id).append("\n    name: ").append(added.name)
                        .append("\n    functions: [").append(String.join(", ", added.functions)).append("]\n");
                if (added.description != null) {
                    roles.append("    description: ").append(quoted(added.description)).append('\n');
                }
                roles.append("    reportsTo: top-management\n    primary: []\n    backup: []\n");
                String raciId = starter.responsibilities().stream().anyMatch(r -> r.id().equals(id)) ? id + "-duties"
                        : id;
                raci.append("  - id: ").append(raciId).append("\n    name: ").append(quoted(added.description == null
                        ? added.name : added.description)).append('\n');
                if (!added.references.isEmpty()) {
                    raci.append("    reference: ").append(quoted(String.join(", ", added.references))).append('\n');
                }
                raci.append("    responsible: [").append(id).append("]\n    accountable: [top-management]\n");
            });
            text = text.replaceFirst("\\n(conflicts:\\n)", Matcher.quoteReplacement(roles + "\n") + "$1");
            text = text.replaceFirst("\\n\\n(# The ISMS calendar)", Matcher.quoteReplacement("\n" + raci + "\n")
                    + "$1");
            StringBuilder tail = new StringBuilder();
            newActivities.values().forEach(tail::append);
            if (policyToAcknowledge) {
                tail.append("""

                        # Documents everyone must read and acknowledge, as the frameworks above ask: each person gets it
                        # in their notice and acknowledges it on a signed page; a new version asks everyone again.
                        # Point url at where your policy is published, and give its current version.
                        documents:
                          - id: security-policy
                            title: Information security policy
                            version: '1.0'
                            url: https://intranet.example/security-policy
                            audience: everyone
                        """);
            }
            if (policyToApprove) {
                tail.append("""

                        # Documents top management approves, as the frameworks above ask: each active primary holder of
                        # the approvers role approves the version on a signed page; a new version, or a year, asks again.
                        approvals:
                          - id: security-policy
                            title: Information security policy
                            version: '1.0'
                            url: https://intranet.example/security-policy
                            approvers: top-management
                            quorum: all
                        """);
            }
            return text.endsWith("\n") ? text + tail : text + "\n" + tail;
        }
    }

    private static final class NewRole {
        private final String name;
        private final String description;
        private final String slot;
        private final List<String> functions = new ArrayList<>();
        private final Set<String> references = new LinkedHashSet<>();

        NewRole(String name, String description, String slot) {
            this.name = name;
            this.description = description;
            this.slot = slot;
        }
    }

    /**
     * Parses the starter catalogue and throws it away, so that the parser's classes are loaded and its
     * code compiled before a process parses its own roles.yaml: the scan function does it before its
     * snapshot.
     */
    public static void exerciseParser() {
        new CatalogueSource("starter roles.yaml", yaml("Warm-up Ltd")).parse();
    }

    /** A YAML double-quoted scalar, so that names with ':' or '#' stay one value. */
    private static String quoted(String text) {
        String oneLine = text.replaceAll("[\\r\\n]+", " ").trim();
        return "\"" + oneLine.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
