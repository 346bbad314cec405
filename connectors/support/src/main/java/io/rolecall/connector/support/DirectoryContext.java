package io.rolecall.connector.support;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * What a scan tells the source it builds: the groups its roles.yaml names (only those are read),
 * the as-of day that leaving dates are judged against, and where progress lines go.
 */
public record DirectoryContext(Set<String> referencedGroups, LocalDate asOf, Progress progress) {
    public DirectoryContext {
        referencedGroups = Set.copyOf(referencedGroups);
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(progress, "progress");
    }
}
