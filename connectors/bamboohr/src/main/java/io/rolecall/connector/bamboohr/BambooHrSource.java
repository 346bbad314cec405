package io.rolecall.connector.bamboohr;

import static io.rolecall.connector.support.HrValues.date;
import static io.rolecall.connector.support.HrValues.email;
import static io.rolecall.connector.support.HrValues.text;

import com.fasterxml.jackson.databind.JsonNode;
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
 * BambooHR over plain HTTPS with Jackson. Two requests a read: a custom report of every employee, the
 * terminated ones included ({@code POST /api/v1/reports/custom?format=JSON&onlyCurrent=false}), and the
 * approved time off in the window ({@code GET /api/v1/time_off/requests}), joined by BambooHR's employee id
 * (a manager is the report's own employee whose id is the supervisorId).
 * 429, and 503 (BambooHR's throttling answer until September 2026), wait their Retry-After. BambooHR
 * writes an unset date as {@code 0000-00-00}, which is no date.
 */
public final class BambooHrSource implements HrSource {

    static final List<String> FIELDS = List.of("workEmail", "status", "hireDate", "terminationDate", "jobTitle",
            "department", "supervisorId");
    private static final String SERVICE = "BambooHR";

    private final JsonHttp http;
    private final URI root;
    private final String authorization;

    BambooHrSource(JsonHttp http, URI root, String apiKey) {
        this.http = http;
        this.root = root;
        // BambooHR's Basic authentication: the API key as the user name, any password.
        this.authorization = "Basic " + Base64.getEncoder().encodeToString((apiKey + ":x")
                .getBytes(StandardCharsets.UTF_8));
    }

    static BambooHrSource create(URI root, String apiKey, Duration maxWait) {
        return create(root, apiKey, maxWait, Sleeper.REAL);
    }

    static BambooHrSource create(URI root, String apiKey, Duration maxWait, Sleeper sleeper) {
        return new BambooHrSource(JsonHttp.create(SERVICE, maxWait, sleeper, BambooHrSource::explain), root, apiKey);
    }

    @Override
    public HrSnapshot read(LocalDate from, LocalDate to) {
        JsonNode report = http.post("POST /api/v1/reports/custom", root.resolve(
                "/api/v1/reports/custom?format=JSON&onlyCurrent=false"), authorization, "application/json",
                http.write(Map.of("title", "RoleCall", "fields", FIELDS)));
        JsonNode timeOff = http.get("GET /api/v1/time_off/requests", root.resolve(
                "/api/v1/time_off/requests?start=" + from + "&end=" + to + "&status=approved"), authorization);
        if (!report.path("employees").isArray() || !timeOff.isArray()) {
            throw new DirectoryReadException(SERVICE + " answered without the lists RoleCall asked for (the report's "
                    + "'employees', or the time off list); nothing was scanned. Try again; if it persists, report it.");
        }
        Map<String, List<HrRecord.Absence>> awayById = new HashMap<>();
        for (JsonNode request : timeOff) {
            if (!"approved".equalsIgnoreCase(request.path("status").path("status").asText("approved"))) {
                continue;
            }
            String whose = "time off request " + request.path("id").asText();
            LocalDate start = date(request.path("start"), SERVICE, "start", whose).orElse(null);
            LocalDate end = date(request.path("end"), SERVICE, "end", whose).orElse(null);
            if (start != null && end != null && !end.isBefore(start)) {
                awayById.computeIfAbsent(request.path("employeeId").asText(), id -> new ArrayList<>())
                        .add(new HrRecord.Absence(start, end));
            }
        }
        Map<String, Email> emailById = new HashMap<>();
        for (JsonNode employee : report.path("employees")) {
            email(employee.path("workEmail")).ifPresent(email -> emailById.put(employee.path("id").asText(), email));
        }
        Map<Email, HrRecord> records = new LinkedHashMap<>();
        for (JsonNode employee : report.path("employees")) {
            Optional<Email> email = email(employee.path("workEmail"));
            if (email.isEmpty()) {
                // Without a work email nobody can be joined to an account: such a record is not RoleCall's.
                continue;
            }
            String who = "employee " + employee.path("id").asText();
            records.putIfAbsent(email.get(), new HrRecord(email.get(), text(employee.path("status")),
                    date(employee.path("hireDate"), SERVICE, "hireDate", who).orElse(null),
                    date(employee.path("terminationDate"), SERVICE, "terminationDate", who).orElse(null),
                    text(employee.path("jobTitle")), text(employee.path("department")),
                    emailById.get(employee.path("supervisorId").asText(null)),
                    awayById.getOrDefault(employee.path("id").asText(), List.of())));
        }
        return new HrSnapshot(List.copyOf(records.values()), describe());
    }

    private static Optional<String> explain(int status, String detail) {
        return Optional.ofNullable(switch (status) {
            case 401 -> "BambooHR rejected the API key (HTTP 401). Check BAMBOOHR_API_KEY and BAMBOOHR_COMPANY, and "
                    + "that the key's user is still active.";
            case 403 -> "BambooHR denied access (HTTP 403" + (detail.isBlank() ? "" : ", " + detail) + "). The API "
                    + "key's user must be allowed to read the fields " + String.join(", ", FIELDS) + " of every "
                    + "employee, terminated ones included, and everyone's time off.";
            case 404 -> "BambooHR answered 404 Not Found: check BAMBOOHR_COMPANY (the subdomain of your BambooHR "
                    + "address).";
            default -> null;
        });
    }

    @Override
    public String describe() {
        return "bamboohr:" + root.getHost();
    }

    /** How many requests the last reads made, retries included: the test holds it to the vendor's limits. */
    int requests() {
        return http.requests();
    }
}
