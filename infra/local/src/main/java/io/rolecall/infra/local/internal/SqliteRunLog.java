package io.rolecall.infra.local.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.rolecall.core.catalogue.CatalogueSource;
import io.rolecall.core.metrics.PostureMetrics;
import io.rolecall.core.model.Dates;
import io.rolecall.core.port.RunLog;
import io.rolecall.core.port.ScanRun;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Runs and the roles.yaml texts they were checked against, the latter stored once per content hash. */
public final class SqliteRunLog implements RunLog {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final SqliteDatabase database;

    public SqliteRunLog(SqliteDatabase database) {
        this.database = database;
    }

    @Override
    public Optional<ScanRun> latest() {
        return select("SELECT * FROM run ORDER BY as_of_day DESC, started_at DESC LIMIT 1").stream().findFirst();
    }

    @Override
    public Optional<ScanRun> latestOnOrBefore(LocalDate day) {
        return select("SELECT * FROM run WHERE as_of_day <= ? ORDER BY as_of_day DESC, started_at DESC LIMIT 1",
                day.toEpochDay()).stream().findFirst();
    }

    @Override
    public List<ScanRun> between(LocalDate from, LocalDate to) {
        return select("SELECT * FROM run WHERE as_of_day BETWEEN ? AND ? ORDER BY as_of_day, started_at",
                from.toEpochDay(), to.toEpochDay());
    }

    private List<ScanRun> select(String sql, long... days) {
        return database.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                for (int i = 0; i < days.length; i++) {
                    select.setLong(i + 1, days[i]);
                }
                List<ScanRun> runs = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        runs.add(toRun(rows));
                    }
                }
                return runs;
            }
        });
    }

    private static ScanRun toRun(ResultSet rows) throws SQLException {
        PostureMetrics metrics;
        try {
            metrics = JSON.readValue(rows.getString("metrics_json"), PostureMetrics.class);
        } catch (JsonProcessingException e) {
            throw new SQLException("run.metrics_json cannot be read: " + e.getOriginalMessage(), e);
        }
        return new ScanRun(rows.getString("run_id"), Columns.date(rows, "as_of"),
                Instant.parse(rows.getString("started_at")), rows.getString("source"),
                rows.getString("catalogue_sha256"), rows.getInt("opened"), rows.getInt("reopened"),
                rows.getInt("resolved"), metrics, rows.getString("directory_digest"),
                rows.getString("engine"), rows.getString("records_revision"), rows.getString("source_digest"));
    }

    @Override
    public void append(ScanRun run, CatalogueSource catalogue) {
        String metrics;
        try {
            metrics = JSON.writeValueAsString(run.metrics());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("posture metrics always serialise", e);
        }
        database.inTransaction(connection -> {
            database.checkBeforeWriting("run", "catalogue");
            try (PreparedStatement insertCatalogue = connection.prepareStatement(
                    "INSERT OR IGNORE INTO catalogue (sha256, name, text) VALUES (?, ?, ?)");
                 PreparedStatement insertRun = connection.prepareStatement("""
                         INSERT OR REPLACE INTO run (run_id, as_of, started_at, source, catalogue_sha256, opened,
                           reopened, resolved, metrics_json, as_of_day, directory_digest, engine, records_revision,
                           source_digest)
                         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
                insertCatalogue.setString(1, catalogue.sha256());
                insertCatalogue.setString(2, catalogue.name());
                insertCatalogue.setString(3, catalogue.text());
                insertCatalogue.executeUpdate();
                Columns.text(insertRun, 1, run.runId());
                Columns.text(insertRun, 2, run.asOf());
                Columns.text(insertRun, 3, Dates.sortable(run.startedAt()));
                Columns.text(insertRun, 4, run.source());
                Columns.text(insertRun, 5, run.catalogueSha256());
                insertRun.setInt(6, run.opened());
                insertRun.setInt(7, run.reopened());
                insertRun.setInt(8, run.resolved());
                insertRun.setString(9, metrics);
                insertRun.setLong(10, run.asOf().toEpochDay());
                Columns.text(insertRun, 11, run.directoryDigest());
                Columns.text(insertRun, 12, run.engine());
                Columns.text(insertRun, 13, run.recordsRevision());
                Columns.text(insertRun, 14, run.sourceDigest());
                insertRun.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public Optional<CatalogueSource> catalogue(String sha256) {
        return database.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT name, text FROM catalogue WHERE sha256 = ?")) {
                select.setString(1, sha256);
                try (ResultSet rows = select.executeQuery()) {
                    return rows.next() ? Optional.of(new CatalogueSource(rows.getString("name"),
                            rows.getString("text"))) : Optional.empty();
                }
            }
        });
    }
}
