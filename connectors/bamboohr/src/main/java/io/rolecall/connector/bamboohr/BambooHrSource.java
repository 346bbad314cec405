package io.rolecall.connector.bamboohr;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.rolecall.connector.support.Failure;
import io.rolecall.connector.support.PatientRequests;
import io.rolecall.connector.support.RetryAfter;
import io.rolecall.connector.support.Sleeper;
import io.rolecall.core.model.Email;
import io.rolecall.core.model.HrRecord;
import io.rolecall.core.model.HrSnapshot;
import io.rolecall.core.port.DirectoryReadException;
import io.rolecall.core.port.HrSource;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
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
 * Each is retried within the read's budget: 429, and 503 (BambooHR's throttling answer until September
 * 2026), after their Retry-After; other 5xx, network errors and a body cut short with backoff. The read
 * returns everyone or fails. BambooHR writes an unset date as {@code 0000-00-00}, which is no date.
 */
public final class BambooHrSource implements HrSource {

    static final List<String> FIELDS = List.of("workEmail", "status", "hireDate", "terminationDate", "jobTitle",
            "department", "supervisorId");
    private static final String SERVICE = "BambooHR";

    private final HttpClient http;
    private final URI root;
    private final String authorization;
    private final PatientRequests requests;
    private final ObjectMapper json = new ObjectMapper();
    private final Clock clock;

    BambooHrSource(HttpClient http, URI root, String apiKey, PatientRequests requests, Clock clock) {
        this.http = http;
        this.root = root;
        // BambooHR's Basic authentication: the API key as the user name, any password.
        this.authorization = "Basic " + Base64.getEncoder().encodeToString((apiKey + ":x")
                .getBytes(StandardCharsets.UTF_8));
        this.requests = requests;
        this.clock = clock;
    }

    static BambooHrSource create(URI root, String apiKey, Duration maxWait) {
        return create(root, apiKey, maxWait, Sleeper.REAL);
    }

