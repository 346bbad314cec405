package io.rolecall.core.acknowledge;

/** Where a document the management body approves stands with its current version. */
public enum ApprovalStatus {
    /** The quorum approved the current version, less than everyMonths ago. */
    APPROVED,
    /** Not approved yet: a new version, or a document never approved; the approvers are being asked. */
    PENDING,
    /** Its last approval, of this version or an earlier one, is older than everyMonths: asked again. */
    STALE
}
