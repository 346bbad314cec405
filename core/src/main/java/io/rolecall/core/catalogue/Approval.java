package io.rolecall.core.catalogue;

import java.util.Objects;
import java.util.Optional;

/**
 * A document the management body must approve, such as the information security policy (roles.yaml
 * {@code approvals:}): the active primary holders of the approvers role each approve its current version
 * on their signed page, and the document counts as approved once {@code quorum} of them have. A new
 * version asks again; so does the same version once {@code everyMonths} have passed since it was approved.
 *
 * @param approversRole the role whose active primary holders approve (a role held through a group: its members)
 * @param quorum        how many of them must approve; {@link #ALL} for every one
 * @param everyMonths   how long an approval stands before the body is asked to approve again
 * @param dueDays       days after the first notice by which the quorum must have approved
 */
public record Approval(String id, String title, String version, String url, String approversRole, int quorum,
                       int everyMonths, int dueDays) {

    /** The quorum that asks every approver. */
    public static final int ALL = 0;
    /** How approvals are told apart from roles and documents in the records and links they share. */
    public static final String RECORD_PREFIX = "approval:";

    public Approval {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(approversRole, "approversRole");
        if (quorum < 0) {
            throw new IllegalArgumentException("a quorum is ALL or a positive number, not " + quorum);
        }
    }

    /** The id its approvals are recorded under, beside roles' ids: "approval:security-policy". */
    public String recordId() {
        return RECORD_PREFIX + id;
    }

    /** The id of the approval a record's id names ("approval:ID"), or empty for a role's or a document's. */
    public static Optional<String> idIn(String recordId) {
        return recordId.startsWith(RECORD_PREFIX) ? Optional.of(recordId.substring(RECORD_PREFIX.length()))
                : Optional.empty();
    }

    /**
     * How many approvals make the decision among this many approvers. Never less than one: a body nobody
     * holds approves nothing.
     */
    public int needed(int approvers) {
        return Math.max(1, quorum == ALL ? approvers : quorum);
    }

    /** As roles.yaml writes it: "all" or the number. */
    public String quorumLabel() {
        return quorum == ALL ? "all" : String.valueOf(quorum);
    }

    /** "Information security policy, version 3.2". */
    public String label() {
        return title + ", version " + version;
    }

    /** How the body is asked: within dueDays, again after everyMonths, reminded as holders are. */
    public AcknowledgementPolicy asking(AcknowledgementPolicy catalogueDefault) {
        return new AcknowledgementPolicy(true, dueDays, everyMonths, catalogueDefault.remindEveryDays());
    }
}
