package io.rolecall.core.history;

import io.rolecall.core.model.Email;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Everyone any accepted scan has seen, present or gone: all of them loaded, or, when a scan finds
 * the directory unchanged since the latest one, looked up one by one as the rules ask (the store
 * holds them all; a scan of an unchanged directory of 100,000 people should not read them all).
 */
public final class KnownPeople {

    private final Map<Email, KnownPerson> byEmail;
    /** Non-null when people are looked up on demand rather than all loaded. */
    private final Function<Email, Optional<KnownPerson>> lookup;

    private KnownPeople(Map<Email, KnownPerson> byEmail, Function<Email, Optional<KnownPerson>> lookup) {
        this.byEmail = byEmail;
        this.lookup = lookup;
    }

    public static KnownPeople of(Collection<KnownPerson> people) {
        Map<Email, KnownPerson> map = new HashMap<>(Math.max(16, people.size() * 2));
        people.forEach(person -> map.put(person.email(), person));
        return new KnownPeople(map, null);
    }

    /** People fetched from {@code lookup} when asked for, each once; {@link #all()} is not available. */
    public static KnownPeople lookingUp(Function<Email, Optional<KnownPerson>> lookup) {
        return new KnownPeople(new HashMap<>(), lookup);
    }

    /** Takes ownership of {@code byEmail}; for builders that already hold a fresh map. */
    static KnownPeople wrap(Map<Email, KnownPerson> byEmail) {
        return new KnownPeople(byEmail, null);
    }

    public static KnownPeople none() {
        return new KnownPeople(Map.of(), null);
    }

    public Optional<KnownPerson> find(Email email) {
        if (lookup == null) {
            return Optional.ofNullable(byEmail.get(email));
        }
        if (!byEmail.containsKey(email)) {
            byEmail.put(email, lookup.apply(email).orElse(null));
        }
        return Optional.ofNullable(byEmail.get(email));
    }

    public boolean everSeen(Email email) {
        return find(email).isPresent();
    }

    public Collection<KnownPerson> all() {
        return loaded().values();
    }

    public boolean isEmpty() {
        return loaded().isEmpty();
    }

    Map<Email, KnownPerson> asMap() {
        return loaded();
    }

    private Map<Email, KnownPerson> loaded() {
        if (lookup != null) {
            throw new IllegalStateException("these known people are looked up one by one; load them all to list them");
        }
        return byEmail;
    }
}
