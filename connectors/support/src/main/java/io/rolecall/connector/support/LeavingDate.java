package io.rolecall.connector.support;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** A leaving date read from a directory's custom profile field. */
public final class LeavingDate {

    private LeavingDate() {
    }

    /**
     * A date ({@code 2026-12-31}) or the date part of a timestamp ({@code 2026-12-31T17:00:00Z});
     * null when the field is empty or holds something else, so a stray value never fails a read.
     */
    public static LocalDate parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String trimmed = text.trim();
        try {
            return LocalDate.parse(trimmed.length() > 10 ? trimmed.substring(0, 10) : trimmed);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
