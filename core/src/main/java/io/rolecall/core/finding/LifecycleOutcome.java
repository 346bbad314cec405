package io.rolecall.core.finding;

import java.util.List;

/**
 * The result of one merge. {@code changed} is exactly what the store must write; {@code open} is
 * every finding open after this scan and {@code acceptedNow} every accepted one, in report order;
 * {@code accepted} those that became accepted in this scan and {@code returned} those open again
 * because their exception expired or was removed; {@code all} is every finding after the scan.
 */
public record LifecycleOutcome(List<Finding> changed, List<Finding> opened, List<Finding> reopened,
                               List<Finding> resolved, List<Finding> open, List<Finding> accepted,
                               List<Finding> returned, List<Finding> acceptedNow, List<Finding> all) {

    public LifecycleOutcome {
        changed = List.copyOf(changed);
        opened = List.copyOf(opened);
        reopened = List.copyOf(reopened);
        resolved = List.copyOf(resolved);
        open = List.copyOf(open);
        accepted = List.copyOf(accepted);
        returned = List.copyOf(returned);
        acceptedNow = List.copyOf(acceptedNow);
        all = List.copyOf(all);
    }
}
