package io.rolecall.connector.personio;

import static io.rolecall.connector.support.HrValues.date;
import static io.rolecall.connector.support.HrValues.email;
import static io.rolecall.connector.support.HrValues.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.rolecall.connector.support.HrValues;
import io.rolecall.connector.support.JsonHttp;
import io.rolecall.connector.support.Sleeper;
import io.rolecall.core.model.Email;
import io.rolecall.core.model.HrRecord;
import io.rolecall.core.model.HrSnapshot;
import io.rolecall.core.port.DirectoryReadException;
import io.rolecall.core.port.HrSource;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Personio's API v2 over plain HTTPS with Jackson: a token for the client credentials
 * ({@code POST /v2/auth/token}), the persons ({@code GET /v2/persons}, 50 a page), each person's employments
 * ({@code GET /v2/persons/{id}/employments}: v2 has no batch read), and the absence periods that overlap the
 * window ({@code GET /v2/absence-periods}, approved only). Lists page by the link in
 * {@code _meta.links.next.href}. Requests go at most ten a second, under Personio's published per-endpoint
 * rates (absence periods, the slowest, allow ten).
 *
 * <p>Personio answers only the attributes the API credential may read, and an employment without them is
 * just an id and a status: when no employment has a start date the read fails and names the setting.
 */
public final class PersonioSource implements HrSource {

    private static final String SERVICE = "Personio";
    private static final Duration BETWEEN_REQUESTS = Duration.ofMillis(100);
    private static final int MAX_PAGES = 2000;

    private final JsonHttp http;
    private final URI root;
    private final String clientId;
    private final String clientSecret;
    private String authorization;

    PersonioSource(JsonHttp http, URI root, String clientId, String clientSecret) {
        this.http = http;
        this.root = root;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
    }

    static PersonioSource create(URI root, String clientId, String clientSecret, Duration maxWait, Sleeper sleeper) {
        return new PersonioSource(JsonHttp.create(SERVICE, maxWait, sleeper, PersonioSource::explain), root,
                clientId, clientSecret);
    }

    @Override
    public HrSnapshot read(LocalDate from, LocalDate to) {
        authorization = "Bearer " + token();
        List<JsonNode> persons = new ArrayList<>();
        each("GET /v2/persons", root.resolve("/v2/persons?limit=50"), persons::add);
        Map<String, Email> emailById = new HashMap<>();
        for (JsonNode person : persons) {
            email(person.path("email")).ifPresent(email -> emailById.put(person.path("id").asText(), email));
        }
        Map<String, List<HrRecord.Absence>> away = absences(from, to);
        Map<Email, HrRecord> records = new LinkedHashMap<>();
        boolean anyStart = false;
        for (JsonNode person : persons) {
            Optional<Email> email = email(person.path("email"));
            if (email.isEmpty() || records.containsKey(email.get())) {
                continue;
            }
            String id = person.path("id").asText();
            JsonNode employment = currentEmployment(id);
            String who = "person " + id;
            JsonNode termination = employment.path("termination");
            LocalDate end = date(termination.path("last_working_day"), SERVICE, "last_working_day", who)
                    .or(() -> date(termination.path("termination_date"), SERVICE, "termination_date", who))
                    .orElse(null);
            LocalDate start = date(employment.path("start_date"), SERVICE, "start_date", who).orElse(null);
            anyStart |= start != null;
            records.put(email.get(), new HrRecord(email.get(), text(employment.path("status")), start, end,
                    text(employment.path("position").path("title")), department(employment),
                    emailById.get(text(employment.path("supervisor").path("id"))),
                    away.getOrDefault(id, List.of())));
        }
        if (!records.isEmpty() && !anyStart) {
            throw new DirectoryReadException(SERVICE + " gave employments without their dates: the API credential may "
                    + "not read them, and Personio then answers an id and a status alone. Nothing was scanned. In "
                    + "Personio, let the credential read the employment attributes start date, termination date, "
                    + "last working day, position, department and supervisor.");
        }
        return new HrSnapshot(List.copyOf(records.values()), describe());
    }

