package io.rolecall.core.framework;

import io.rolecall.core.model.FindingKind;
import io.rolecall.core.model.Severity;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The settings of the role rules that a role sets in roles.yaml, or that a pack function gives every
 * role declaring it. A null setting is not set: {@link #over} fills it from a default.
 *
 * @param independentOf        roles (on a role) or functions of the same pack (on a pack function) whose
 *                             primaries must not be in a management line with this role's
 * @param severities           a kind's severity for findings about this role, over the kind's default
 */
public record RoleRules(HolderCount holders, Eligibility eligibility, List<String> independentOf,
                        Boolean checkReportingLine, Integer assignmentReviewMonths, Boolean reviewOnHolderChange,
                        AuthorityNotice notifyAuthority, Map<FindingKind, Severity> severities) {

    public static final RoleRules NONE = new RoleRules(null, null, null, null, null, null, null, Map.of());

    public RoleRules {
        independentOf = independentOf == null ? null : List.copyOf(independentOf);
        severities = Map.copyOf(severities);
    }

    /** These settings, each one not set taken from {@code defaults}; severities merge, these first. */
    public RoleRules over(RoleRules defaults) {
        Map<FindingKind, Severity> merged = new LinkedHashMap<>(defaults.severities);
        merged.putAll(severities);
        return new RoleRules(holders != null ? holders : defaults.holders,
                eligibility != null ? eligibility : defaults.eligibility,
                independentOf != null ? independentOf : defaults.independentOf,
                checkReportingLine != null ? checkReportingLine : defaults.checkReportingLine,
                assignmentReviewMonths != null ? assignmentReviewMonths : defaults.assignmentReviewMonths,
                reviewOnHolderChange != null ? reviewOnHolderChange : defaults.reviewOnHolderChange,
                notifyAuthority != null ? notifyAuthority : defaults.notifyAuthority, merged);
    }

    /**
     * Two sets of defaults as one, each setting the stricter (for a role that fulfils functions of several
     * frameworks): the larger minimum and smaller maximum of holders, either's eligibility conditions, both
     * independences, a review at the shorter interval, and the first authority to notify.
     */
    public RoleRules strictest(RoleRules other) {
        Map<FindingKind, Severity> merged = new LinkedHashMap<>(other.severities);
        severities.forEach((kind, severity) -> merged.merge(kind, severity, (a, b) -> a.compareTo(b) <= 0 ? a : b));
        List<String> independent = null;
        if (independentOf != null || other.independentOf != null) {
            java.util.LinkedHashSet<String> both = new java.util.LinkedHashSet<>(independentOfOrNone());
            both.addAll(other.independentOfOrNone());
            independent = List.copyOf(both);
        }
        return new RoleRules(HolderCount.strictest(holders, other.holders),
                Eligibility.both(eligibility, other.eligibility), independent,
                checksReportingLine() || other.checksReportingLine() ? Boolean.TRUE
                        : checkReportingLine != null ? checkReportingLine : other.checkReportingLine,
                shorter(assignmentReviewMonths, other.assignmentReviewMonths),
                reviewsOnHolderChange() || other.reviewsOnHolderChange() ? Boolean.TRUE
                        : reviewOnHolderChange != null ? reviewOnHolderChange : other.reviewOnHolderChange,
                notifyAuthority != null ? notifyAuthority : other.notifyAuthority, merged);
    }

    private static Integer shorter(Integer a, Integer b) {
        if (a == null || b == null) {
            return a == null ? b : a;
        }
        return Math.min(a, b);
    }

    /** These settings, independent of other roles. */
    public RoleRules withIndependentOf(List<String> roles) {
        return new RoleRules(holders, eligibility, roles, checkReportingLine, assignmentReviewMonths,
                reviewOnHolderChange, notifyAuthority, severities);
    }

    public boolean checksReportingLine() {
        return Boolean.TRUE.equals(checkReportingLine);
    }

    public boolean reviewsOnHolderChange() {
        return Boolean.TRUE.equals(reviewOnHolderChange);
    }

    public List<String> independentOfOrNone() {
        return independentOf == null ? List.of() : independentOf;
    }

    /**
     * How many active primaries a role needs, and whether they must be people: a group or a service
     * account cannot be the named official some frameworks ask for.
     *
     * @param min null for no minimum
     * @param max null for no maximum
     */
    public record HolderCount(Integer min, Integer max, boolean naturalPersons) {

        static HolderCount strictest(HolderCount a, HolderCount b) {
            if (a == null || b == null) {
                return a == null ? b : a;
            }
            Integer min = a.min == null ? b.min : b.min == null ? a.min : Integer.valueOf(Math.max(a.min, b.min));
            Integer max = a.max == null ? b.max : b.max == null ? a.max : Integer.valueOf(Math.min(a.max, b.max));
            return new HolderCount(min, max, a.naturalPersons || b.naturalPersons);
        }
    }

    /** What a primary's directory record must, and must not, show. */
    public record Eligibility(List<Match> mustMatch, List<Match> mustNotMatch) {
        public Eligibility {
            mustMatch = List.copyOf(mustMatch);
            mustNotMatch = List.copyOf(mustNotMatch);
        }

        static Eligibility both(Eligibility a, Eligibility b) {
            if (a == null || b == null) {
                return a == null ? b : a;
            }
            List<Match> must = new java.util.ArrayList<>(a.mustMatch);
            must.addAll(b.mustMatch);
            List<Match> mustNot = new java.util.ArrayList<>(a.mustNotMatch);
            mustNot.addAll(b.mustNotMatch);
            return new Eligibility(must, mustNot);
        }
    }

    /**
     * One condition on a person: a directory attribute matched by a regular expression (title,
     * department, whole value, any case), membership of a group, or holding another role as primary.
     */
    public record Match(Attribute attribute, String value) {
        public enum Attribute { TITLE, DEPARTMENT, GROUP, ROLE }

        /** For TITLE and DEPARTMENT: the value as a pattern over the whole attribute, ignoring case. */
        public Pattern pattern() {
            return Pattern.compile(value, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        }

        /** "title matching 'Chief .* Officer'", "group 'dpo'", "role 'it-admin'". */
        public String describe() {
            return switch (attribute) {
                case TITLE -> "a title matching '" + value + "'";
                case DEPARTMENT -> "a department matching '" + value + "'";
                case GROUP -> "membership of the group '" + value + "'";
                case ROLE -> "being primary of the role '" + value + "'";
            };
        }
    }

    /** A change of primary must be told to an authority within some days (NIS2, DORA). */
    public record AuthorityNotice(String authority, int withinDays) {
    }
}
