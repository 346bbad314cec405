package io.rolecall.core.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The whole people directory as read in one go, indexed for the lookups the rules make. It knows the
 * groups its people are in, and any other group the source found (an existing group with no member).
 */
public final class DirectorySnapshot {

    private final List<Person> people;
    private final Map<Email, Person> byEmail;
    private final Map<String, List<Person>> byGroup;
    private final Set<String> emptyGroups;
    private final DirectoryFingerprint fingerprint;

    private DirectorySnapshot(List<Person> people, Map<Email, Person> byEmail, DirectoryFingerprint fingerprint,
                              Collection<String> foundGroups) {
        this.people = Collections.unmodifiableList(people);
        this.byEmail = byEmail;
        this.fingerprint = fingerprint;
        Map<String, List<Person>> groups = new HashMap<>();
        Map<String, String> normalised = new HashMap<>();
        for (Person person : people) {
            for (String group : person.groups()) {
                // Thousands of people share a few groups: normalise each distinct name once.
                String key = normalised.computeIfAbsent(group, Person::normaliseGroup);
                groups.computeIfAbsent(key, g -> new ArrayList<>()).add(person);
            }
        }
        this.byGroup = groups;
        Set<String> empty = new HashSet<>();
        foundGroups.forEach(group -> empty.add(Person.normaliseGroup(group)));
        this.emptyGroups = empty;
    }

    /** Throws IllegalArgumentException when one email appears twice: the source is then ambiguous. */
    public static DirectorySnapshot of(List<Person> people) {
        return of(people, List.of());
    }

    /** @param foundGroups groups the source found, members or not (for an export: only those with members) */
    public static DirectorySnapshot of(List<Person> people, Collection<String> foundGroups) {
        Builder builder = builder(people.size());
        for (Person person : people) {
            Person clash = builder.add(person);
            if (clash != null) {
                throw new IllegalArgumentException("the directory lists " + person.email()
                        + " twice (ids " + clash.id() + " and " + person.id() + ")");
            }
        }
        return builder.build(foundGroups);
    }

    /** @param expectedPeople how many people the source expects to add, to size the index once */
    public static Builder builder(int expectedPeople) {
        return new Builder(expectedPeople);
    }

    /**
     * Collects people one at a time and indexes them by email as they come, so that a source that
     * must report a repeated email learns of it from the same index the snapshot keeps.
     */
    public static final class Builder {
        private final List<Person> people;
        private final Map<Email, Person> byEmail;
        private final DirectoryFingerprint.Taker fingerprint = DirectoryFingerprint.taker();
        private boolean built;

        private Builder(int expectedPeople) {
            int capacity = Math.max(16, expectedPeople);
            people = new ArrayList<>(capacity);
            byEmail = new HashMap<>(capacity * 2);
        }

        /**
         * @return null when the person was added; otherwise the person already listed with this
         *     email, and nothing is added
         */
        public Person add(Person person) {
            if (built) {
                throw new IllegalStateException("this snapshot is already built");
            }
            Person clash = byEmail.putIfAbsent(person.email(), person);
            if (clash != null) {
                return clash;
            }
            people.add(person);
            fingerprint.add(person);
            return null;
        }

        public int size() {
            return people.size();
        }

        /**
         * The position (in the order added) of this very person, or -1: a walk through everyone, for
         * a source that reports where an earlier record stands, which it does for a few at most.
         */
        public int positionOf(Person person) {
            for (int i = 0; i < people.size(); i++) {
                if (people.get(i) == person) {
                    return i;
                }
            }
            return -1;
        }

        public DirectorySnapshot build(Collection<String> foundGroups) {
            built = true;
            return new DirectorySnapshot(people, byEmail, fingerprint.finish(), foundGroups);
        }

        public DirectorySnapshot build() {
            return build(List.of());
        }
    }

    /** The same directory with each person changed by {@code change} (which keeps their email), its groups kept. */
    public DirectorySnapshot map(java.util.function.UnaryOperator<Person> change) {
        Builder builder = builder(people.size());
        people.forEach(person -> builder.add(change.apply(person)));
        return builder.build(emptyGroups);
    }

    /** Whether the directory has this group, compared ignoring case. */
    public boolean hasGroup(String group) {
        String key = Person.normaliseGroup(group);
        return byGroup.containsKey(key) || emptyGroups.contains(key);
    }

    public List<Person> people() {
        return people;
    }

    public Optional<Person> find(Email email) {
        return Optional.ofNullable(byEmail.get(email));
    }

    public boolean contains(Email email) {
        return byEmail.containsKey(email);
    }

    public List<Person> membersOf(String group) {
        return byGroup.getOrDefault(Person.normaliseGroup(group), List.of());
    }

    public int size() {
        return people.size();
    }

    /**
     * SHA-256 of everything this snapshot holds about its people, in the order the source listed them
     * (their groups in any order): equal digests mean equal people, field by field. A scan that finds
     * the digest of the latest accepted scan knows that nobody changed, without reading them all.
     */
    public String digest() {
        return fingerprint.digest();
    }

    public DirectoryFingerprint fingerprint() {
        return fingerprint;
    }

    public long activeHolderCount() {
        return fingerprint.activeHolders();
    }
}