    private String token() {
        String form = "grant_type=client_credentials&client_id=" + encode(clientId) + "&client_secret="
                + encode(clientSecret);
        JsonNode answer = http.post("POST /v2/auth/token", root.resolve("/v2/auth/token"), null,
                "application/x-www-form-urlencoded", form);
        String token = text(answer.path("access_token"));
        if (token == null) {
            throw new DirectoryReadException(SERVICE + " issued no access token; nothing was scanned. Check "
                    + "PERSONIO_CLIENT_ID and PERSONIO_CLIENT_SECRET.");
        }
        return token;
    }

    /** The employment in force: the active one, else the one that started last. */
    private JsonNode currentEmployment(String personId) {
        List<JsonNode> employments = new ArrayList<>();
        each("GET /v2/persons/" + personId + "/employments", root.resolve("/v2/persons/" + encode(personId)
                + "/employments"), employments::add);
        return employments.stream().max(Comparator.<JsonNode, Boolean>comparing(employment ->
                        "ACTIVE".equalsIgnoreCase(employment.path("status").asText()))
                .thenComparing(employment -> String.valueOf(text(employment.path("start_date")))))
                .orElse(MissingNode.getInstance());
    }

    private static String department(JsonNode employment) {
        for (JsonNode unit : employment.path("org_units")) {
            if ("DEPARTMENT".equalsIgnoreCase(unit.path("type").asText()) && text(unit.path("name")) != null) {
                return text(unit.path("name"));
            }
        }
        return null;
    }

    private Map<String, List<HrRecord.Absence>> absences(LocalDate from, LocalDate to) {
        Map<String, List<HrRecord.Absence>> away = new HashMap<>();
        URI first = root.resolve("/v2/absence-periods?limit=100&starts_from.date_time.lte=" + to
                + "T23:59:59&ends_at.date_time.gte=" + from + "T00:00:00");
        each("GET /v2/absence-periods", first, period -> {
            if (!"APPROVED".equalsIgnoreCase(period.path("approval").path("status").asText("APPROVED"))) {
                return;
            }
            String whose = "absence period " + period.path("id").asText();
            LocalDate start = date(period.path("starts_from").path("date_time"), SERVICE, "starts_from", whose)
                    .orElse(null);
            // An open-ended absence (no end yet) lasts past the window.
            LocalDate end = date(period.path("ends_at").path("date_time"), SERVICE, "ends_at", whose).orElse(to);
            if (start != null && !end.isBefore(start) && !end.isBefore(from) && !start.isAfter(to)) {
                away.computeIfAbsent(period.path("person").path("id").asText(), id -> new ArrayList<>())
                        .add(new HrRecord.Absence(start, end));
            }
        });
        return away;
    }

    /** Every item of a list, page after page, paced under Personio's rates. */
    private void each(String description, URI first, Consumer<JsonNode> item) {
        URI next = first;
        for (int page = 1; next != null; page++) {
            if (page > MAX_PAGES) {
                throw new DirectoryReadException(SERVICE + " kept giving further pages of " + description + " past "
                        + MAX_PAGES + "; nothing was scanned. Report it to " + SERVICE + ".");
            }
            http.pace(BETWEEN_REQUESTS, description);
            JsonNode answer = http.get(description + " (page " + page + ")", next, authorization);
            if (!answer.path("_data").isArray()) {
                throw new DirectoryReadException(SERVICE + " answered " + description + " without its '_data' list; "
                        + "nothing was scanned. Try again; if it persists, report it.");
            }
            answer.path("_data").forEach(item);
            String link = text(answer.path("_meta").path("links").path("next").path("href"));
            next = link == null ? null : HrValues.sameHost(root, link, SERVICE);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static Optional<String> explain(int status, String detail) {
        return Optional.ofNullable(switch (status) {
            case 400, 401 -> "Personio rejected the API credential (HTTP " + status + "). Check PERSONIO_CLIENT_ID and "
                    + "PERSONIO_CLIENT_SECRET, and that the credential is still active.";
            case 403 -> "Personio denied access (HTTP 403" + (detail.isBlank() ? "" : ", " + detail) + "). The API "
                    + "credential needs the scopes personio:persons:read and personio:absences:read, and read access "
                    + "to the employment attributes in docs/sources.md.";
            default -> null;
        });
    }

    @Override
    public String describe() {
        return "personio:" + root.getHost();
    }

    int requests() {
        return http.requests();
    }
}
