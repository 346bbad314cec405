package io.rolecall.infra.local.internal;

import io.rolecall.core.handover.Handover;
import io.rolecall.core.port.HandoverStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Handovers in the handover table, one row each by id; a proposal replaces only a row still PROPOSED, and a
 * transition only a row in the expected status (one UPDATE ... WHERE status = ?, so two at once cannot both
 * win). A row in record_revision changes with each transition.
 */
public final class SqliteHandoverStore implements HandoverStore {

    private static final String REVISION = "handover";
    private static final String COLUMNS = "id, role_id, from_person, to_person, effective, status, proposed_on, "
            + "duties_version, accepted_at, closed_on, note";

    private final SqliteDatabase database;

    public SqliteHandoverStore(SqliteDatabase database) {
        this.database = database;
    }

    @Override
    public List<Handover> all() {
        return database.read(connection -> select(connection, "SELECT " + COLUMNS + " FROM handover ORDER BY id",
                null));
    }

    @Override
    public Optional<Handover> find(String id) {
        return database.read(connection -> select(connection, "SELECT " + COLUMNS + " FROM handover WHERE id = ?",
                id)).stream().findFirst();
    }

    @Override
    public void propose(Collection<Handover> proposals) {
        if (proposals.isEmpty()) {
            return;
        }
        database.inTransaction(connection -> {
            database.checkBeforeWriting("handover", "record_revision");
            try (PreparedStatement upsert = connection.prepareStatement("INSERT INTO handover (" + COLUMNS + ") "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET effective = "
                    + "excluded.effective WHERE handover.status = 'PROPOSED' AND handover.effective <> "
                    + "excluded.effective")) {
                for (Handover proposal : proposals) {
                    bind(upsert, proposal);
                    upsert.executeUpdate();
                }
            }
            return null;
        });
    }

    @Override
    public boolean transition(Handover next, Handover.Status expected) {
        return database.inTransaction(connection -> {
            database.checkBeforeWriting("handover", "record_revision");
            try (PreparedStatement update = connection.prepareStatement("UPDATE handover SET effective = ?, "
                    + "status = ?, duties_version = ?, accepted_at = ?, closed_on = ?, note = ? WHERE id = ? AND "
                    + "status = ?")) {
                Columns.text(update, 1, next.effective());
                Columns.text(update, 2, next.status().name());
                Columns.text(update, 3, next.dutiesVersion());
                Columns.text(update, 4, next.acceptedAt());
                Columns.text(update, 5, next.closedOn());
                Columns.text(update, 6, next.note());
                Columns.text(update, 7, next.id());
                Columns.text(update, 8, expected.name());
                if (update.executeUpdate() == 0) {
                    return false;
                }
            }
            RecordRevision.renew(connection, REVISION);
            return true;
        });
    }

    @Override
    public String revision() {
        return RecordRevision.read(database, REVISION);
    }

    private static void bind(PreparedStatement statement, Handover handover) throws SQLException {
        Columns.text(statement, 1, handover.id());
        Columns.text(statement, 2, handover.roleId());
        Columns.text(statement, 3, handover.from());
        Columns.text(statement, 4, handover.to());
        Columns.text(statement, 5, handover.effective());
        Columns.text(statement, 6, handover.status().name());
        Columns.text(statement, 7, handover.proposedOn());
        Columns.text(statement, 8, handover.dutiesVersion());
        Columns.text(statement, 9, handover.acceptedAt());
        Columns.text(statement, 10, handover.closedOn());
        Columns.text(statement, 11, handover.note());
    }

    private static List<Handover> select(Connection connection, String sql, String id) throws SQLException {
        List<Handover> handovers = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            if (id != null) {
                select.setString(1, id);
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    String acceptedAt = rows.getString("accepted_at");
                    handovers.add(new Handover(rows.getString("id"), rows.getString("role_id"),
                            Columns.email(rows, "from_person"), Columns.email(rows, "to_person"),
                            Columns.date(rows, "effective"), Handover.Status.valueOf(rows.getString("status")),
                            Columns.date(rows, "proposed_on"), rows.getString("duties_version"),
                            acceptedAt == null ? null : Instant.parse(acceptedAt), Columns.date(rows, "closed_on"),
                            rows.getString("note")));
                }
            }
        }
        return handovers;
    }
}
