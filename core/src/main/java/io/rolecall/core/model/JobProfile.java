package io.rolecall.core.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The parts of a person's record whose change makes them a "mover" (ISO 27001 A.6.5):
 * a role given for one job may not fit the next.
 */
public record JobProfile(String title, String department, Email manager) {

    /** Human-readable list of what differs, such as {@code title: Engineer -> Sales Lead}. */
    public List<String> differencesTo(JobProfile now) {
        List<String> changes = new ArrayList<>();
        describe(changes, "title", title, now.title);
        describe(changes, "department", department, now.department);
        describe(changes, "manager", manager, now.manager);
        return changes;
    }

    /**
     * A field the record did not have and now has is no move: the source learned it (an HR source joined
     * to a directory without titles, or an export that gained a column), the person did not change job.
     */
    private static void describe(List<String> changes, String field, Object before, Object after) {
        if (before != null && !Objects.equals(before, after)) {
            changes.add(field + ": " + orNone(before) + " -> " + orNone(after));
        }
    }

    private static String orNone(Object value) {
        return value == null ? "(none)" : value.toString();
    }
}
