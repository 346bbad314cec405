package io.rolecall.core.model;

/**
 * The gaps RoleCall detects. Names are a stable contract (JSON output, events, stored records).
 * Each kind states its default severity and what it is keyed on.
 */
public enum FindingKind {
    ROLE_UNASSIGNED(Severity.HIGH, Scope.ROLE, "No active primary holder"),
    LEAVER_HOLDS_ROLE(Severity.HIGH, Scope.ROLE_PERSON, "A leaver still holds a role"),
    HOLDER_NOT_IN_DIRECTORY(Severity.HIGH, Scope.ROLE_PERSON, "A listed holder was never in the directory"),
    HOLDER_SUSPENDED(Severity.MEDIUM, Scope.ROLE_PERSON, "A holder is suspended"),
    HOLDER_LEAVING_SOON(Severity.MEDIUM, Scope.ROLE_PERSON, "A holder is leaving soon"),
    HOLDER_NOT_A_PERSON(Severity.MEDIUM, Scope.ROLE_PERSON, "A service account holds a role"),
    HOLDER_CHANGED_JOB(Severity.LOW, Scope.ROLE_PERSON, "A holder changed job since taking the role"),
    BACKUP_MISSING(Severity.MEDIUM, Scope.ROLE, "No active backup"),
    BACKUP_SAME_AS_PRIMARY(Severity.MEDIUM, Scope.ROLE_PERSON, "Backup is the same person as primary"),
    SEGREGATION_CONFLICT(Severity.HIGH, Scope.CONFLICT_PERSON, "One person holds conflicting roles"),
    ROLE_CONCENTRATION(Severity.LOW, Scope.PERSON, "One person is primary for too many roles"),
    RACI_ACCOUNTABLE_NOT_ONE(Severity.MEDIUM, Scope.RESPONSIBILITY, "Not exactly one accountable role"),
    RACI_NO_RESPONSIBLE(Severity.MEDIUM, Scope.RESPONSIBILITY, "No responsible role"),
    ROLE_REVIEW_OVERDUE(Severity.LOW, Scope.ROLE, "Role review overdue"),
    GROUP_NOT_IN_DIRECTORY(Severity.MEDIUM, Scope.ROLE_GROUP, "A role names a group the directory does not have"),
    ROLE_NOT_ACKNOWLEDGED(Severity.MEDIUM, Scope.ROLE_PERSON, "A holder has not accepted their duties"),
    ACTIVITY_DUE_SOON(Severity.LOW, Scope.ACTIVITY, "An ISMS activity is due soon"),
    ACTIVITY_OVERDUE(Severity.MEDIUM, Scope.ACTIVITY, "An ISMS activity is overdue"),
    TRAINING_OVERDUE(Severity.MEDIUM, Scope.ROLE_PERSON, "A holder's role training is overdue");

    /** What one finding of a kind is about; decides which key fields are set. */
    public enum Scope { ROLE, ROLE_PERSON, PERSON, CONFLICT_PERSON, RESPONSIBILITY, ROLE_GROUP, ACTIVITY }

    private final Severity defaultSeverity;
    private final Scope scope;
    private final String title;

    FindingKind(Severity defaultSeverity, Scope scope, String title) {
        this.defaultSeverity = defaultSeverity;
        this.scope = scope;
        this.title = title;
    }

    public Severity defaultSeverity() {
        return defaultSeverity;
    }

    public Scope scope() {
        return scope;
    }

    /** A short heading for reports. */
    public String title() {
        return title;
    }

    private static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile("\\b[A-Z][A-Z_]{3,}\\b");

    /**
     * {@code text} with every kind code in it said in words ("HOLDER_NOT_A_PERSON overdue since ..." as
     * "A service account holds a role, overdue since ..."): texts stored before they were written in words,
     * such as an old nonconformity's description, read plainly in a report for top management.
     */
    public static String inWords(String text) {
        return CODE.matcher(text).replaceAll(match -> {
            for (FindingKind kind : values()) {
                if (kind.name().equals(match.group())) {
                    return java.util.regex.Matcher.quoteReplacement(kind.title + ",");
                }
            }
            return java.util.regex.Matcher.quoteReplacement(match.group());
        }).replace(",,", ",").replace(",:", ":");
    }
}
