package io.rolecall.core.history;

import io.rolecall.core.model.Email;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Everyone any accepted scan has seen, present or gone. */
public final class KnownPeople {

    private final Map<Email, KnownPerson> byEmail;

    private KnownPeople(Map<Email, KnownPerson> byEmail) {
        this.byEmail = byEmail;
    }

    public static KnownPeople of(Collection<KnownPerson> people) {
        Map<Email, KnownPerson> map = new HashMap<>(Math.max(16, people.size() * 2));
        people.forEach(person -> map.put(person.email(), person));
        return new KnownPeople(map);
    }

    /** Takes ownership of {@code byEmail}; for builders that already hold a fresh map. */
    static KnownPeople wrap(Map<Email, KnownPerson> byEmail) {
        return new KnownPeople(byEmail);
    }

    public static KnownPeople none() {
        return new KnownPeople(Map.of());
    }

    public Optional<KnownPerson> find(Email email) {
        return Optional.ofNullable(byEmail.get(email));
    }

    public boolean everSeen(Email email) {
        return byEmail.containsKey(email);
    }

    public Collection<KnownPerson> all() {
        return byEmail.values();
    }

    public boolean isEmpty() {
        return byEmail.isEmpty();
    }

    Map<Email, KnownPerson> asMap() {
        return byEmail;
    }
}
