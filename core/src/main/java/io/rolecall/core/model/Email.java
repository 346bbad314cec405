package io.rolecall.core.model;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * An email address: a plain addr-spec ({@code local@domain}), normalised to lower case because every
 * comparison in RoleCall is case-insensitive, as directories and roles.yaml disagree about case all the
 * time. Plain means no display name, no angle brackets, no comments, no quoted local part, no commas,
 * spaces, control or invisible characters: email headers are built from these values, so
 * {@code ceo<evil@attacker.example>} must never pass for {@code ceo}'s address, nor
 * {@code x,y@acme.example} for two addresses.
 */
public record Email(String value) implements Comparable<Email> {

    private static final int MAX_LOCAL = 64;
    private static final int MAX_LENGTH = 254;
    /** The printable ASCII characters RFC 5322 allows in an unquoted local part, besides letters and digits. */
    private static final String LOCAL_SYMBOLS = "!#$%&'*+-/=?^_`{|}~";

    public Email {
        Objects.requireNonNull(value, "email");
        value = trimBlanks(value).toLowerCase(Locale.ROOT);
        String problem = problem(value);
        if (problem != null) {
            throw new IllegalArgumentException("'" + VisibleText.of(value) + "' is not an email address (" + problem
                    + "; expected name@domain)");
        }
    }

    public static Email of(String raw) {
        return new Email(raw);
    }

    public static boolean isValid(String raw) {
        return raw != null && problem(trimBlanks(raw)) == null;
    }

    /** Why {@code raw} is not a plain address, such as "a space is not allowed before the @"; empty when it is one. */
    public static Optional<String> problemIn(String raw) {
        return raw == null ? Optional.of("no address") : Optional.ofNullable(problem(trimBlanks(raw)));
    }

    /**
     * Why {@code text} is not a plain address, or null when it is. A character loop rather than a
     * regular expression: every directory entry passes through it.
     */
    static String problem(String text) {
        int at = text.indexOf('@');
        if (at < 0) {
            return "no @";
        }
        if (at != text.lastIndexOf('@')) {
            return "more than one @";
        }
        if (at == 0 || at > MAX_LOCAL) {
            return at == 0 ? "nothing before the @" : "more than " + MAX_LOCAL + " characters before the @";
        }
        if (text.length() > MAX_LENGTH) {
            return "longer than " + MAX_LENGTH + " characters";
        }
        String dots = dotsProblem(text, 0, at, "before the @");
        if (dots != null) {
            return dots;
        }
        dots = dotsProblem(text, at + 1, text.length(), "after the @");
        if (dots != null) {
            return dots;
        }
        boolean domainDot = false;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            boolean local = i < at;
            if (i != at && c != '.' && !(local ? isLocalCharacter(c) : isDomainCharacter(c))) {
                return describe(c) + " is not allowed " + (local ? "before" : "after") + " the @";
            }
            if (!local && c == '-' && (text.charAt(i - 1) == '.' || text.charAt(i - 1) == '@'
                    || i + 1 == text.length() || text.charAt(i + 1) == '.')) {
                return "a domain label starts or ends with '-'";
            }
            domainDot |= !local && c == '.';
            i += Character.charCount(c);
        }
        return domainDot ? null : "no dot in the domain";
    }

    /** Dots separate parts: none at either end, never two in a row. */
    private static String dotsProblem(String text, int from, int to, String where) {
        if (from == to) {
            return "nothing " + where;
        }
        if (text.charAt(from) == '.' || text.charAt(to - 1) == '.') {
            return "a dot at the start or end " + where;
        }
        return text.indexOf("..", from) >= 0 && text.indexOf("..", from) < to ? "two dots in a row " + where : null;
    }

    private static boolean isLocalCharacter(int c) {
        if (c < 128) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || LOCAL_SYMBOLS.indexOf(c) >= 0;
        }
        return Character.isLetterOrDigit(c);
    }

    private static boolean isDomainCharacter(int c) {
        if (c < 128) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
        }
        return Character.isLetterOrDigit(c);
    }

    private static String describe(int c) {
        if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
            return "a space";
        }
        if (VisibleText.isHidden(c)) {
            return String.format(Locale.ROOT, "the invisible character U+%04X", c);
        }
        return "'" + new String(Character.toChars(c)) + "'";
    }

    /** Leading and trailing spaces and tabs are typing slips; anything else stays and is judged. */
    private static String trimBlanks(String raw) {
        int start = 0;
        int end = raw.length();
        while (start < end && (raw.charAt(start) == ' ' || raw.charAt(start) == '\t')) {
            start++;
        }
        while (end > start && (raw.charAt(end - 1) == ' ' || raw.charAt(end - 1) == '\t')) {
            end--;
        }
        return raw.substring(start, end);
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
