package io.rolecall.core.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
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

    private DirectorySnapshot(List<Person> people, Collection<String> foundGroups) {
        this.people = List.copyOf(people);
        Map<Email, Person> emails = new LinkedHashMap<>(people.size() * 2);
        Map<String, List<Person>> groups = new HashMap<>();
        for (Person person : people) {
            Person clash = emails.putIfAbsent(person.email(), person);
            if (clash != null) {
                throw new IllegalArgumentException("the directory lists " + person.email()
                        + " twice (ids " + clash.id() + " and " + person.id() + ")");
            }
            for (String group : person.groups()) {
                groups.computeIfAbsent(Person.normaliseGroup(group), g -> new ArrayList<>()).add(person);
            }
        }
        this.byEmail = Collections.unmodifiableMap(emails);
        this.byGroup = groups;
        Set<String> empty = new HashSet<>();
        foundGroups.forEach(group -> empty.add(Person.normaliseGroup(group)));
        this.emptyGroups = empty;
    }

    /** Throws IllegalArgumentException when one email appears twice: the source is then ambiguous. */
    public static DirectorySnapshot of(List<Person> people) {
        return new DirectorySnapshot(people, List.of());
    }

    /** @param foundGroups groups the source found, members or not (for an export: only those with members) */
    public static DirectorySnapshot of(List<Person> people, Collection<String> foundGroups) {
        return new DirectorySnapshot(people, foundGroups);
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

    public long activeHolderCount() {
        return people.stream().filter(Person::isActiveHolder).count();
    }
}
