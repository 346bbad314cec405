package io.rolecall.infra.local.internal;

import java.util.List;

/**
 * The RoleCall schema as a list of versions: a new database is created at version 1 and migrated
 * like any old one, each version in its own transaction together with its version number.
 */
final class SqliteSchema {

    private SqliteSchema() {
    }

    /** Bump with every schema change, and add its migration to {@link #MIGRATIONS}. */
    static final int SCHEMA_VERSION = 12;

    /** The first schema; a new database is created with it and then migrated like any old one. */
    static final List<String> SCHEMA_V1 = List.of(
            """
            CREATE TABLE finding (
              id TEXT PRIMARY KEY, kind TEXT NOT NULL, severity TEXT NOT NULL, status TEXT NOT NULL,
              role_id TEXT, related_role_id TEXT, responsibility_id TEXT, person TEXT,
              message TEXT NOT NULL, remediation TEXT NOT NULL,
              first_seen TEXT NOT NULL, last_seen TEXT NOT NULL, due_date TEXT NOT NULL, resolved_at TEXT)""",
            """
            CREATE TABLE finding_episode (
              finding_id TEXT NOT NULL REFERENCES finding(id), seq INTEGER NOT NULL,
              opened_on TEXT NOT NULL, resolved_on TEXT, PRIMARY KEY (finding_id, seq))""",
            """
            CREATE TABLE assignment (
              role_id TEXT NOT NULL, person TEXT NOT NULL, capacity TEXT NOT NULL, from_date TEXT NOT NULL,
              to_date TEXT, open INTEGER NOT NULL, via TEXT, has_job INTEGER NOT NULL,
              job_title TEXT, job_department TEXT, job_manager TEXT,
              PRIMARY KEY (role_id, person, capacity, from_date))""",
            "CREATE INDEX assignment_open ON assignment(open)",
            """
            CREATE TABLE person (
              email TEXT PRIMARY KEY, id TEXT NOT NULL, name TEXT, status TEXT NOT NULL, type TEXT NOT NULL,
              title TEXT, department TEXT, manager TEXT, groups_json TEXT NOT NULL, end_date TEXT,
              job_since TEXT NOT NULL, gone_since TEXT)""",
            """
            CREATE TABLE run (
              run_id TEXT PRIMARY KEY, as_of TEXT NOT NULL, started_at TEXT NOT NULL, source TEXT,
              catalogue_sha256 TEXT NOT NULL, opened INTEGER NOT NULL, reopened INTEGER NOT NULL,
              resolved INTEGER NOT NULL, metrics_json TEXT NOT NULL)""",
            "CREATE INDEX run_order ON run(as_of, started_at)",
            "CREATE TABLE catalogue (sha256 TEXT PRIMARY KEY, name TEXT NOT NULL, text TEXT NOT NULL)");

    /**
     * Version 2: the last scan that detected a gap belongs to each resolved episode, and open findings
     * are no longer rewritten after every scan just to move a last-seen date. A resolved finding's old
     * last_seen becomes its latest episode's; earlier episodes' stay unknown (null).
     */
    private static final List<String> MIGRATION_V2 = List.of(
            "ALTER TABLE finding_episode ADD COLUMN last_seen_on TEXT",
            """
            UPDATE finding_episode SET last_seen_on = (SELECT f.last_seen FROM finding f WHERE f.id = finding_id)
            WHERE resolved_on IS NOT NULL
              AND seq = (SELECT MAX(e.seq) FROM finding_episode e WHERE e.finding_id = finding_episode.finding_id)
              AND (SELECT f.last_seen FROM finding f WHERE f.id = finding_id) BETWEEN opened_on AND resolved_on""",
            "ALTER TABLE finding DROP COLUMN last_seen");

    /**
     * Version 3: runs are ordered by number (the as-of day as an epoch day) and by start time written
     * with all nine fraction digits, because ISO text sorts "08:00:00Z" after "08:00:00.5Z"; findings
     * may be about a directory group (GROUP_NOT_IN_DIRECTORY); a run keeps the digest of its directory and the build that ran it.
     */
    private static final List<String> MIGRATION_V3 = List.of(
            "ALTER TABLE run ADD COLUMN as_of_day INTEGER",
            "UPDATE run SET as_of_day = CAST(julianday(as_of) - 2440587.5 AS INTEGER)",
            """
            UPDATE run SET started_at = CASE
              WHEN length(started_at) = 20 THEN substr(started_at, 1, 19) || '.000000000Z'
              ELSE substr(started_at, 1, 20)
                || substr(substr(started_at, 21, length(started_at) - 21) || '000000000', 1, 9) || 'Z' END
            WHERE length(started_at) BETWEEN 20 AND 29""",
            "DROP INDEX run_order",
            "CREATE INDEX run_order ON run(as_of_day, started_at)",
            "ALTER TABLE finding ADD COLUMN group_name TEXT",
            "ALTER TABLE run ADD COLUMN directory_digest TEXT",
            "ALTER TABLE run ADD COLUMN engine TEXT");

