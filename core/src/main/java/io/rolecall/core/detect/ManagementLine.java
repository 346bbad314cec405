package io.rolecall.core.detect;

import io.rolecall.core.model.DirectorySnapshot;
import io.rolecall.core.model.Email;
import io.rolecall.core.model.Person;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A person's managers as the directory records them, nearest first. A directory can hold a loop (A's
 * manager is B, B's is A); the walk stops where it would come round again and says so, instead of
 * following it forever.
 *
 * @param managers the managers above the person, nearest first, each once
 * @param loopsAt  the manager at which the chain comes round again, or null when it ends at the top
 */
record ManagementLine(List<Email> managers, Email loopsAt) {

    /** Deeper than any organisation: past it, the line is cut as if it looped. */
    private static final int MAX_DEPTH = 200;

    static ManagementLine of(DirectorySnapshot directory, Person person) {
        Set<Email> seen = new LinkedHashSet<>();
        seen.add(person.email());
        List<Email> managers = new ArrayList<>();
        Email next = person.manager();
        while (next != null) {
            if (!seen.add(next) || managers.size() >= MAX_DEPTH) {
                return new ManagementLine(managers, next);
            }
            managers.add(next);
            next = directory.find(next).map(Person::manager).orElse(null);
        }
        return new ManagementLine(managers, null);
    }

    /** How many managers stand between the person and {@code boss}, or empty when boss is not above them. */
    Optional<Integer> between(Email boss) {
        int index = managers.indexOf(boss);
        return index < 0 ? Optional.empty() : Optional.of(index);
    }
}
