package io.rolecall.connector.hibob;

import static io.rolecall.connector.support.HrValues.date;
import static io.rolecall.connector.support.HrValues.email;
import static io.rolecall.connector.support.HrValues.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.rolecall.connector.support.JsonHttp;
import io.rolecall.connector.support.Sleeper;
import io.rolecall.core.model.Email;
import io.rolecall.core.model.HrRecord;
import io.rolecall.core.model.HrSnapshot;
import io.rolecall.core.port.DirectoryReadException;
import io.rolecall.core.port.HrSource;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * HiBob's Bob API over plain HTTPS with Jackson. Two requests a read: one people search for everyone,
 * leavers included ({@code POST /v1/people/search} with {@code showInactive}; Bob does not page it and allows
 * 50 a minute), and who is out in the window ({@code GET /v1/timeoff/whosout}, approved requests only, work
 * from home and business travel left out since those people can still act).
 *
 * <p>Bob's quirks, each handled here: a field the service user may not read is silently left out of the
 * answer (so a search where nobody has a status, or no leaver has a termination date, fails instead of
 * hiding leavers); list fields such as the department come back as list item ids, with the names in the
 * {@code humanReadable} copy that {@code APPEND} adds; and a value may come nested ({@code work.title}) or
 * under its flat path ({@code "/work/title": {"value": ...}}).
 */
public final class HiBobSource implements HrSource {

    static final List<String> FIELDS = List.of("root.id", "root.email", "work.startDate", "work.title",
            "work.department", "work.reportsTo", "work.manager", "internal.status", "internal.terminationDate");
    private static final String SERVICE = "HiBob";

    private final JsonHttp http;
    private final URI root;
    private final String authorization;

    HiBobSource(JsonHttp http, URI root, String serviceUserId, String token) {
        this.http = http;
        this.root = root;
        this.authorization = "Basic " + Base64.getEncoder().encodeToString((serviceUserId + ":" + token)
                .getBytes(StandardCharsets.UTF_8));
    }

    static HiBobSource create(URI root, String serviceUserId, String token, Duration maxWait, Sleeper sleeper) {
        return new HiBobSource(JsonHttp.create(SERVICE, maxWait, sleeper, HiBobSource::explain), root,
                serviceUserId, token);
    }

    @Override
    public HrSnapshot read(LocalDate from, LocalDate to) {
        Map<String, Object> search = new LinkedHashMap<>();
        search.put("fields", FIELDS);
        search.put("showInactive", true);
        search.put("humanReadable", "APPEND");
        JsonNode people = http.post("POST /v1/people/search", root.resolve("/v1/people/search"), authorization,
                "application/json", http.write(search));
        JsonNode outs = http.get("GET /v1/timeoff/whosout", root.resolve("/v1/timeoff/whosout?from=" + from + "&to="
                + to + "&includeHourly=false&includePrivate=true&includeWorkingRequests=false"), authorization);
        if (!people.path("employees").isArray() || !outs.path("outs").isArray()) {
            throw new DirectoryReadException(SERVICE + " answered without the lists RoleCall asked for ('employees' "
                    + "or 'outs'); nothing was scanned. Try again; if it persists, report it.");
        }
        refuseWithheldFields(people.path("employees"));
        Map<String, List<HrRecord.Absence>> away = new HashMap<>();
        for (JsonNode out : outs.path("outs")) {
            String whose = "time off of employee " + out.path("employeeId").asText();
            LocalDate start = date(out.path("startDate"), SERVICE, "startDate", whose).orElse(null);
            LocalDate end = date(out.path("endDate"), SERVICE, "endDate", whose).orElse(null);
            if (start != null && end != null && !end.isBefore(start)) {
                away.computeIfAbsent(out.path("employeeId").asText(), id -> new ArrayList<>())
                        .add(new HrRecord.Absence(start, end));
            }
        }
        Map<String, Email> emailById = new HashMap<>();
        for (JsonNode employee : people.path("employees")) {
            email(value(employee, "root", "email")).ifPresent(email -> emailById.put(id(employee), email));
        }
        Map<Email, HrRecord> records = new LinkedHashMap<>();
        for (JsonNode employee : people.path("employees")) {
            Optional<Email> email = email(value(employee, "root", "email"));
            if (email.isEmpty()) {
                continue;
            }
            String who = "employee " + id(employee);
            records.putIfAbsent(email.get(), new HrRecord(email.get(), text(value(employee, "internal", "status")),
                    date(value(employee, "work", "startDate"), SERVICE, "work.startDate", who).orElse(null),
                    date(value(employee, "internal", "terminationDate"), SERVICE, "internal.terminationDate", who)
                            .orElse(null),
                    readable(employee, "work", "title"), readable(employee, "work", "department"),
                    manager(employee, emailById), away.getOrDefault(id(employee), List.of())));
        }
        return new HrSnapshot(List.copyOf(records.values()), describe());
    }

