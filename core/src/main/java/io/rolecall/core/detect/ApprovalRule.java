package io.rolecall.core.detect;

import io.rolecall.core.acknowledge.ApprovalState;
import io.rolecall.core.acknowledge.ApprovalStatus;
import io.rolecall.core.catalogue.Approval;
import io.rolecall.core.model.FindingKey;
import io.rolecall.core.model.FindingKind;
import io.rolecall.core.model.NameList;
import java.util.List;
import java.util.Set;

/**
 * A document the management body must approve whose current version its quorum has not approved by the due
 * day, or whose last approval lapsed: the board's decision is the evidence, so its absence is the gap.
 */
final class ApprovalRule implements Rule {

    @Override
    public Set<FindingKind> kinds() {
        return Set.of(FindingKind.APPROVAL_MISSING, FindingKind.APPROVAL_STALE);
    }

    @Override
    public void apply(DetectionInput input, RaisedFindings out) {
        for (ApprovalState state : input.acknowledgements().approvals()) {
            Approval approval = state.approval();
            String body = input.catalogue().roleName(approval.approversRole());
            String still = still(input, state);
            if (state.status() == ApprovalStatus.STALE) {
                ApprovalState.Decision last = state.lastDecision().orElseThrow();
                out.raise(FindingKey.forApproval(FindingKind.APPROVAL_STALE, approval.id(), approval.approversRole()),
                        approval.title() + " was last approved by " + body + " on " + last.on() + " (version "
                                + last.version() + "), more than " + approval.everyMonths() + " months ago; "
                                + state.approvedBy().size() + " of the " + state.needed() + " approvals needed for "
                                + "version " + approval.version() + " are in.",
                        "Ask " + still + " to open the link in their RoleCall notice and approve version "
                                + approval.version() + ".");
            } else if (state.overdue(input.asOf())) {
                out.raise(FindingKey.forApproval(FindingKind.APPROVAL_MISSING, approval.id(),
                                approval.approversRole()),
                        body + " has not approved " + approval.label() + ", due by " + state.dueOn() + ": "
                                + state.approvedBy().size() + " of the " + state.needed() + " approvals needed are in"
                                + (state.approvers().size() < state.needed() ? ", and only "
                                + state.approvers().size() + " people hold " + body + " as active primary" : "")
                                + ".",
                        state.approvers().size() < state.needed()
                                ? "Name enough primary holders of " + approval.approversRole() + " in roles.yaml, or "
                                + "lower the approval's quorum; then ask them to approve."
                                : "Ask " + still + " to open the link in their RoleCall notice and approve version "
                                + approval.version() + ".");
            }
        }
    }

    /** The approvers still to approve, by name. */
    private static String still(DetectionInput input, ApprovalState state) {
        List<String> names = state.missingNamed(input.directory());
        return names.isEmpty() ? "the members of " + state.approval().approversRole() : NameList.upTo(names);
    }
}
