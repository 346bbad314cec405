package io.rolecall.connector.rippling;

import static io.rolecall.connector.support.HrValues.date;
import static io.rolecall.connector.support.HrValues.email;
import static io.rolecall.connector.support.HrValues.text;

import com.fasterxml.jackson.databind.JsonNode;
import io.rolecall.connector.support.HrValues;
import io.rolecall.connector.support.JsonHttp;
import io.rolecall.connector.support.Sleeper;
import io.rolecall.core.model.Email;
import io.rolecall.core.model.HrRecord;
import io.rolecall.core.model.HrSnapshot;
import io.rolecall.core.port.DirectoryReadException;
import io.rolecall.core.port.HrSource;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Rippling over plain HTTPS with Jackson. Workers come from the REST API ({@code GET /workers}, 100 a page,
 * following the opaque {@code next_link} until it is null), with the department expanded to its name and
 * the manager as the worker whose id is {@code manager_id}. A person may have several worker records (a
 * rehire keeps the old one): the one that started last is theirs. Approved leave comes from the Platform
 * API ({@code GET /leave_requests?status=APPROVED}, offset paging), keyed by {@code role}, the worker's id.
 * Rippling publishes no numeric rate limit: requests go one at a time, and a 429 waits its Retry-After.
 */
public final class RipplingSource implements HrSource {

    private static final String SERVICE = "Rippling";
    private static final int PAGE = 100;
    private static final List<String> NEEDED = List.of("work_email", "status", "start_date", "end_date", "title",
            "department", "manager_id");
    /** Pages a read may follow: 100,000 workers, far past any company RoleCall serves; a loop stops here. */
    private static final int MAX_PAGES = 1000;

    private final JsonHttp http;
    private final URI rest;
    private final URI platform;
    private final String authorization;

    RipplingSource(JsonHttp http, URI rest, URI platform, String token) {
        this.http = http;
        this.rest = rest;
        this.platform = platform;
        this.authorization = "Bearer " + token;
    }

    static RipplingSource create(URI rest, URI platform, String token, Duration maxWait, Sleeper sleeper) {
        return new RipplingSource(JsonHttp.create(SERVICE, maxWait, sleeper, RipplingSource::explain), rest,
                platform, token);
    }

    @Override
    public HrSnapshot read(LocalDate from, LocalDate to) {
        List<JsonNode> workers = workers();
        Map<String, List<HrRecord.Absence>> awayByWorker = leave(from, to);
        Map<String, Email> emailById = new HashMap<>();
        for (JsonNode worker : workers) {
            email(worker.path("work_email")).ifPresent(email -> emailById.put(worker.path("id").asText(), email));
        }
        Map<Email, JsonNode> latestByEmail = new LinkedHashMap<>();
        Comparator<JsonNode> byStart = Comparator.comparing(worker -> text(worker.path("start_date")),
                Comparator.nullsFirst(Comparator.naturalOrder()));
        for (JsonNode worker : workers) {
            email(worker.path("work_email")).ifPresent(email -> latestByEmail.merge(email, worker,
                    (kept, other) -> byStart.compare(other, kept) > 0 ? other : kept));
        }
        List<HrRecord> records = new ArrayList<>();
        latestByEmail.forEach((email, worker) -> {
            String who = "worker " + worker.path("id").asText();
            JsonNode department = worker.path("department");
            records.add(new HrRecord(email, text(worker.path("status")),
                    date(worker.path("start_date"), SERVICE, "start_date", who).orElse(null),
                    date(worker.path("end_date"), SERVICE, "end_date", who).orElse(null),
                    text(worker.path("title")), department.isObject() ? text(department.path("name")) : null,
                    emailById.get(managerId(worker)), awayByWorker.getOrDefault(worker.path("id").asText(),
                    List.of())));
        });
        return new HrSnapshot(records, describe());
    }

    private static String managerId(JsonNode worker) {
        String id = text(worker.path("manager_id"));
        if (id == null) {
            JsonNode manager = worker.path("manager");
            id = manager.isObject() ? text(manager.path("id")) : text(manager);
        }
        return id;
    }

