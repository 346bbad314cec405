package io.rolecall.core.model;

import io.rolecall.core.model.ContentHash;
import io.rolecall.core.model.Email;
import java.util.Locale;
import java.util.Objects;

/**
 * What a finding is about. Two scans that detect the same gap produce equal keys and therefore the
 * same id, which is what lets the lifecycle follow a gap from run to run.
 *
 * @param group      a directory group, as roles.yaml names it (only for findings about a group)
 * @param activityId an activity of the ISMS calendar (only for findings about one)
 * @param subject    a document or an approval of roles.yaml, a framework's function as PACK:FUNCTION, or the
 *                   period a role is about as FIRST..LAST (only for findings about one)
 */
public record FindingKey(FindingKind kind, String roleId, String relatedRoleId, String responsibilityId,
                         Email person, String group, String activityId, String subject) {

    public FindingKey {
        Objects.requireNonNull(kind, "kind");
        boolean valid = switch (kind.scope()) {
            case ROLE -> roleId != null && person == null && responsibilityId == null && group == null;
            case ROLE_PERSON -> roleId != null && person != null && responsibilityId == null && group == null;
            case PERSON -> roleId == null && person != null && responsibilityId == null && group == null;
            case CONFLICT_PERSON -> roleId != null && relatedRoleId != null && person != null && group == null;
            case RESPONSIBILITY -> responsibilityId != null && roleId == null && person == null && group == null;
            case ROLE_GROUP -> roleId != null && group != null && person == null && responsibilityId == null;
            case ACTIVITY -> activityId != null && roleId == null && person == null && responsibilityId == null
                    && group == null;
            case DOCUMENT_PERSON -> person != null && roleId == null && responsibilityId == null && group == null;
            case FUNCTION -> roleId == null && person == null && responsibilityId == null && group == null;
            case ROLE_PERIOD, APPROVAL -> roleId != null && person == null && responsibilityId == null
                    && group == null;
        } && (kind.scope() == FindingKind.Scope.ACTIVITY) == (activityId != null)
                && (kind.scope() == FindingKind.Scope.DOCUMENT_PERSON || kind.scope() == FindingKind.Scope.FUNCTION
                || kind.scope() == FindingKind.Scope.ROLE_PERIOD || kind.scope() == FindingKind.Scope.APPROVAL)
                == (subject != null);
        if (!valid) {
            throw new IllegalArgumentException("a " + kind + " finding is keyed on " + kind.scope());
        }
    }

    /** For the keys of findings about anything but a document or a function. */
    public FindingKey(FindingKind kind, String roleId, String relatedRoleId, String responsibilityId,
                      Email person, String group, String activityId) {
        this(kind, roleId, relatedRoleId, responsibilityId, person, group, activityId, null);
    }

    /** For the keys of findings about anything but an activity of the ISMS calendar. */
    public FindingKey(FindingKind kind, String roleId, String relatedRoleId, String responsibilityId,
                      Email person, String group) {
        this(kind, roleId, relatedRoleId, responsibilityId, person, group, null);
    }

    /** For the keys of findings about everything but a group. */
    public FindingKey(FindingKind kind, String roleId, String relatedRoleId, String responsibilityId, Email person) {
        this(kind, roleId, relatedRoleId, responsibilityId, person, null);
    }

    public static FindingKey forRole(FindingKind kind, String roleId) {
        return new FindingKey(kind, roleId, null, null, null);
    }

    public static FindingKey forRoleAndPerson(FindingKind kind, String roleId, Email person) {
        return new FindingKey(kind, roleId, null, null, person);
    }

    public static FindingKey forPerson(FindingKind kind, Email person) {
        return new FindingKey(kind, null, null, null, person);
    }

    public static FindingKey forConflict(String firstRole, String secondRole, Email person) {
        return new FindingKey(FindingKind.SEGREGATION_CONFLICT, firstRole, secondRole, null, person);
    }

    public static FindingKey forResponsibility(FindingKind kind, String responsibilityId) {
        return new FindingKey(kind, null, null, responsibilityId, null);
    }

    /** A finding about an activity of the ISMS calendar, whoever owns it. */
    public static FindingKey forActivity(FindingKind kind, String activityId) {
        return new FindingKey(kind, null, null, null, null, null, activityId);
    }

    /** A person who has not acknowledged a document of roles.yaml. */
    public static FindingKey forDocument(FindingKind kind, String documentId, Email person) {
        return new FindingKey(kind, null, null, null, person, null, null, documentId);
    }

    /** A framework's function, as PACK:FUNCTION, that no role fulfils. */
    public static FindingKey forFunction(FindingKind kind, String qualifiedFunctionId) {
        return new FindingKey(kind, null, null, null, null, null, null, qualifiedFunctionId);
    }

    /** A role over a period, both days included (a coverage gap): one finding per role and period. */
    public static FindingKey forRolePeriod(FindingKind kind, String roleId, java.time.LocalDate firstDay,
                                           java.time.LocalDate lastDay) {
        return new FindingKey(kind, roleId, null, null, null, null, null, firstDay + PERIOD_SEPARATOR + lastDay);
    }

    private static final String PERIOD_SEPARATOR = "..";

    /**
     * A document the management body approves (by its id in roles.yaml), about the role that approves it: the
     * clauses that check that body's function take the finding.
     */
    public static FindingKey forApproval(FindingKind kind, String approvalId, String approversRole) {
        return new FindingKey(kind, approversRole, null, null, null, null, null, approvalId);
    }

    /** Days from {@code first} to {@code last}, both included. */
    public record Period(java.time.LocalDate first, java.time.LocalDate last) {
        public long days() {
            return java.time.temporal.ChronoUnit.DAYS.between(first, last) + 1;
        }
    }

    /** The period a finding about a role over some days is about; empty for any other finding. */
    public java.util.Optional<Period> period() {
        if (kind.scope() != FindingKind.Scope.ROLE_PERIOD) {
            return java.util.Optional.empty();
        }
        int cut = subject.indexOf(PERIOD_SEPARATOR);
        return java.util.Optional.of(new Period(java.time.LocalDate.parse(subject.substring(0, cut)),
                java.time.LocalDate.parse(subject.substring(cut + PERIOD_SEPARATOR.length()))));
    }

    /** @param group as roles.yaml names it; ids compare it ignoring case, as the directory does */
    public static FindingKey forRoleAndGroup(FindingKind kind, String roleId, String group) {
        return new FindingKey(kind, roleId, null, null, null, group);
    }

    /**
     * A stable id: a hash rather than the readable key, so that ids can travel in events and logs
     * without carrying anyone's email address.
     */
    public String id() {
        String canonical = String.join("|", kind.name(), orEmpty(roleId), orEmpty(relatedRoleId),
                orEmpty(responsibilityId), person == null ? "" : person.value())
                // Added only when set, so that every id from before groups existed stays the same.
                + (group == null ? "" : "|group:" + group.trim().toLowerCase(Locale.ROOT))
                + (activityId == null ? "" : "|activity:" + activityId)
                + (subject == null ? "" : "|subject:" + subject);
        return "f-" + ContentHash.sha256Hex(canonical).substring(0, 20);
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
