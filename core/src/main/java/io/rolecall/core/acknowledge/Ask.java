package io.rolecall.core.acknowledge;

import io.rolecall.core.model.Email;
import java.time.LocalDate;
import java.util.Objects;

/**
 * That a holder was asked, on a day, to accept one version of a role's duties: by a first notice
 * or by a reminder. The first ask starts the time the holder has to accept.
 */
public record Ask(Email person, String roleId, String version, LocalDate askedOn, Kind kind) {

    public enum Kind { NOTICE, REMINDER }

    public Ask {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(roleId, "roleId");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(askedOn, "askedOn");
        Objects.requireNonNull(kind, "kind");
    }
}
