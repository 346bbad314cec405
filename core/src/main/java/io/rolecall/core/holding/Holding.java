package io.rolecall.core.holding;

import io.rolecall.core.catalogue.HolderRef;
import io.rolecall.core.history.KnownPerson;
import io.rolecall.core.model.Email;
import io.rolecall.core.model.Person;
import java.util.List;

/**
 * One person holding one role in one capacity, as roles.yaml declares it and the directory resolves
 * it. {@code via} says how: the listed email, or each group the person is a member of.
 */
public record Holding(String roleId, Email email, Capacity capacity, List<HolderRef> via, Person person,
                      KnownPerson known) {

    public Holding {
        via = List.copyOf(via);
    }

    public Presence presence() {
        if (person != null) {
            return Presence.IN_DIRECTORY;
        }
        return known != null ? Presence.GONE : Presence.NEVER_SEEN;
    }

    /** An ACTIVE person of type PERSON in the current directory. */
    public boolean isActive() {
        return person != null && person.isActiveHolder();
    }

    public boolean isDirect() {
        return via.stream().anyMatch(HolderRef.PersonRef.class::isInstance);
    }

    /** "Ada Lovelace (ada@acme.example)" when a name is known, otherwise the email. */
    public String label() {
        if (person != null) {
            return person.label();
        }
        return known != null ? known.person().label() : email.value();
    }

    /** "listed directly", "through group isms-deputies", or both. */
    public String viaText() {
        return HolderRef.describe(via);
    }
}
