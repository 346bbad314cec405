package io.rolecall.connector.support;

import io.rolecall.core.model.Dates;
import java.time.LocalDate;

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
        String day = trimmed.length() > 10 && trimmed.charAt(10) == 'T' ? trimmed.substring(0, 10) : trimmed;
        return Dates.isDate(day) ? Dates.parse(day) : null;
    }
}
