package io.rolecall.cli;

import io.rolecall.core.nonconformity.NonconformityException.Remedy;

/** The next step after a refused change to the nonconformity register, as this CLI's commands. */
final class NonconformityHints {

    private NonconformityHints() {
    }

    /** " 'rolecall nc list' shows them all.", or "" when there is nothing to add. */
    static String of(Remedy remedy) {
        return switch (remedy) {
            case NONE -> "";
            case LIST_NONCONFORMITIES -> " 'rolecall nc list' shows them all.";
            case LIST_FINDINGS -> " Name findings with --finding ID; 'rolecall findings --status ALL' lists them "
                    + "with their ids.";
            case UPDATE_THE_OTHER -> " Use 'rolecall nc update ID ...' on that one.";
            case COMPLETE_PLAN -> " Set them with 'rolecall nc update ID --root-cause ... --action ... --owner ROLE "
                    + "--target DATE'.";
            case GIVE_A_CHANGE -> " Give --correction, --root-cause, --action, --owner, --target, --action-taken or "
                    + "--note.";
            case RECORD_ACTION_OR_FORCE -> " Record it with 'rolecall nc update ID --action-taken', or close it now "
                    + "with --force.";
            case FORCE -> " To close it now, add --force.";
        };
    }
}
