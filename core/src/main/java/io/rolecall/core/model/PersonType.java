package io.rolecall.core.model;

/** A human, or a service/robot account that cannot carry accountability. */
public enum PersonType {
    PERSON, SERVICE;

    /** Parses case-insensitively; a missing value means PERSON. */
    public static PersonType parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return PERSON;
        }
        return PersonStatus.parseEnum(PersonType.class, raw, "type");
    }
}
