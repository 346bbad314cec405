package io.rolecall.core.finding;

import io.rolecall.core.model.ContentHash;
import io.rolecall.core.model.Email;
import java.util.Objects;

/**
 * What a finding is about. Two scans that detect the same gap produce equal keys and therefore the
 * same id, which is what lets the lifecycle follow a gap from run to run.
 */
public record FindingKey(FindingKind kind, String roleId, String relatedRoleId, String responsibilityId,
                         Email person) {

    public FindingKey {
        Objects.requireNonNull(kind, "kind");
        boolean valid = switch (kind.scope()) {
            case ROLE -> roleId != null && person == null && responsibilityId == null;
            case ROLE_PERSON -> roleId != null && person != null && responsibilityId == null;
            case PERSON -> roleId == null && person != null && responsibilityId == null;
            case CONFLICT_PERSON -> roleId != null && relatedRoleId != null && person != null;
            case RESPONSIBILITY -> responsibilityId != null && roleId == null && person == null;
        };
        if (!valid) {
            throw new IllegalArgumentException("a " + kind + " finding is keyed on " + kind.scope());
        }
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

    /**
     * A stable id: a hash rather than the readable key, so that ids can travel in events and logs
     * without carrying anyone's email address.
     */
    public String id() {
        String canonical = String.join("|", kind.name(), orEmpty(roleId), orEmpty(relatedRoleId),
                orEmpty(responsibilityId), person == null ? "" : person.value());
        return "f-" + ContentHash.sha256Hex(canonical).substring(0, 20);
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
