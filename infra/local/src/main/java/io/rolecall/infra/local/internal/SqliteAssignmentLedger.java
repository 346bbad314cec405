package io.rolecall.infra.local.internal;

import io.rolecall.core.catalogue.HolderRef;
import io.rolecall.core.holding.AssignmentPeriod;
import io.rolecall.core.holding.Capacity;
import io.rolecall.core.model.Email;
import io.rolecall.core.model.JobProfile;
import io.rolecall.core.port.AssignmentLedger;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** The assignment ledger as one table, keyed by role, person, capacity and start date. */
public final class SqliteAssignmentLedger implements AssignmentLedger {

    private static final String ORDER = " ORDER BY from_date, person, capacity";

    private final SqliteDatabase database;

    public SqliteAssignmentLedger(SqliteDatabase database) {
        this.database = database;
    }

    @Override
    public List<AssignmentPeriod> openPeriods() {
        return query("SELECT * FROM assignment WHERE open = 1" + ORDER);
    }

    @Override
    public List<AssignmentPeriod> periods(String roleId) {
        return query("SELECT * FROM assignment WHERE role_id = ?" + ORDER, roleId);
    }

    @Override
    public List<AssignmentPeriod> openPeriodsOf(String roleId, Email person) {
        return query("SELECT * FROM assignment WHERE role_id = ? AND person = ? AND open = 1" + ORDER, roleId,
                person.value());
    }

    private List<AssignmentPeriod> query(String sql, String... parameters) {
        return database.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    select.setString(i + 1, parameters[i]);
                }
                List<AssignmentPeriod> periods = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        periods.add(toPeriod(rows));
                    }
                }
                return periods;
            }
        });
    }

    private static AssignmentPeriod toPeriod(ResultSet rows) throws SQLException {
        JobProfile job = rows.getInt("has_job") == 1 ? new JobProfile(rows.getString("job_title"),
                rows.getString("job_department"), Columns.email(rows, "job_manager")) : null;
        Email person = Columns.email(rows, "person");
        return new AssignmentPeriod(rows.getString("role_id"), person, Capacity.valueOf(rows.getString("capacity")),
                HolderRef.fromStoredForm(rows.getString("via"), person), Columns.date(rows, "from_date"),
                Columns.date(rows, "to_date"), job);
    }

    @Override
    public void save(Collection<AssignmentPeriod> changed) {
        if (changed.isEmpty()) {
            return;
        }
        database.inTransaction(connection -> {
            database.checkBeforeWriting("assignment");
            try (PreparedStatement upsert = connection.prepareStatement("""
                    INSERT OR REPLACE INTO assignment (role_id, person, capacity, from_date, to_date, open, via,
                      has_job, job_title, job_department, job_manager)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
                for (AssignmentPeriod period : changed) {
                    JobProfile job = period.jobAtStart();
                    Columns.text(upsert, 1, period.roleId());
                    Columns.text(upsert, 2, period.person());
                    Columns.text(upsert, 3, period.capacity());
                    Columns.text(upsert, 4, period.from());
                    Columns.text(upsert, 5, period.to());
                    upsert.setInt(6, period.open() ? 1 : 0);
                    Columns.text(upsert, 7, HolderRef.storedForm(period.via()));
                    upsert.setInt(8, job == null ? 0 : 1);
                    Columns.text(upsert, 9, job == null ? null : job.title());
                    Columns.text(upsert, 10, job == null ? null : job.department());
                    Columns.text(upsert, 11, job == null ? null : job.manager());
                    upsert.addBatch();
                }
                upsert.executeBatch();
            }
            return null;
        });
    }
}
