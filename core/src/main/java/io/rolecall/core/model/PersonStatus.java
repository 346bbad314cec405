package io.rolecall.core.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Where a person stands in the directory, reduced to what matters for role holding. */
public enum PersonStatus {
    ACTIVE, SUSPENDED, LEFT;

    /** Parses case-insensitively; the message of the exception lists the accepted values. */
    public static PersonStatus parse(String raw) {
        return parseEnum(PersonStatus.class, raw, "status");
    }

    static <E extends Enum<E>> E parseEnum(Class<E> type, String raw, String field) {
        if (raw == null || raw.isBlank()) {
            throw new IllegalArgumentException(field + " is missing (expected one of " + names(type) + ")");
        }
        try {
            return Enum.valueOf(type, raw.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    field + " '" + VisibleText.of(raw.trim()) + "' is not one of " + names(type), e);
        }
    }

    private static <E extends Enum<E>> String names(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
