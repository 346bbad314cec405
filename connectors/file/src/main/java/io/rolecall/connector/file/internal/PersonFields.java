package io.rolecall.connector.file.internal;

import io.rolecall.core.model.Dates;
import io.rolecall.core.model.Email;
import io.rolecall.core.model.Person;
import io.rolecall.core.model.PersonStatus;
import io.rolecall.core.model.PersonType;
import io.rolecall.core.model.VisibleText;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns the text fields of one exported person (JSON object or CSV row) into a {@link Person},
 * or into problems that say where and how to fix them. Shared by both export formats.
 */
final class PersonFields {

    static final List<String> FIELDS = List.of(
            "id", "email", "name", "status", "type", "title", "department", "manager", "groups", "endDate");

    private PersonFields() {
    }

    /**
     * @param where a location prefix for messages, such as "directory.json:17: people[3]"
     */
    static Optional<Person> toPerson(Map<String, String> fields, List<String> groups, String where,
                                     Problems problems) {
        int before = problems.count();
        String id = required(fields, "id", where, problems);
        String email = required(fields, "email", where, problems);
        String status = required(fields, "status", where, problems);
        Person.Builder builder = null;
        if (id != null && email != null) {
            Optional<String> problem = Email.problemIn(email);
            if (problem.isEmpty()) {
                builder = Person.builder(id, email);
            } else {
                problems.add(where + ": email '" + VisibleText.of(email) + "' is not an email address ("
                        + problem.get() + "); write it as name@domain.");
            }
        }
        String label = id == null ? where : where + " (id " + VisibleText.of(id) + ")";
        PersonStatus parsedStatus = null;
        if (status != null) {
            try {
                parsedStatus = PersonStatus.parse(status);
            } catch (IllegalArgumentException e) {
                problems.add(label + ": " + e.getMessage() + " (any case).");
            }
        }
        PersonType type = null;
        try {
            type = PersonType.parse(fields.get("type"));
        } catch (IllegalArgumentException e) {
            problems.add(label + ": " + e.getMessage() + "; leave it empty for a person.");
        }
        Email manager = null;
        String managerText = fields.get("manager");
        if (managerText != null && !managerText.isBlank()) {
            Optional<String> problem = Email.problemIn(managerText);
            if (problem.isEmpty()) {
                manager = Email.of(managerText);
            } else {
                problems.add(label + ": manager '" + VisibleText.of(managerText) + "' is not an email address ("
                        + problem.get() + "); give the manager's email, or leave it empty.");
            }
        }
        LocalDate endDate = null;
        String endText = fields.get("endDate");
        if (endText != null && !endText.isBlank()) {
            try {
                endDate = Dates.parse(endText);
            } catch (IllegalArgumentException e) {
                problems.add(label + ": endDate '" + endText + "' is not a date; write it as YYYY-MM-DD.");
            }
        }
        if (problems.count() > before || builder == null) {
            return Optional.empty();
        }
        return Optional.of(builder.name(fields.get("name")).status(parsedStatus).type(type)
                .title(fields.get("title")).department(fields.get("department")).manager(manager)
                .groups(groups)
                .endDate(endDate).build());
    }

    private static String required(Map<String, String> fields, String field, String where, Problems problems) {
        String value = fields.get(field);
        if (value == null || value.isBlank()) {
            problems.add(where + ": '" + field + "' is missing; every person needs id, email and status.");
            return null;
        }
        return value.trim();
    }
}