    static BambooHrSource create(URI root, String apiKey, Duration maxWait, Sleeper sleeper) {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(20)).followRedirects(HttpClient.Redirect.NEVER).build();
        return new BambooHrSource(http, root, apiKey, new PatientRequests(SERVICE, 6, Duration.ofSeconds(1), maxWait,
                sleeper, new SecureRandom()), Clock.systemUTC());
    }

    @Override
    public HrSnapshot read(LocalDate from, LocalDate to) {
        JsonNode report = send("POST /api/v1/reports/custom", HttpRequest.newBuilder(
                        root.resolve("/api/v1/reports/custom?format=JSON&onlyCurrent=false"))
                .POST(HttpRequest.BodyPublishers.ofString(reportRequest(), StandardCharsets.UTF_8))
                .header("Content-Type", "application/json"));
        JsonNode timeOff = send("GET /api/v1/time_off/requests", HttpRequest.newBuilder(root.resolve(
                "/api/v1/time_off/requests?start=" + from + "&end=" + to + "&status=approved")).GET());
        if (!report.path("employees").isArray() || !timeOff.isArray()) {
            throw new DirectoryReadException(SERVICE + " answered without the lists RoleCall asked for (the report's "
                    + "'employees', or the time off list); nothing was scanned. Try again; if it persists, report it.");
        }
        Map<String, List<HrRecord.Absence>> awayById = new HashMap<>();
        for (JsonNode request : timeOff) {
            if (!"approved".equalsIgnoreCase(request.path("status").path("status").asText("approved"))) {
                continue;
            }
            LocalDate start = date(request.path("start"), "start", "time off request " + request.path("id").asText())
                    .orElse(null);
            LocalDate end = date(request.path("end"), "end", "time off request " + request.path("id").asText())
                    .orElse(null);
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
                    date(employee.path("hireDate"), "hireDate", who).orElse(null),
                    date(employee.path("terminationDate"), "terminationDate", who).orElse(null),
                    text(employee.path("jobTitle")), text(employee.path("department")),
                    emailById.get(employee.path("supervisorId").asText(null)),
                    awayById.getOrDefault(employee.path("id").asText(), List.of())));
        }
        return new HrSnapshot(List.copyOf(records.values()), describe());
    }

    private String reportRequest() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", "RoleCall");
        body.put("fields", FIELDS);
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private JsonNode send(String description, HttpRequest.Builder request) {
        HttpRequest built = request.timeout(Duration.ofSeconds(120)).header("Authorization", authorization)
                .header("Accept", "application/json").build();
        return requests.send(description, () -> {
            HttpResponse<String> response = http.send(built, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new Status(response.statusCode(), response.headers().firstValue("Retry-After").orElse(null),
                        response.headers().firstValue("X-BambooHR-Error-Message").orElse(""));
            }
            return json.readTree(response.body());
        }, this::classify);
    }

    private Failure classify(Exception e) {
        if (e instanceof Status status) {
            int code = status.code;
            if (code == 429 || code == 503) {
                return Failure.retry("HTTP " + code + " (throttled or busy)", RetryAfter.parse(status.retryAfter,
                        clock.instant()));
            }
            if (code >= 500) {
                return Failure.retry("HTTP " + code, null);
            }
            if (code == 401) {
                return Failure.fatal("BambooHR rejected the API key (HTTP 401). Check BAMBOOHR_API_KEY and "
                        + "BAMBOOHR_COMPANY, and that the key's user is still active.");
            }
            if (code == 403) {
                return Failure.fatal("BambooHR denied access (HTTP 403" + detail(status) + "). The API key's user "
                        + "must be allowed to read the fields " + String.join(", ", FIELDS) + " of every employee, "
                        + "terminated ones included, and everyone's time off.");
            }
            if (code == 404) {
                return Failure.fatal("BambooHR answered 404 Not Found: check BAMBOOHR_COMPANY (the subdomain of "
                        + "your BambooHR address).");
            }
            return Failure.fatal("HTTP " + code + detail(status));
        }
        if (e instanceof JsonProcessingException) {
            return Failure.retry("a body cut short or malformed", null);
        }
        if (e instanceof IOException) {
            return Failure.retry("a network error: " + e.getMessage(), null);
        }
        return Failure.fatal(Failure.unexpected(e));
    }

    private static String detail(Status status) {
        String text = status.message.length() > 200 ? status.message.substring(0, 200) + "..." : status.message;
        return text.isBlank() ? "" : ", " + text;
    }

    private static String text(JsonNode node) {
        String value = node.isValueNode() ? node.asText("").trim() : "";
        return value.isEmpty() ? null : value;
    }

    /** An unset date is empty; a date RoleCall cannot read fails the read rather than hide a leaver. */
    private static Optional<LocalDate> date(JsonNode node, String field, String whose) {
        String value = text(node);
        if (value == null || value.startsWith("0000-00-00")) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value));
        } catch (DateTimeParseException e) {
            throw new DirectoryReadException(SERVICE + " gave " + field + " '" + value + "' for " + whose + ", which is "
                    + "not a date RoleCall can read; nothing was scanned. Check the field's format in BambooHR.");
        }
    }

    private static Optional<Email> email(JsonNode node) {
        String value = text(node);
        return value == null || Email.problemIn(value).isPresent() ? Optional.empty() : Optional.of(Email.of(value));
    }

    @Override
    public String describe() {
        return "bamboohr:" + root.getHost();
    }

    /** How many requests the last reads made, retries included: the test holds it to the vendor's limits. */
    int requests() {
        return requests.requests();
    }

    /** A BambooHR answer other than 200. */
    static final class Status extends Exception {
        final int code;
        final String retryAfter;
        final String message;

        Status(int code, String retryAfter, String message) {
            super("HTTP " + code);
            this.code = code;
            this.retryAfter = retryAfter;
            this.message = message;
        }
    }
}
