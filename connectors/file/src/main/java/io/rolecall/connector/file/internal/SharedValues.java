package io.rolecall.connector.file.internal;

import io.rolecall.core.model.Email;
import io.rolecall.core.model.Person;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One copy of each value that many people share (titles, departments, groups, managers, sets of groups). A snapshot
 * holds every person of the directory, and every duplicate it keeps is memory that the garbage
 * collector copies while the rest is read; the parser's fresh copy dies young, which costs nothing.
 */
final class SharedValues {

    /** Past this many distinct values, new ones are kept as they come: the tables stay bounded. */
    private static final int MOST = 65_536;

    /** False when nobody read is kept (a fingerprint): sharing would then only cost lookups. */
    private final boolean sharing;
    private final Map<String, String> texts = new HashMap<>();
    private final Map<String, Email> emails = new HashMap<>();
    /** People of one team tend to be in the same groups: one set for all of them. */
    private final Map<List<String>, Set<String>> groupSets = new HashMap<>();

    /** @param sharing false when the people read are not kept, so that copies cost nothing to keep */
    SharedValues(boolean sharing) {
        this.sharing = sharing;
    }

    String text(String value) {
        if (value == null || !sharing) {
            return value;
        }
        String shared = texts.get(value);
        if (shared != null) {
            return shared;
        }
        if (texts.size() < MOST) {
            texts.put(value, value);
        }
        return value;
    }

    /** The person's groups, each name shared, as one set shared by everyone in the same groups. */
    Set<String> groups(List<String> names) {
        if (names.isEmpty() || !sharing) {
            return Person.groupSet(names);
        }
        List<String> key = new ArrayList<>(names.size());
        names.forEach(name -> key.add(text(name)));
        Set<String> shared = groupSets.get(key);
        if (shared == null) {
            shared = Person.groupSet(key);
            if (groupSets.size() < MOST) {
                groupSets.put(key, shared);
            }
        }
        return shared;
    }

    /**
     * Shared even when nobody is kept: a manager's address is checked once, not once per report.
     *
     * @throws IllegalArgumentException when the value is not a plain email address
     */
    Email email(String value) {
        Email shared = emails.get(value);
        if (shared != null) {
            return shared;
        }
        Email email = Email.of(value);
        if (emails.size() < MOST) {
            emails.put(value, email);
        }
        return email;
    }
}
