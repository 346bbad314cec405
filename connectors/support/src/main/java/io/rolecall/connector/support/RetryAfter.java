package io.rolecall.connector.support;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** An HTTP Retry-After header (RFC 9110 10.2.3): a number of seconds, or the date to retry after. */
public final class RetryAfter {

    private RetryAfter() {
    }

    /**
     * How long the server asks to wait from {@code now}, never negative (a date already past is zero);
     * null when the header is absent or unreadable, so the caller backs off on its own.
     */
    public static Duration parse(String header, Instant now) {
        if (header == null || header.isBlank()) {
            return null;
        }
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(header.trim())));
        } catch (NumberFormatException notSeconds) {
            try {
                Duration until = Duration.between(now,
                        ZonedDateTime.parse(header.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
                return until.isNegative() ? Duration.ZERO : until;
            } catch (DateTimeParseException unreadable) {
                return null;
            }
        }
    }
}
