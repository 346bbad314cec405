package io.rolecall.core.model;

import java.util.Locale;
import java.util.Objects;

/**
 * An email address, normalised to lower case because every comparison in RoleCall is
 * case-insensitive: directories and roles.yaml disagree about case all the time.
 */
public record Email(String value) implements Comparable<Email> {

    public Email {
        Objects.requireNonNull(value, "email");
        value = value.trim().toLowerCase(Locale.ROOT);
        if (!hasShape(value)) {
            throw new IllegalArgumentException("'" + value + "' is not an email address (expected name@domain)");
        }
    }

    public static Email of(String raw) {
        return new Email(raw);
    }

    public static boolean isValid(String raw) {
        return raw != null && hasShape(raw.trim());
    }

    /**
     * Deliberately loose: the directory is the authority on addresses; this only catches typos such
     * as a missing domain or a stray space that would make a holder unmatchable. Equivalent to the
     * pattern {@code [^@\s]+@[^@\s.]+(\.[^@\s.]+)+}, written out because every directory entry
     * passes through it and a regex match per address dominated large scans.
     */
    private static boolean hasShape(String text) {
        int at = text.indexOf('@');
        if (at <= 0 || at != text.lastIndexOf('@') || at == text.length() - 1) {
            return false;
        }
        boolean dots = false;
        char previous = '@';
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                return false;
            }
            if (i > at) {
                if (c == '.') {
                    if (previous == '.' || previous == '@' || i == text.length() - 1) {
                        return false;
                    }
                    dots = true;
                }
                previous = c;
            }
        }
        return dots;
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
