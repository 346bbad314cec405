package io.rolecall.core.catalogue;

import io.rolecall.core.model.Email;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** How roles.yaml names a holder: a person by email, or everyone in a directory group. */
public sealed interface HolderRef permits HolderRef.PersonRef, HolderRef.GroupRef {

    String GROUP_PREFIX = "group:";

    /** The text as written in roles.yaml, normalised. */
    String label();

    /** What a store keeps for a holder who took the role over by a handover: {@code handover:HO-...}. */
    String HANDOVER_PREFIX = "handover:";

    /**
     * A person by email: listed in roles.yaml, or the successor of an accepted handover in effect
     * ({@code handover} is its id, null for a listing).
     */
    record PersonRef(Email email, String handover) implements HolderRef {

        public PersonRef(Email email) {
            this(email, null);
        }

        @Override
        public String label() {
            return email.value();
        }

        @Override
        public String how() {
            return handover == null ? "listed directly" : "by handover " + handover;
        }
    }

    record GroupRef(String group) implements HolderRef {
        public GroupRef {
            if (group == null || group.isBlank()) {
                throw new IllegalArgumentException("group name is empty");
            }
            group = group.trim();
        }

        @Override
        public String label() {
            return GROUP_PREFIX + group;
        }

        @Override
        public String how() {
            return "through group " + group;
        }
    }

    /** How a holding came about, in words: "listed directly" or "through group isms-deputies". */
    String how();

    /** "listed directly and through group isms-deputies". */
    static String describe(Collection<HolderRef> via) {
        return String.join(" and ", via.stream().map(HolderRef::how).toList());
    }

    /**
     * How a store keeps the ways a person held a role: "direct" for their listed email, "group:NAME" for a
     * group, "handover:HO-..." for a handover in effect, comma-separated (the ledger's format since its first
     * version; the ledger's record of the source of a change).
     */
    static String storedForm(Collection<HolderRef> via) {
        return String.join(",", via.stream().map(ref -> ref instanceof GroupRef ? ref.label()
                : ref instanceof PersonRef person && person.handover() != null ? HANDOVER_PREFIX + person.handover()
                : "direct").toList());
    }

    /** The ways {@code person} held a role, from {@link #storedForm}; empty for nothing stored. */
    static List<HolderRef> fromStoredForm(String stored, Email person) {
        List<HolderRef> via = new ArrayList<>();
        if (stored == null || stored.isBlank()) {
            return via;
        }
        for (String part : stored.split(",")) {
            via.add(part.regionMatches(true, 0, GROUP_PREFIX, 0, GROUP_PREFIX.length())
                    ? new GroupRef(part.substring(GROUP_PREFIX.length()))
                    : part.startsWith(HANDOVER_PREFIX) ? new PersonRef(person, part.substring(HANDOVER_PREFIX.length()))
                    : new PersonRef(person));
        }
        return via;
    }

    /** Parses {@code name@domain} or {@code group:<name>}. */
    static HolderRef parse(String raw) {
        String text = raw.trim();
        if (text.regionMatches(true, 0, GROUP_PREFIX, 0, GROUP_PREFIX.length())) {
            return new GroupRef(text.substring(GROUP_PREFIX.length()));
        }
        return new PersonRef(Email.of(text));
    }
}
