package io.rolecall.connector.support;

import io.rolecall.core.model.Email;
import io.rolecall.core.model.Person;
import io.rolecall.core.model.PersonStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one rule every API connector applies when two accounts share an email (a rehire often does):
 * the one that can act wins, ACTIVE before SUSPENDED before LEFT, then the most recently updated
 * where the directory says when. Accounts without a usable email, and guests, are counted and left out.
 */
public final class PeopleByEmail {

    private static final Comparator<Candidate> PREFERRED = Comparator
            .comparingInt((Candidate c) -> rank(c.person().status()))
            .thenComparing(Candidate::lastUpdated, Comparator.nullsLast(Comparator.reverseOrder()));

    private final Map<Email, Candidate> byEmail = new LinkedHashMap<>();
    private int withoutEmail;
    private int guests;
    private int duplicates;

    private record Candidate(Person person, Instant lastUpdated) {
    }

    private static int rank(PersonStatus status) {
        return status == PersonStatus.ACTIVE ? 0 : status == PersonStatus.SUSPENDED ? 1 : 2;
    }

    /** @param lastUpdated when the directory last changed the account, or null when it does not say */
    public void add(Person person, Instant lastUpdated) {
        Candidate candidate = new Candidate(person, lastUpdated);
        Candidate other = byEmail.get(person.email());
        if (other != null) {
            duplicates++;
            if (PREFERRED.compare(candidate, other) >= 0) {
                return;
            }
        }
        byEmail.put(person.email(), candidate);
    }

    /** An account the directory lists without a usable email: it cannot hold a role by email. */
    public void withoutEmail() {
        withoutEmail++;
    }

    /** A guest of another organisation (Entra ID's userType Guest): never a holder of this one's roles. */
    public void guest() {
        guests++;
    }

    public List<Person> people() {
        List<Person> people = new ArrayList<>(byEmail.size());
        byEmail.values().forEach(c -> people.add(c.person()));
        return people;
    }

    public int withoutEmailCount() {
        return withoutEmail;
    }

    public int guestCount() {
        return guests;
    }

    public int duplicateCount() {
        return duplicates;
    }
}
