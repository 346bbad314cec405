package io.rolecall.core.model;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An email address, normalised to lower case because every comparison in RoleCall is
 * case-insensitive: directories and roles.yaml disagree about case all the time.
 */
public record Email(String value) implements Comparable<Email> {

    // Deliberately loose: the directory is the authority on addresses; this only catches
    // typos such as a missing domain or a stray space that would make a holder unmatchable.
    private static final Pattern SHAPE = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");

    public Email {
        Objects.requireNonNull(value, "email");
        value = value.trim().toLowerCase(Locale.ROOT);
        if (!SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("'" + value + "' is not an email address (expected name@domain)");
        }
    }

    public static Email of(String raw) {
        return new Email(raw);
    }

    public static boolean isValid(String raw) {
        return raw != null && SHAPE.matcher(raw.trim().toLowerCase(Locale.ROOT)).matches();
    }

    @Override
    public int compareTo(Email other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
