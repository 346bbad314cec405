package io.rolecall.core.history;

import io.rolecall.core.model.DirectorySnapshot;
import io.rolecall.core.model.Email;
import io.rolecall.core.model.Person;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Folds a new directory snapshot into what earlier scans saw. */
public final class DirectoryHistory {

    private DirectoryHistory() {
    }

    /**
     * @return everyone known after this scan, and exactly the entries that differ from before
     *     (the only ones a store needs to write)
     */
    public static Advance advance(KnownPeople before, DirectorySnapshot current, LocalDate asOf) {
        Map<Email, KnownPerson> after = new HashMap<>(before.asMap());
        List<KnownPerson> changed = new ArrayList<>();
        for (Person person : current.people()) {
            KnownPerson previous = before.asMap().get(person.email());
            if (previous != null && previous.isPresent() && previous.person().equals(person)) {
                continue;
            }
            KnownPerson next;
            if (previous == null) {
                next = new KnownPerson(person, asOf, null);
            } else {
                boolean sameJob = previous.person().job().equals(person.job());
                next = new KnownPerson(person, sameJob ? previous.jobSince() : asOf, null);
            }
            after.put(person.email(), next);
            changed.add(next);
        }
        for (KnownPerson previous : before.all()) {
            if (previous.isPresent() && !current.contains(previous.email())) {
                KnownPerson gone = new KnownPerson(previous.person(), previous.jobSince(), asOf);
                after.put(gone.email(), gone);
                changed.add(gone);
            }
        }
        return new Advance(KnownPeople.wrap(after), changed);
    }

    /** The advance of a directory identical to the one stored: nothing to write. */
    public static Advance unchanged(KnownPeople known) {
        return new Advance(known, List.of());
    }

    public record Advance(KnownPeople after, List<KnownPerson> changed) {
    }
}
