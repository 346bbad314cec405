package io.rolecall.core.catalogue;

import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A recurring activity of the ISMS calendar (roles.yaml {@code activities:}): an internal audit, a
 * management review, an access review... owned by a role, due every {@code everyMonths} after it
 * was last done.
 *
 * @param leadDays  how many days before it is due it shows as due soon
 * @param reference the clause or control it evidences, for example "ISO/IEC 27001:2022 9.2"
 * @param lastDone  when it was last done before RoleCall kept its history, or null: the first
 *                  completion recorded in RoleCall counts from then on
 */
public record Activity(String id, String name, String ownerRole, int everyMonths, int leadDays, String reference,
                       LocalDate lastDone) {

    public static final int DEFAULT_LEAD_DAYS = 30;

    /** Clause 9.2 (internal audit) or 9.3 (management review), as a reference cites them. */
    private static final Pattern AUDIT_OR_REVIEW = Pattern.compile("(?<![0-9.])9\\.[23](?![0-9])");

    public Activity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(ownerRole, "ownerRole");
        if (everyMonths < 1) {
            throw new IllegalArgumentException("an activity recurs at least every month");
        }
    }

    /**
     * The internal audit and the management review: certification auditors check these first, so
     * being late with them is always HIGH. Recognised by their usual ids or by a reference citing
     * clause 9.2 or 9.3.
     */
    public boolean auditOrReview() {
        return id.equals("internal-audit") || id.equals("management-review")
                || (reference != null && AUDIT_OR_REVIEW.matcher(reference).find());
    }

    /** "Internal audit (internal-audit)". */
    public String label() {
        return name + " (" + id + ")";
    }
}
