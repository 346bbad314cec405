package io.rolecall.infra.local.internal;

import io.rolecall.core.calendar.ActivityCompletion;
import io.rolecall.core.calendar.CalendarRecords;
import io.rolecall.core.calendar.TrainingCompletion;
import io.rolecall.core.port.CalendarStore;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Completions of the ISMS calendar in activity_completion and training_completion, rows only ever
 * inserted (INSERT OR IGNORE on subject, day and evidence); a row in record_revision changes with
 * each, so a scan knows whether any was recorded since the last.
 */
public final class SqliteCalendarStore implements CalendarStore {

    private static final String REVISION = "calendar";

    private final SqliteDatabase database;

    public SqliteCalendarStore(SqliteDatabase database) {
        this.database = database;
    }

    @Override
    public CalendarRecords records() {
        return database.read(connection -> {
            List<ActivityCompletion> activities = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT * FROM activity_completion ORDER BY activity_id, completed_on");
                 ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    activities.add(new ActivityCompletion(rows.getString("activity_id"),
                            Columns.date(rows, "completed_on"), rows.getString("evidence"), rows.getString("by_whom"),
                            Columns.date(rows, "recorded_on")));
                }
            }
            List<TrainingCompletion> training = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT * FROM training_completion ORDER BY person, role_id, completed_on");
                 ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    training.add(new TrainingCompletion(Columns.email(rows, "person"), rows.getString("role_id"),
                            Columns.date(rows, "completed_on"), rows.getString("evidence"), rows.getString("by_whom"),
                            Columns.date(rows, "recorded_on")));
                }
            }
            return new CalendarRecords(activities, training);
        });
    }

    @Override
    public void recordActivity(ActivityCompletion completion) {
        database.inTransaction(connection -> {
            database.checkBeforeWriting("activity_completion", "record_revision");
            try (PreparedStatement insert = connection.prepareStatement("INSERT OR IGNORE INTO activity_completion "
                    + "(activity_id, completed_on, evidence, by_whom, recorded_on) VALUES (?, ?, ?, ?, ?)")) {
                Columns.text(insert, 1, completion.activityId());
                Columns.text(insert, 2, completion.completedOn());
                Columns.text(insert, 3, completion.evidence());
                Columns.text(insert, 4, completion.by());
                Columns.text(insert, 5, completion.recordedOn());
                insert.executeUpdate();
            }
            RecordRevision.renew(connection, REVISION);
            return null;
        });
    }

    @Override
    public void recordTraining(Collection<TrainingCompletion> completions) {
        if (completions.isEmpty()) {
            return;
        }
        database.inTransaction(connection -> {
            database.checkBeforeWriting("training_completion", "record_revision");
            try (PreparedStatement insert = connection.prepareStatement("INSERT OR IGNORE INTO training_completion "
                    + "(person, role_id, completed_on, evidence, by_whom, recorded_on) VALUES (?, ?, ?, ?, ?, ?)")) {
                for (TrainingCompletion completion : completions) {
                    Columns.text(insert, 1, completion.person());
                    Columns.text(insert, 2, completion.roleId());
                    Columns.text(insert, 3, completion.completedOn());
                    Columns.text(insert, 4, completion.evidence());
                    Columns.text(insert, 5, completion.by());
                    Columns.text(insert, 6, completion.recordedOn());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            RecordRevision.renew(connection, REVISION);
            return null;
        });
    }

    @Override
    public String revision() {
        return RecordRevision.read(database, REVISION);
    }
}