    /**
     * Version 4: holders' acceptances of their duties, wrong attempts and asks (kept for good), the
     * revision that tells a scan whether any was recorded since the latest one, and which emails
     * went out once (notices to holders).
     */
    private static final List<String> MIGRATION_V4 = List.of(
            """
            CREATE TABLE acceptance (
              person TEXT NOT NULL, role_id TEXT NOT NULL, version TEXT NOT NULL,
              catalogue_sha256 TEXT, catalogue_name TEXT, accepted_at TEXT NOT NULL, answers_json TEXT NOT NULL,
              failed_attempts INTEGER NOT NULL, user_agent TEXT,
              PRIMARY KEY (person, role_id, version, accepted_at))""",
            """
            CREATE TABLE acknowledgement_attempt (
              person TEXT NOT NULL, role_id TEXT NOT NULL, version TEXT NOT NULL, at TEXT NOT NULL,
              answers_json TEXT NOT NULL, wrong_json TEXT NOT NULL, user_agent TEXT)""",
            "CREATE INDEX acknowledgement_attempt_holder ON acknowledgement_attempt(person, role_id)",
            """
            CREATE TABLE acknowledgement_ask (
              person TEXT NOT NULL, role_id TEXT NOT NULL, version TEXT NOT NULL, asked_on TEXT NOT NULL,
              kind TEXT NOT NULL, PRIMARY KEY (person, role_id, version, asked_on, kind))""",
            "CREATE TABLE record_revision (name TEXT PRIMARY KEY, token TEXT NOT NULL)",
            "ALTER TABLE run ADD COLUMN records_revision TEXT",
            """
            CREATE TABLE sent_email (
              email_key TEXT PRIMARY KEY, claimed_at TEXT NOT NULL, claimed_at_millis INTEGER NOT NULL,
              sent_at TEXT, delivery_id TEXT, recipients INTEGER)""");

    /**
     * Version 5: the exception (accepted risk) a finding is accepted under, and the nonconformity
     * register: one row per nonconformity, numbered per year, and its history, only ever inserted.
     */
    private static final List<String> MIGRATION_V5 = List.of(
            "ALTER TABLE finding ADD COLUMN exception_id TEXT",
            "ALTER TABLE finding ADD COLUMN exception_expires TEXT",
            "ALTER TABLE finding ADD COLUMN exception_ended_on TEXT",
            """
            CREATE TABLE nonconformity (
              id TEXT PRIMARY KEY, year INTEGER NOT NULL, seq INTEGER NOT NULL, revision INTEGER NOT NULL,
              status TEXT NOT NULL, source TEXT NOT NULL, finding_ids_json TEXT NOT NULL, raised_on TEXT NOT NULL,
              description TEXT NOT NULL, correction TEXT, root_cause TEXT, corrective_action TEXT, owner TEXT,
              target_date TEXT, action_taken_on TEXT, closed_on TEXT, UNIQUE (year, seq))""",
            """
            CREATE TABLE nonconformity_history (
              nc_id TEXT NOT NULL REFERENCES nonconformity(id), seq INTEGER NOT NULL, on_day TEXT NOT NULL,
              by_whom TEXT NOT NULL, change TEXT NOT NULL, PRIMARY KEY (nc_id, seq))""");

    /**
     * Version 6: the ISMS calendar. The activity a finding is about, and the completions of activities
     * and of role training: evidence, only ever inserted (the same record twice is kept once).
     */
    private static final List<String> MIGRATION_V6 = List.of(
            "ALTER TABLE finding ADD COLUMN activity_id TEXT",
            """
            CREATE TABLE activity_completion (
              activity_id TEXT NOT NULL, completed_on TEXT NOT NULL, evidence TEXT NOT NULL, by_whom TEXT NOT NULL,
              recorded_on TEXT NOT NULL, PRIMARY KEY (activity_id, completed_on, evidence))""",
            """
            CREATE TABLE training_completion (
              person TEXT NOT NULL, role_id TEXT NOT NULL, completed_on TEXT NOT NULL, evidence TEXT NOT NULL,
              by_whom TEXT NOT NULL, recorded_on TEXT NOT NULL, PRIMARY KEY (person, role_id, completed_on, evidence))""");

