package io.rolecall.core.model;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * One entry of the people directory, whatever its source (export file, Okta, Google).
 * Only {@code id}, {@code email} and {@code status} are required.
 */
public record Person(
        String id,
        Email email,
        String name,
        PersonStatus status,
        PersonType type,
        String title,
        String department,
        Email manager,
        Set<String> groups,
        LocalDate endDate) {


    public Person {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("id is missing");
        }
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(status, "status");
        type = type == null ? PersonType.PERSON : type;
        name = blankToNull(name);
        title = blankToNull(title);
        department = blankToNull(department);
        // Trimmed, blanks and repeats dropped, in the order the directory gave.
        groups = groups == null ? Set.of() : GroupSet.of(groups);
    }

    /**
     * Group names as a person keeps them (trimmed, blanks and repeats dropped, order kept), built once:
     * a connector that passes this set to the constructor spares it a copy per person.
     */
    public static Set<String> groupSet(Collection<String> groups) {
        return GroupSet.of(groups);
    }

    /** An active holder is an ACTIVE person of type PERSON: the only kind that can really hold a role. */
    public boolean isActiveHolder() {
        return status == PersonStatus.ACTIVE && type == PersonType.PERSON;
    }

    public JobProfile job() {
        return new JobProfile(title, department, manager);
    }

    public boolean inGroup(String group) {
        String wanted = normaliseGroup(group);
        return groups.stream().anyMatch(g -> normaliseGroup(g).equals(wanted));
    }

    /** "Ada Lovelace (ada@acme.example)", or just the email when the directory has no name. */
    public String label() {
        return name == null ? email.value() : name + " (" + email.value() + ")";
    }

    /** Group names compare case-insensitively, like emails: Google addresses groups by email. */
    public static String normaliseGroup(String group) {
        return group.trim().toLowerCase(Locale.ROOT);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    public static Builder builder(String id, String email) {
        return new Builder(id, Email.of(email));
    }

    /** Connectors and tests build people field by field; most fields are optional. */
    public static final class Builder {
        private final String id;
        private final Email email;
        private String name;
        private PersonStatus status = PersonStatus.ACTIVE;
        private PersonType type = PersonType.PERSON;
        private String title;
        private String department;
        private Email manager;
        private Set<String> groups = new LinkedHashSet<>();
        private LocalDate endDate;

        private Builder(String id, Email email) {
            this.id = id;
            this.email = email;
        }

        public Builder name(String value) { this.name = value; return this; }
        public Builder status(PersonStatus value) { this.status = value; return this; }
        public Builder type(PersonType value) { this.type = value; return this; }
        public Builder title(String value) { this.title = value; return this; }
        public Builder department(String value) { this.department = value; return this; }
        public Builder manager(Email value) { this.manager = value; return this; }
        public Builder manager(String value) { this.manager = value == null ? null : Email.of(value); return this; }
        public Builder groups(Collection<String> value) { this.groups = new LinkedHashSet<>(value); return this; }
        public Builder group(String value) { this.groups.add(value); return this; }
        public Builder endDate(LocalDate value) { this.endDate = value; return this; }

        public Person build() {
            return new Person(id, email, name, status, type, title, department, manager, groups, endDate);
        }
    }
}
