package io.rolecall.core.model;

/**
 * The gaps RoleCall detects. Names are a stable contract (JSON output, events, stored records).
 * Each kind states its severity, here and nowhere else (roles.yaml and framework packs may override it
 * per role), and what it is keyed on.
 */
public enum FindingKind {
    ROLE_UNASSIGNED(Severity.HIGH, Scope.ROLE, "No active primary holder",
            Severity.CRITICAL, "the role is the compliance manager's or top management's"),
    LEAVER_HOLDS_ROLE(Severity.HIGH, Scope.ROLE_PERSON, "A leaver still holds a role",
            Severity.CRITICAL, "the role is the compliance manager's"),
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
    ROLE_NOT_ACKNOWLEDGED(Severity.MEDIUM, Scope.ROLE_PERSON, "A holder has not accepted their duties",
            Severity.HIGH, "the role is the compliance manager's or top management's"),
    ACTIVITY_DUE_SOON(Severity.LOW, Scope.ACTIVITY, "An ISMS activity is due soon"),
    ACTIVITY_OVERDUE(Severity.MEDIUM, Scope.ACTIVITY, "An ISMS activity is overdue",
            Severity.HIGH, "the activity is an internal audit or a management review, or 90 days late"),
    TRAINING_OVERDUE(Severity.MEDIUM, Scope.ROLE_PERSON, "A holder's role training is overdue"),
    HOLDER_COUNT(Severity.MEDIUM, Scope.ROLE, "A role has too few or too many primary holders"),
    HOLDER_INELIGIBLE(Severity.MEDIUM, Scope.ROLE_PERSON, "A holder does not meet the role's eligibility"),
    INDEPENDENCE_BREACH(Severity.HIGH, Scope.CONFLICT_PERSON, "A role is not independent of one it must be"),
    REPORTING_LINE_MISMATCH(Severity.MEDIUM, Scope.ROLE_PERSON, "A holder's manager is not whom the role reports to"),
    ASSIGNMENT_REVIEW_OVERDUE(Severity.LOW, Scope.ROLE_PERSON, "A holder's assignment is due for review"),
    ASSIGNMENT_REVIEW_DUE(Severity.MEDIUM, Scope.ROLE_PERSON, "A new holder's assignment was not reviewed"),
    AUTHORITY_NOT_NOTIFIED(Severity.HIGH, Scope.ROLE_PERSON, "A new holder was not notified to the authority"),
    DOCUMENT_NOT_ACKNOWLEDGED(Severity.MEDIUM, Scope.DOCUMENT_PERSON, "A person has not acknowledged a document"),
    FUNCTION_NOT_ASSIGNED(Severity.HIGH, Scope.FUNCTION, "No role fulfils a function a framework expects"),
    ACCOUNT_ACTIVE_AFTER_LEAVING(Severity.HIGH, Scope.PERSON, "An account is still active after its owner's last day"),
    COVERAGE_GAP(Severity.MEDIUM, Scope.ROLE_PERIOD, "A role will have nobody to act on it for some days",
            Severity.HIGH, "the gap starts within 14 days"),
    APPROVAL_MISSING(Severity.HIGH, Scope.APPROVAL, "The management body has not approved a document in time"),
    APPROVAL_STALE(Severity.MEDIUM, Scope.APPROVAL, "A document's last approval is older than its review interval");

    /**
     * What one finding of a kind is about; decides which key fields are set. A document, a function or an
     * approval is the key's subject; an approval's role is the body that approves it.
     */
    public enum Scope { ROLE, ROLE_PERSON, PERSON, CONFLICT_PERSON, RESPONSIBILITY, ROLE_GROUP, ACTIVITY,
        DOCUMENT_PERSON, FUNCTION, ROLE_PERIOD, APPROVAL }

    private final Severity defaultSeverity;
    private final Scope scope;
    private final String title;
    private final Severity raisedSeverity;
    private final String raisedWhen;

    FindingKind(Severity defaultSeverity, Scope scope, String title) {
        this(defaultSeverity, scope, title, null, null);
    }

    FindingKind(Severity defaultSeverity, Scope scope, String title, Severity raisedSeverity, String raisedWhen) {
        this.defaultSeverity = defaultSeverity;
        this.scope = scope;
        this.title = title;
        this.raisedSeverity = raisedSeverity;
        this.raisedWhen = raisedWhen;
    }

    /** The severity of a finding of this kind unless roles.yaml or a framework pack sets another. */
    public Severity defaultSeverity() {
        return defaultSeverity;
    }

    /**
     * The severity of a finding its rule calls aggravated (see {@link #raisedWhen()}); the default
     * severity when the kind has no such case.
     */
    public Severity raisedSeverity() {
        return raisedSeverity == null ? defaultSeverity : raisedSeverity;
    }

    /** When a finding of this kind is aggravated, in words; empty when never. */
    public java.util.Optional<String> raisedWhen() {
        return java.util.Optional.ofNullable(raisedWhen);
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