    /**
     * Bob leaves out what the service user may not read, with 200 OK. A status is always set, and every
     * leaver has a termination date: without them anywhere, the permission is missing, not the data.
     */
    private static void refuseWithheldFields(JsonNode employees) {
        boolean anyStatus = false;
        boolean inactive = false;
        boolean anyTermination = false;
        for (JsonNode employee : employees) {
            String status = text(value(employee, "internal", "status"));
            anyStatus |= status != null;
            inactive |= "Inactive".equalsIgnoreCase(status);
            anyTermination |= text(value(employee, "internal", "terminationDate")) != null;
        }
        String missing = employees.isEmpty() ? null : !anyStatus ? "internal.status"
                : inactive && !anyTermination ? "internal.terminationDate" : null;
        if (missing != null) {
            throw new DirectoryReadException(SERVICE + " gave no " + missing + " for anyone: the service user may not "
                    + "read it, and Bob leaves such a field out silently. Nothing was scanned. Give the service "
                    + "user's permission group View on the fields " + String.join(", ", FIELDS) + ", with access "
                    + "to everyone's data, inactive employees included.");
        }
    }

    private static String id(JsonNode employee) {
        return String.valueOf(text(value(employee, "root", "id")));
    }

    private static Email manager(JsonNode employee, Map<String, Email> emailById) {
        JsonNode reportsTo = value(employee, "work", "reportsTo");
        Optional<Email> direct = email(reportsTo.path("email"));
        if (direct.isPresent()) {
            return direct.get();
        }
        String managerId = reportsTo.isObject() ? text(reportsTo.path("id")) : text(value(employee, "work", "manager"));
        return managerId == null ? null : emailById.get(managerId);
    }

    /** The name Bob shows for a list field (the humanReadable copy), else its raw value. */
    private static String readable(JsonNode employee, String category, String field) {
        String shown = text(employee.path("humanReadable").path(category).path(field));
        if (shown == null) {
            shown = text(employee.path("humanReadable").path("/" + category + "/" + field).path("value"));
        }
        return shown != null ? shown : text(value(employee, category, field));
    }

    /** A field nested ({@code work.title}; the root category's fields sit at the top) or under its flat path. */
    private static JsonNode value(JsonNode employee, String category, String field) {
        JsonNode nested = "root".equals(category) ? employee.path(field) : employee.path(category).path(field);
        if (!nested.isMissingNode()) {
            return nested;
        }
        JsonNode flat = employee.path("/" + category + "/" + field);
        return flat.isObject() && flat.has("value") ? flat.path("value") : MissingNode.getInstance();
    }

    private static Optional<String> explain(int status, String detail) {
        return Optional.ofNullable(switch (status) {
            case 401 -> "HiBob rejected the service user (HTTP 401). Check HIBOB_SERVICE_USER_ID and "
                    + "HIBOB_SERVICE_USER_TOKEN, and that the service user is still active.";
            case 403 -> "HiBob denied access (HTTP 403" + (detail.isBlank() ? "" : ", " + detail) + "). The service "
                    + "user's permission group needs View on People's data (the fields " + String.join(", ", FIELDS)
                    + ") and on Time off, for everyone, inactive employees included.";
            case 400 -> "HiBob refused the request (HTTP 400" + (detail.isBlank() ? "" : ", " + detail) + "); "
                    + "please report it with this message.";
            default -> null;
        });
    }

    @Override
    public String describe() {
        return "hibob:" + root.getHost();
    }

    int requests() {
        return http.requests();
    }
}
