package io.rolecall.core.nonconformity;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One change to a nonconformity, as its append-only history keeps it.
 *
 * @param on the day the change counts as (the command's --as-of)
 * @param by who made it: an email, an OS user, an IAM principal ARN, or "rolecall" for RoleCall itself
 */
public record NcHistoryEntry(LocalDate on, String by, String change) {

    public NcHistoryEntry {
        Objects.requireNonNull(on, "on");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(change, "change");
    }
}
