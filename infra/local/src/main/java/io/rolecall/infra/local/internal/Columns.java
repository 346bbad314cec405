package io.rolecall.infra.local.internal;

import io.rolecall.core.model.Email;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;

/** Nullable value conversions between the domain and SQLite text columns. */
final class Columns {

    private Columns() {
    }

    static void text(PreparedStatement statement, int index, Object value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            statement.setString(index, value.toString());
        }
    }

    static LocalDate date(ResultSet rows, String column) throws SQLException {
        String value = rows.getString(column);
        return value == null ? null : LocalDate.parse(value);
    }

    static Email email(ResultSet rows, String column) throws SQLException {
        String value = rows.getString(column);
        return value == null ? null : Email.of(value);
    }
}
