package io.rolecall.core.finding;

import java.time.LocalDate;
import java.util.Objects;

/** One stretch of time a finding was open: from the scan that detected it to the one that no longer did. */
public record Episode(LocalDate openedOn, LocalDate resolvedOn) {

    public Episode {
        Objects.requireNonNull(openedOn, "openedOn");
        if (resolvedOn != null && resolvedOn.isBefore(openedOn)) {
            throw new IllegalArgumentException("an episode cannot be resolved before it opened");
        }
    }

    public boolean isOpen() {
        return resolvedOn == null;
    }

    public Episode resolve(LocalDate on) {
        return new Episode(openedOn, on);
    }
}
