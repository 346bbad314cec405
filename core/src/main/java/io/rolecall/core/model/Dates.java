package io.rolecall.core.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * The one written form of dates and times RoleCall accepts and stores. Dates are exactly YYYY-MM-DD,
 * so that text order is date order wherever they are stored or compared; Java alone would also take
 * {@code +10000-01-01}, which sorts before every real date.
 */
public final class Dates {

    /** Instants with all nine fraction digits: equal width, so that text order is time order. */
    private static final DateTimeFormatter SORTABLE_INSTANT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'").withZone(ZoneOffset.UTC);

    private Dates() {
    }

    /**
     * @throws IllegalArgumentException when {@code text} is not a real date written YYYY-MM-DD, with a
     *     message that says so
     */
    public static LocalDate parse(String text) {
        String trimmed = text == null ? "" : text.trim();
        if (!isIsoDateShape(trimmed)) {
            throw new IllegalArgumentException("'" + VisibleText.of(trimmed) + "' is not a date; write it as YYYY-MM-DD");
        }
        try {
            return LocalDate.parse(trimmed);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + trimmed + "' is not a date of the calendar; write it as "
                    + "YYYY-MM-DD", e);
        }
    }

    public static boolean isDate(String text) {
        try {
            parse(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** {@code 2026-11-30T06:00:01.204000000Z}: the same instant as {@link Instant#toString()}, fixed width. */
    public static String sortable(Instant instant) {
        return SORTABLE_INSTANT.format(instant);
    }

    private static boolean isIsoDateShape(String text) {
        if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
            return false;
        }
        for (int i = 0; i < 10; i++) {
            if (i != 4 && i != 7 && (text.charAt(i) < '0' || text.charAt(i) > '9')) {
                return false;
            }
        }
        return true;
    }
}
