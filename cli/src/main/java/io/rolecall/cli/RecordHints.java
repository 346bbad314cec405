package io.rolecall.cli;

import io.rolecall.core.finding.Finding;
import java.util.Optional;

/**
 * The command that records what fixes a finding, for the kinds a record answers: core says what to record,
 * this CLI says how. The placeholders in capitals are for the user to fill in.
 */
final class RecordHints {

    private RecordHints() {
    }

    static Optional<String> of(Finding finding) {
        return Optional.ofNullable(switch (finding.kind()) {
            case ACTIVITY_OVERDUE, ACTIVITY_DUE_SOON -> "rolecall activity done " + finding.activityId()
                    + " --on DATE --evidence URL";
            case TRAINING_OVERDUE -> "rolecall training record --person " + finding.person().value() + " --role "
                    + finding.roleId() + " --on DATE --evidence URL";
            case ASSIGNMENT_REVIEW_OVERDUE, ASSIGNMENT_REVIEW_DUE -> "rolecall assignment review " + finding.roleId()
                    + " --on DATE --by EMAIL --evidence TEXT";
            case AUTHORITY_NOT_NOTIFIED -> "rolecall assignment notified " + finding.roleId()
                    + " --on DATE --reference TEXT";
            default -> null;
        });
    }
}
