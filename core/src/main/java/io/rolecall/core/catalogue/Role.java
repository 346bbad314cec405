package io.rolecall.core.catalogue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** An information-security role from roles.yaml, with its listed holders. */
public record Role(
        String id,
        String name,
        String description,
        List<String> duties,
        List<HolderRef> primary,
        List<HolderRef> backup,
        boolean backupRequired,
        LocalDate lastReviewed) {

    public Role {
        duties = List.copyOf(duties);
        primary = List.copyOf(primary);
        backup = List.copyOf(backup);
    }

    public Optional<LocalDate> lastReviewedDate() {
        return Optional.ofNullable(lastReviewed);
    }

    /** "ISMS Manager (isms-manager)". */
    public String label() {
        return name + " (" + id + ")";
    }
}
