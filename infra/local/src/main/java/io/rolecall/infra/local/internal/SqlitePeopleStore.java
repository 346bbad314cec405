package io.rolecall.infra.local.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.rolecall.core.history.KnownPeople;
import io.rolecall.core.history.KnownPerson;
import io.rolecall.core.model.Email;
import io.rolecall.core.model.Person;
import io.rolecall.core.model.PersonStatus;
import io.rolecall.core.model.PersonType;
import io.rolecall.core.port.PeopleStore;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/** Everyone earlier scans saw, one row per email; groups kept as a JSON array to preserve their order. */
public final class SqlitePeopleStore implements PeopleStore {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectReader GROUPS = JSON.readerFor(new TypeReference<List<String>>() { });

    private static final String COLUMNS = "email, id, name, status, type, title, department, manager, groups_json, "
            + "end_date, job_since, gone_since";

    private final SqliteDatabase database;

    public SqlitePeopleStore(SqliteDatabase database) {
        this.database = database;
    }

    @Override
    public KnownPeople knownPeople() {
        return database.read(connection -> {
            List<KnownPerson> people = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS + " FROM person");
                 ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    people.add(toKnownPerson(rows));
                }
            }
            return KnownPeople.of(people);
        });
    }

    @Override
    public Optional<KnownPerson> find(Email email) {
        return database.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS
                    + " FROM person WHERE email = ?")) {
                select.setString(1, email.value());
                try (ResultSet rows = select.executeQuery()) {
                    return rows.next() ? Optional.of(toKnownPerson(rows)) : Optional.empty();
                }
            }
        });
    }

    /** Read by position: a changed directory loads every known person, and name lookups per cell add up. */
    private static KnownPerson toKnownPerson(ResultSet rows) throws SQLException {
        Person person = new Person(rows.getString(2), Columns.email(rows, 1), rows.getString(3),
                PersonStatus.valueOf(rows.getString(4)), PersonType.valueOf(rows.getString(5)),
                rows.getString(6), rows.getString(7), Columns.email(rows, 8),
                new LinkedHashSet<>(readGroups(rows.getString(9))), Columns.date(rows, 10));
        return new KnownPerson(person, Columns.date(rows, 11), Columns.date(rows, 12));
    }

    @Override
    public void save(Collection<KnownPerson> changed) {
        if (changed.isEmpty()) {
            return;
        }
        database.inTransaction(connection -> {
            database.checkBeforeWriting("person");
            try (PreparedStatement upsert = connection.prepareStatement("""
                    INSERT OR REPLACE INTO person (%s)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""".formatted(COLUMNS))) {
                for (KnownPerson known : changed) {
                    Person person = known.person();
                    Columns.text(upsert, 1, person.email());
                    Columns.text(upsert, 2, person.id());
                    Columns.text(upsert, 3, person.name());
                    Columns.text(upsert, 4, person.status());
                    Columns.text(upsert, 5, person.type());
                    Columns.text(upsert, 6, person.title());
                    Columns.text(upsert, 7, person.department());
                    Columns.text(upsert, 8, person.manager());
                    Columns.text(upsert, 9, writeGroups(person));
                    Columns.text(upsert, 10, person.endDate());
                    Columns.text(upsert, 11, known.jobSince());
                    Columns.text(upsert, 12, known.goneSince());
                    upsert.addBatch();
                }
                upsert.executeBatch();
            }
            return null;
        });
    }

    private static String writeGroups(Person person) {
        try {
            return JSON.writeValueAsString(person.groups());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a list of strings always serialises", e);
        }
    }

    private static List<String> readGroups(String json) throws SQLException {
        try {
            return GROUPS.readValue(json);
        } catch (JsonProcessingException e) {
            throw new SQLException("person.groups_json is not a JSON array of strings: " + json, e);
        }
    }
}
