package io.rolecall.core.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The whole people directory as read in one go, indexed for the lookups the rules make. */
public final class DirectorySnapshot {

    private final List<Person> people;
    private final Map<Email, Person> byEmail;
    private final Map<String, List<Person>> byGroup;

    private DirectorySnapshot(List<Person> people) {
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
    }

    /** Throws IllegalArgumentException when one email appears twice: the source is then ambiguous. */
    public static DirectorySnapshot of(List<Person> people) {
        return new DirectorySnapshot(people);
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