    private List<JsonNode> workers() {
        List<JsonNode> workers = new ArrayList<>();
        URI next = rest.resolve("/workers?limit=" + PAGE + "&expand=department");
        for (int page = 1; next != null; page++) {
            if (page > MAX_PAGES) {
                throw new DirectoryReadException(SERVICE + " kept giving further pages of workers past " + MAX_PAGES
                        + "; nothing was scanned. Report it to " + SERVICE + ".");
            }
            JsonNode answer = http.get("GET /workers (page " + page + ")", next, authorization);
            if (!answer.path("results").isArray()) {
                throw new DirectoryReadException(SERVICE + " answered GET /workers without its 'results' list; "
                        + "nothing was scanned. Try again; if it persists, report it.");
            }
            for (JsonNode worker : answer.path("results")) {
                refuseRedacted(worker);
                workers.add(worker);
            }
            String link = text(answer.path("next_link"));
            next = link == null ? null : HrValues.sameHost(rest, link, SERVICE);
        }
        return workers;
    }

    /**
     * Rippling leaves out a field the token may not read and names it in {@code __meta.redacted_fields}; a
     * missing end date would hide a leaver, so such a read fails and says which scope to add.
     */
    private static void refuseRedacted(JsonNode worker) {
        List<String> hidden = new ArrayList<>();
        for (JsonNode field : worker.path("__meta").path("redacted_fields")) {
            String name = field.isObject() ? text(field.path("name")) : text(field);
            if (name != null && NEEDED.contains(name)) {
                hidden.add(name);
            }
        }
        if (!hidden.isEmpty()) {
            throw new DirectoryReadException(SERVICE + " withheld " + String.join(", ", hidden) + " of worker "
                    + worker.path("id").asText() + " from the token; nothing was scanned. Give the API token read "
                    + "access to " + String.join(", ", NEEDED) + " (scope workers.read, departments.read).");
        }
    }

    private Map<String, List<HrRecord.Absence>> leave(LocalDate from, LocalDate to) {
        Map<String, List<HrRecord.Absence>> away = new HashMap<>();
        for (int offset = 0, page = 1; ; offset += PAGE, page++) {
            if (page > MAX_PAGES) {
                throw new DirectoryReadException(SERVICE + " kept giving further pages of leave requests past "
                        + MAX_PAGES + "; nothing was scanned. Report it to " + SERVICE + ".");
            }
            JsonNode answer = http.get("GET /leave_requests (page " + page + ")", platform.resolve(
                    "leave_requests?status=APPROVED&from=" + from + "&to=" + to + "&limit=" + PAGE + "&offset="
                            + offset), authorization);
            if (!answer.isArray()) {
                throw new DirectoryReadException(SERVICE + " answered GET /leave_requests without a list; nothing "
                        + "was scanned. Try again; if it persists, report it.");
            }
            for (JsonNode request : answer) {
                absence(request, from, to).ifPresent(absence -> away.computeIfAbsent(request.path("role").asText(),
                        role -> new ArrayList<>()).add(absence));
            }
            if (answer.size() < PAGE) {
                return away;
            }
        }
    }

    /** Approved leave that overlaps the window; the filter is applied here too, whatever the server did. */
    private static Optional<HrRecord.Absence> absence(JsonNode request, LocalDate from, LocalDate to) {
        if (!"APPROVED".equalsIgnoreCase(request.path("status").asText("APPROVED"))) {
            return Optional.empty();
        }
        String whose = "leave request " + request.path("id").asText();
        LocalDate start = date(request.path("startDate"), SERVICE, "startDate", whose).orElse(null);
        LocalDate end = date(request.path("endDate"), SERVICE, "endDate", whose).orElse(null);
        if (start == null || end == null || end.isBefore(start) || end.isBefore(from) || start.isAfter(to)) {
            return Optional.empty();
        }
        return Optional.of(new HrRecord.Absence(start, end));
    }

    private static Optional<String> explain(int status, String detail) {
        return Optional.ofNullable(switch (status) {
            case 401 -> "Rippling rejected the API token (HTTP 401). Check RIPPLING_API_TOKEN; a token unused for "
                    + "30 days expires.";
            case 403 -> "Rippling denied access (HTTP 403" + (detail.isBlank() ? "" : ", " + detail) + "). The "
                    + "token needs the scope workers.read (work email, status, dates, title, department, manager) "
                    + "and read access to leave requests.";
            default -> null;
        });
    }

    @Override
    public String describe() {
        return "rippling:" + rest.getHost();
    }

    int requests() {
        return http.requests();
    }
}
