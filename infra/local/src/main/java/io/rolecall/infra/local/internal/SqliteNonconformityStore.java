package io.rolecall.infra.local.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.rolecall.core.nonconformity.ConcurrentChangeException;
import io.rolecall.core.nonconformity.NcDraft;
import io.rolecall.core.nonconformity.NcHistoryEntry;
import io.rolecall.core.nonconformity.NcSource;
import io.rolecall.core.nonconformity.NcStatus;
import io.rolecall.core.nonconformity.Nonconformity;
import io.rolecall.core.port.NonconformityStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The register in two tables: nonconformity (one row each, with its year, its number in the year
 * and its revision) and nonconformity_history (rows only ever inserted). A new number is taken by
 * the INSERT itself, so two commands raising at once cannot take the same one.
 */
public final class SqliteNonconformityStore implements NonconformityStore {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<String>> TEXTS = new TypeReference<>() { };

    private final SqliteDatabase database;

    public SqliteNonconformityStore(SqliteDatabase database) {
        this.database = database;
    }

    @Override
    public List<Nonconformity> all() {
        return database.read(connection -> select(connection, "", null));
    }

    @Override
    public Optional<Nonconformity> find(String id) {
        return database.read(connection -> select(connection, " WHERE n.id = ?", id).stream().findFirst());
    }

    private static List<Nonconformity> select(Connection connection, String where, String id) throws SQLException {
        Map<String, List<NcHistoryEntry>> history = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT h.* FROM nonconformity_history h "
                + "JOIN nonconformity n ON n.id = h.nc_id" + where + " ORDER BY h.nc_id, h.seq")) {
            if (id != null) {
                select.setString(1, id);
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    history.computeIfAbsent(rows.getString("nc_id"), key -> new ArrayList<>()).add(new NcHistoryEntry(
                            Columns.date(rows, "on_day"), rows.getString("by_whom"), rows.getString("change")));
                }
            }
        }
        List<Nonconformity> all = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT n.* FROM nonconformity n" + where
                + " ORDER BY n.year, n.seq")) {
            if (id != null) {
                select.setString(1, id);
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    String ncId = rows.getString("id");
                    all.add(new Nonconformity(ncId, rows.getInt("revision"), NcStatus.valueOf(rows.getString("status")),
                            NcSource.valueOf(rows.getString("source")), texts(rows.getString("finding_ids_json")),
                            Columns.date(rows, "raised_on"), rows.getString("description"),
                            rows.getString("correction"), rows.getString("root_cause"),
                            rows.getString("corrective_action"), rows.getString("owner"),
                            Columns.date(rows, "target_date"), Columns.date(rows, "action_taken_on"),
                            Columns.date(rows, "closed_on"), history.getOrDefault(ncId, List.of())));
                }
            }
        }
        return all;
    }

    @Override
    public Nonconformity raise(NcDraft draft) {
        return database.inTransaction(connection -> {
            database.checkBeforeWriting("nonconformity", "nonconformity_history");
            int year = draft.raisedOn().getYear();
            // One statement reads the year's highest number and inserts the next under SQLite's write lock.
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO nonconformity (id, year, seq, revision, status, source, finding_ids_json, raised_on,
                      description)
                    SELECT printf('NC-%04d-%03d', ?, COALESCE(MAX(seq), 0) + 1), ?, COALESCE(MAX(seq), 0) + 1, 1,
                      ?, ?, ?, ?, ? FROM nonconformity WHERE year = ?""")) {
                insert.setInt(1, year);
                insert.setInt(2, year);
                Columns.text(insert, 3, NcStatus.OPEN);
                Columns.text(insert, 4, draft.source());
                insert.setString(5, json(draft.findingIds()));
                Columns.text(insert, 6, draft.raisedOn());
                insert.setString(7, draft.description());
                insert.setInt(8, year);
                insert.executeUpdate();
            }
            String id;
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT id FROM nonconformity WHERE rowid = last_insert_rowid()");
                 ResultSet rows = select.executeQuery()) {
                rows.next();
                id = rows.getString(1);
            }
            Nonconformity raised = draft.withId(id);
            insertHistory(connection, raised, 0);
            return raised;
        });
    }

    @Override
    public Nonconformity update(Nonconformity changed) {
        return database.inTransaction(connection -> {
            database.checkBeforeWriting("nonconformity", "nonconformity_history");
            try (PreparedStatement update = connection.prepareStatement("""
                    UPDATE nonconformity SET revision = revision + 1, status = ?, correction = ?, root_cause = ?,
                      corrective_action = ?, owner = ?, target_date = ?, action_taken_on = ?, closed_on = ?
                    WHERE id = ? AND revision = ?""")) {
                int i = 1;
                Columns.text(update, i++, changed.status());
                Columns.text(update, i++, changed.correction());
                Columns.text(update, i++, changed.rootCause());
                Columns.text(update, i++, changed.correctiveAction());
                Columns.text(update, i++, changed.owner());
                Columns.text(update, i++, changed.targetDate());
                Columns.text(update, i++, changed.actionTakenOn());
                Columns.text(update, i++, changed.closedOn());
                update.setString(i++, changed.id());
                update.setInt(i, changed.revision());
                if (update.executeUpdate() == 0) {
                    throw new ConcurrentChangeException(changed.id());
                }
            }
            int kept;
            try (PreparedStatement count = connection.prepareStatement(
                    "SELECT COUNT(*) FROM nonconformity_history WHERE nc_id = ?")) {
                count.setString(1, changed.id());
                try (ResultSet rows = count.executeQuery()) {
                    rows.next();
                    kept = rows.getInt(1);
                }
            }
            insertHistory(connection, changed, kept);
            return changed.atRevision(changed.revision() + 1);
        });
    }

    /** Inserts the history entries from {@code from} on: earlier ones are never rewritten. */
    private static void insertHistory(Connection connection, Nonconformity nc, int from) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO nonconformity_history (nc_id, seq, on_day, by_whom, change) VALUES (?, ?, ?, ?, ?)")) {
            for (int seq = from; seq < nc.history().size(); seq++) {
                NcHistoryEntry entry = nc.history().get(seq);
                insert.setString(1, nc.id());
                insert.setInt(2, seq);
                Columns.text(insert, 3, entry.on());
                insert.setString(4, entry.by());
                insert.setString(5, entry.change());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static String json(List<String> values) {
        try {
            return JSON.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a list of strings is always JSON", e);
        }
    }

    private static List<String> texts(String json) {
        try {
            return JSON.readValue(json, TEXTS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("finding_ids_json is not a JSON list: " + json, e);
        }
    }
}
