package io.rolecall.core.framework;

/**
 * A role slot a framework expects filled ("security officer"), and the rule settings every role that
 * declares it gets unless the role sets its own.
 *
 * @param id       unique within its pack; roles.yaml names it as PACK:ID, or ID alone when one pack has it
 * @param defaults the rule settings for its roles; a role's own settings win
 * @param slot     the common name of the job it is, shared with other packs' functions for the same job
 *                 (top-management, isms-manager...): a starter catalogue gives them one role. Null when none
 * @param activity the recurring activity whoever fulfils it owns, for a starter catalogue; null when none
 */
public record PackFunction(String packId, String id, String name, String description, RoleRules defaults,
                           String slot, StarterActivity activity) {

    public PackFunction(String packId, String id, String name, String description, RoleRules defaults) {
        this(packId, id, name, description, defaults, null, null);
    }

    /** "soc2:security-officer". */
    public String qualifiedId() {
        return packId + ":" + id;
    }

    /** A recurring activity a starter catalogue gives the role that fulfils a function. */
    public record StarterActivity(String id, String name, int everyMonths) {
    }
}
