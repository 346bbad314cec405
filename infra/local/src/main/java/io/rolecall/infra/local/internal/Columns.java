package io.rolecall.infra.local.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
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
        return date(rows.getString(column));
    }

    static LocalDate date(ResultSet rows, int column) throws SQLException {
        return date(rows.getString(column));
    }

    /** Dates are stored as YYYY-MM-DD; reading them by hand is several times faster than the parser. */
    private static LocalDate date(String value) {
        if (value == null) {
            return null;
        }
        if (value.length() == 10 && value.charAt(4) == '-' && value.charAt(7) == '-') {
            try {
                return LocalDate.of(Integer.parseInt(value, 0, 4, 10), Integer.parseInt(value, 5, 7, 10),
                        Integer.parseInt(value, 8, 10, 10));
            } catch (NumberFormatException e) {
                // fall through to the strict parser, which reports the value
            }
        }
        return LocalDate.parse(value);
    }

    static Email email(ResultSet rows, int column) throws SQLException {
        String value = rows.getString(column);
        return value == null ? null : Email.of(value);
    }

    static Email email(ResultSet rows, String column) throws SQLException {
        String value = rows.getString(column);
        return value == null ? null : Email.of(value);
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Lists of text and numbers as JSON text, for columns that hold a list. */
    static String toJson(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("lists of text and numbers always serialise", e);
        }
    }

    static <T> T fromJson(String json, TypeReference<T> type) throws SQLException {
        try {
            return JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new SQLException("a stored list cannot be read: " + e.getOriginalMessage(), e);
        }
    }
}
