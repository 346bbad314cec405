package io.rolecall.core.acknowledge;

import io.rolecall.core.model.Email;
import java.time.LocalDate;
import java.util.Objects;

/** What an acceptance link stands for: one person, one role, one version of its duties, until a day. */
public record LinkClaims(Email person, String roleId, String version, LocalDate expiresOn) {

    public LinkClaims {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(roleId, "roleId");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(expiresOn, "expiresOn");
    }

    /** Whether the link still works on this day (its expiry day included). */
    public boolean validOn(LocalDate day) {
        return !day.isAfter(expiresOn);
    }
}