    /**
     * Version 7: a copy of every report sent, as the whole message, for the evidence pack. Rows are
     * only ever inserted; the hash and size let a reader check the copy it gets.
     */
    private static final List<String> MIGRATION_V7 = List.of(
            """
            CREATE TABLE report_copy (
              report_key TEXT NOT NULL, sent_at TEXT NOT NULL, sent_at_millis INTEGER NOT NULL, as_of TEXT NOT NULL, delivery_id TEXT NOT NULL,
              recipients INTEGER NOT NULL, sha256 TEXT NOT NULL, bytes INTEGER NOT NULL, message BLOB NOT NULL,
              PRIMARY KEY (report_key, sent_at))""",
            "CREATE INDEX report_copy_as_of ON report_copy(as_of)");

    /**
     * Version 8: each acceptance carries which acceptance of its duties version it is (from 1, by time
     * for those kept before), and two of the same number cannot both be kept: two posts of one form
     * keep one. Wrong attempts are counted per holder, version and hour.
     */
    private static final List<String> MIGRATION_V8 = List.of(
            "ALTER TABLE acceptance ADD COLUMN seq INTEGER NOT NULL DEFAULT 1",
            """
            UPDATE acceptance SET seq = (SELECT COUNT(*) FROM acceptance earlier
              WHERE earlier.person = acceptance.person AND earlier.role_id = acceptance.role_id
                AND earlier.version = acceptance.version AND earlier.accepted_at <= acceptance.accepted_at)""",
            "CREATE UNIQUE INDEX acceptance_once ON acceptance(person, role_id, version, seq)",
            "CREATE INDEX acknowledgement_attempt_hour ON acknowledgement_attempt(person, role_id, version, at)");

    /**
     * Version 9: each run keeps the digest of the source's content it read (an export file's bytes), so
     * that the next scan of the same bytes need not parse them.
     */
    private static final List<String> MIGRATION_V9 = List.of("ALTER TABLE run ADD COLUMN source_digest TEXT");

    /**
     * Version 10: a finding about a document of roles.yaml or a framework's function names it, and every
     * finding keeps the clauses it shows unmet (a JSON list of text).
     */
    private static final List<String> MIGRATION_V10 = List.of("ALTER TABLE finding ADD COLUMN subject TEXT",
            "ALTER TABLE finding ADD COLUMN references_json TEXT");

    /** Version 11: handovers of roles from leavers to successors. */
    private static final List<String> MIGRATION_V11 = List.of("""
            CREATE TABLE handover (
              id TEXT PRIMARY KEY, role_id TEXT NOT NULL, from_person TEXT NOT NULL, to_person TEXT NOT NULL,
              effective TEXT NOT NULL, status TEXT NOT NULL, proposed_on TEXT NOT NULL, duties_version TEXT,
              accepted_at TEXT, closed_on TEXT, note TEXT)""");

    /**
     * Version 12: a delivery to another channel than email (a Slack message, a Jira issue) keeps its one
     * recipient (a Slack user or channel id, a Jira project) beside the id the channel gave it.
     */
    private static final List<String> MIGRATION_V12 = List.of("ALTER TABLE sent_email ADD COLUMN recipient TEXT");

    /** The statements that take a database from version {@code index} to {@code index + 1}. */
    static final List<List<String>> MIGRATIONS = List.of(SCHEMA_V1, MIGRATION_V2, MIGRATION_V3, MIGRATION_V4,
            MIGRATION_V5, MIGRATION_V6, MIGRATION_V7, MIGRATION_V8, MIGRATION_V9, MIGRATION_V10, MIGRATION_V11,
            MIGRATION_V12);

    /** The tables RoleCall writes, each checked before it is first written through a connection. */
    static final List<String> TABLES = List.of("finding", "finding_episode", "assignment", "person", "run",
            "catalogue", "acceptance", "acknowledgement_attempt", "acknowledgement_ask", "record_revision",
            "sent_email", "nonconformity", "nonconformity_history", "activity_completion", "training_completion",
            "report_copy", "handover");
}
