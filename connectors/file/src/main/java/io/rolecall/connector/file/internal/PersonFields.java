package io.rolecall.connector.file.internal;

import io.rolecall.core.model.Dates;
import io.rolecall.core.model.Email;
import io.rolecall.core.model.Person;
import io.rolecall.core.model.PersonStatus;
import io.rolecall.core.model.PersonType;
import io.rolecall.core.model.VisibleText;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns the text fields of one exported person (JSON object or CSV row) into a {@link Person},
 * or into problems that say where and how to fix them. Shared by both export formats. Values come
 * in an array indexed like {@link #FIELDS}: a read of 100,000 people builds no map per person.
 */
final class PersonFields {

    static final List<String> FIELDS = List.of(
            "id", "email", "name", "status", "type", "title", "department", "manager", "groups", "endDate");
    static final int ID = 0;
    static final int EMAIL = 1;
    static final int NAME = 2;
    static final int STATUS = 3;
    static final int TYPE = 4;
    static final int TITLE = 5;
    static final int DEPARTMENT = 6;
    static final int MANAGER = 7;
    static final int GROUPS = 8;
    static final int END_DATE = 9;

    private static final Map<String, Integer> INDEX = new HashMap<>();

    static {
        for (int i = 0; i < FIELDS.size(); i++) {
            INDEX.put(FIELDS.get(i), i);
        }
    }

    private PersonFields() {
    }

    /** The field's index in {@link #FIELDS}, or -1 for an unknown field. */
    static int indexOf(String field) {
        Integer index = INDEX.get(field);
        return index == null ? -1 : index;
    }

    static Optional<Person> toPerson(String[] values, List<String> groups, Where where, Problems problems,
                                     SharedValues shared) {
        int before = problems.count();
        String id = required(values, ID, where, problems);
        String email = required(values, EMAIL, where, problems);
        String status = required(values, STATUS, where, problems);
        Email address = null;
        if (id != null && email != null) {
            try {
                address = Email.of(email);
            } catch (IllegalArgumentException e) {
                problems.add(where + ": email '" + VisibleText.of(email) + "' is not an email address ("
                        + Email.problemIn(email).orElse("not name@domain") + "); write it as name@domain.");
            }
        }
        PersonStatus parsedStatus = null;
        if (status != null) {
            try {
                parsedStatus = PersonStatus.parse(status);
            } catch (IllegalArgumentException e) {
                problems.add(label(where, id) + ": " + e.getMessage() + " (any case).");
            }
        }
        PersonType type = null;
        try {
            type = PersonType.parse(values[TYPE]);
        } catch (IllegalArgumentException e) {
            problems.add(label(where, id) + ": " + e.getMessage() + "; leave it empty for a person.");
        }
        Email manager = null;
        String managerText = values[MANAGER];
        if (managerText != null && !managerText.isBlank()) {
            try {
                manager = shared.email(managerText);
            } catch (IllegalArgumentException e) {
                problems.add(label(where, id) + ": manager '" + VisibleText.of(managerText) + "' is not an email "
                        + "address (" + Email.problemIn(managerText).orElse("not name@domain") + "); give the "
                        + "manager's email, or leave it empty.");
            }
        }
        LocalDate endDate = null;
        String endText = values[END_DATE];
        if (endText != null && !endText.isBlank()) {
            try {
                endDate = Dates.parse(endText);
            } catch (IllegalArgumentException e) {
                problems.add(label(where, id) + ": endDate '" + VisibleText.of(endText.trim())
                        + "' is not a date; write it as YYYY-MM-DD.");
            }
        }
        if (problems.count() > before || address == null) {
            return Optional.empty();
        }
        return Optional.of(new Person(id, address, values[NAME], parsedStatus, type, shared.text(values[TITLE]),
                shared.text(values[DEPARTMENT]), manager, shared.groups(groups), endDate));
    }

    private static String label(Where where, String id) {
        return id == null ? where.toString() : where + " (id " + VisibleText.of(id) + ")";
    }

    private static String required(String[] values, int field, Where where, Problems problems) {
        String value = values[field];
        if (value == null || value.isBlank()) {
            problems.add(where + ": '" + FIELDS.get(field) + "' is missing; every person needs id, email and status.");
            return null;
        }
        return value.trim();
    }
}
