package io.rolecall.infra.local.internal;

import com.fasterxml.jackson.core.type.TypeReference;
import io.rolecall.core.finding.Episode;
import io.rolecall.core.finding.Finding;
import io.rolecall.core.finding.RiskAcceptance;
import io.rolecall.core.model.FindingKey;
import io.rolecall.core.model.FindingKind;
import io.rolecall.core.model.Severity;
import io.rolecall.core.port.FindingStore;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Findings in two tables: the finding (with its status denormalised for ad-hoc queries) and its episodes. */
public final class SqliteFindingStore implements FindingStore {

    private static final TypeReference<List<String>> TEXTS = new TypeReference<>() { };

    private final SqliteDatabase database;

    public SqliteFindingStore(SqliteDatabase database) {
        this.database = database;
    }

    @Override
    public List<Finding> findings() {
        return database.read(connection -> {
            Map<String, List<Episode>> episodes = new HashMap<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT finding_id, opened_on, resolved_on, last_seen_on FROM finding_episode ORDER BY finding_id, seq");
                 ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    episodes.computeIfAbsent(rows.getString("finding_id"), id -> new ArrayList<>())
                            .add(new Episode(Columns.date(rows, "opened_on"), Columns.date(rows, "resolved_on"),
                                    Columns.date(rows, "last_seen_on")));
                }
            }
            Map<String, Finding> findings = new LinkedHashMap<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT * FROM finding ORDER BY id");
                 ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    FindingKey key = new FindingKey(FindingKind.valueOf(rows.getString("kind")),
                            rows.getString("role_id"), rows.getString("related_role_id"),
                            rows.getString("responsibility_id"), Columns.email(rows, "person"),
                            rows.getString("group_name"), rows.getString("activity_id"), rows.getString("subject"));
                    String id = rows.getString("id");
                    String exceptionId = rows.getString("exception_id");
                    RiskAcceptance exception = exceptionId == null ? null : new RiskAcceptance(exceptionId,
                            Columns.date(rows, "exception_expires"), Columns.date(rows, "exception_ended_on"));
                    findings.put(id, new Finding(key, Severity.valueOf(rows.getString("severity")),
                            rows.getString("message"), rows.getString("remediation"),
                            episodes.getOrDefault(id, List.of()), Columns.date(rows, "due_date"), exception,
                            rows.getString("references_json") == null ? List.of()
                                    : Columns.fromJson(rows.getString("references_json"), TEXTS)));
                }
            }
            return new ArrayList<>(findings.values());
        });
    }

    @Override
    public void save(Collection<Finding> changed) {
        if (changed.isEmpty()) {
            return;
        }
        database.inTransaction(connection -> {
            database.checkBeforeWriting("finding", "finding_episode");
            try (PreparedStatement upsert = connection.prepareStatement("""
                    INSERT INTO finding (id, kind, severity, status, role_id, related_role_id, responsibility_id,
                      person, message, remediation, first_seen, due_date, resolved_at, group_name, exception_id,
                      exception_expires, exception_ended_on, activity_id, subject, references_json)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT(id) DO UPDATE SET kind = excluded.kind, severity = excluded.severity,
                      status = excluded.status, role_id = excluded.role_id, related_role_id = excluded.related_role_id,
                      responsibility_id = excluded.responsibility_id, person = excluded.person,
                      message = excluded.message, remediation = excluded.remediation, first_seen = excluded.first_seen,
                      due_date = excluded.due_date, resolved_at = excluded.resolved_at,
                      group_name = excluded.group_name, exception_id = excluded.exception_id,
                      exception_expires = excluded.exception_expires,
                      exception_ended_on = excluded.exception_ended_on, activity_id = excluded.activity_id,
                      subject = excluded.subject, references_json = excluded.references_json""");
                 PreparedStatement deleteEpisodes = connection.prepareStatement(
                         "DELETE FROM finding_episode WHERE finding_id = ?");
                 PreparedStatement insertEpisode = connection.prepareStatement(
                         "INSERT INTO finding_episode (finding_id, seq, opened_on, resolved_on, last_seen_on) "
                                 + "VALUES (?, ?, ?, ?, ?)")) {
                for (Finding finding : changed) {
                    int i = 1;
                    Columns.text(upsert, i++, finding.id());
                    Columns.text(upsert, i++, finding.kind());
                    Columns.text(upsert, i++, finding.severity());
                    Columns.text(upsert, i++, finding.status());
                    Columns.text(upsert, i++, finding.roleId());
                    Columns.text(upsert, i++, finding.relatedRoleId());
                    Columns.text(upsert, i++, finding.responsibilityId());
                    Columns.text(upsert, i++, finding.person());
                    Columns.text(upsert, i++, finding.message());
                    Columns.text(upsert, i++, finding.remediation());
                    Columns.text(upsert, i++, finding.firstSeen());
                    Columns.text(upsert, i++, finding.dueDate());
                    Columns.text(upsert, i++, finding.resolvedAt());
                    Columns.text(upsert, i++, finding.group());
                    RiskAcceptance exception = finding.exception();
                    Columns.text(upsert, i++, exception == null ? null : exception.exceptionId());
                    Columns.text(upsert, i++, exception == null ? null : exception.expires());
                    Columns.text(upsert, i++, exception == null ? null : exception.endedOn());
                    Columns.text(upsert, i++, finding.activityId());
                    Columns.text(upsert, i++, finding.subject());
                    Columns.text(upsert, i, Columns.toJson(finding.references()));
                    upsert.addBatch();
                    deleteEpisodes.setString(1, finding.id());
                    deleteEpisodes.addBatch();
                    for (int seq = 0; seq < finding.episodes().size(); seq++) {
                        Episode episode = finding.episodes().get(seq);
                        insertEpisode.setString(1, finding.id());
                        insertEpisode.setInt(2, seq);
                        Columns.text(insertEpisode, 3, episode.openedOn());
                        Columns.text(insertEpisode, 4, episode.resolvedOn());
                        Columns.text(insertEpisode, 5, episode.lastSeenOn());
                        insertEpisode.addBatch();
                    }
                }
                upsert.executeBatch();
                deleteEpisodes.executeBatch();
                insertEpisode.executeBatch();
            }
            return null;
        });
    }
}
