package io.rolecall.core.finding;

import java.util.List;

/**
 * The result of one merge. {@code changed} is exactly what the store must write; {@code open} is
 * every finding open after this scan, in report order.
 */
public record LifecycleOutcome(List<Finding> changed, List<Finding> opened, List<Finding> reopened,
                               List<Finding> resolved, List<Finding> open) {

    public LifecycleOutcome {
        changed = List.copyOf(changed);
        opened = List.copyOf(opened);
        reopened = List.copyOf(reopened);
        resolved = List.copyOf(resolved);
        open = List.copyOf(open);
    }
}
