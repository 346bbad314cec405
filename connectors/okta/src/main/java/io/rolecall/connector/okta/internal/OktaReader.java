package io.rolecall.connector.okta.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.okta.sdk.resource.api.GroupApi;
import com.okta.sdk.resource.api.UserApi;
import com.okta.sdk.resource.client.ApiClient;
import com.okta.sdk.resource.client.ApiException;
import com.okta.sdk.resource.common.PagedList;
import com.okta.sdk.resource.model.Group;
import com.okta.sdk.resource.model.User;
import io.rolecall.connector.okta.OktaSettings;
import io.rolecall.connector.support.DirectoryRead;
import io.rolecall.connector.support.Failure;
import io.rolecall.connector.support.LeavingDate;
import io.rolecall.connector.support.Paging;
import io.rolecall.connector.support.PatientRequests;
import io.rolecall.connector.support.PeopleByEmail;
import io.rolecall.connector.support.Progress;
import io.rolecall.connector.support.ReadStatistics;
import io.rolecall.core.model.DirectorySnapshot;
import io.rolecall.core.model.Email;
import io.rolecall.core.model.Person;
import io.rolecall.core.model.PersonType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Function;

/**
 * One read of an Okta org: every user page by page (the default list, then the DEPROVISIONED users,
 * which the default list leaves out), then the members of the groups roles.yaml names. Requests go
 * one at a time, paced under the rate-limit share, each retried within the read's wait budget.
 */
public final class OktaReader {

    private static final String DEPROVISIONED = "status eq \"DEPROVISIONED\"";

    private final OktaSettings settings;
    private final ApiClient client;
    private final PatientRequests requests;
    private final RateLimitPacer pacer;
    private final Progress progress;
    private final OktaUsers.ServiceRule serviceRule;
    private int pages;

    public OktaReader(OktaSettings settings, ApiClient client, PatientRequests requests, Clock clock,
                      Progress progress) {
        this.settings = settings;
        this.client = client;
        this.requests = requests;
        this.pacer = new RateLimitPacer(settings.rateLimitShare(), clock);
        this.progress = progress;
        this.serviceRule = OktaUsers.ServiceRule.parse(settings.serviceAccountRule());
    }

    public DirectoryRead read() {
        Map<String, OktaUsers.RawUser> users = new LinkedHashMap<>();
        readUsers(null, users);
        readUsers(DEPROVISIONED, users);
        Map<String, Set<String>> groupsByUser = new HashMap<>();
        Set<String> serviceGroupMembers = new HashSet<>();
        List<String> missingGroups = new ArrayList<>();
        Set<String> groupNames = new LinkedHashSet<>(settings.referencedGroups());
        if (settings.serviceAccountGroup() != null) {
            groupNames.add(settings.serviceAccountGroup());
        }
        for (String name : groupNames) {
            List<Group> matches = findGroups(name);
            if (matches.isEmpty()) {
                missingGroups.add(name);
            }
            for (Group group : matches) {
                for (String memberId : members(group, name)) {
                    if (settings.referencedGroups().contains(name)) {
                        groupsByUser.computeIfAbsent(memberId, id -> new LinkedHashSet<>()).add(group.getProfile().getName());
                    }
                    if (name.equals(settings.serviceAccountGroup())) {
                        serviceGroupMembers.add(memberId);
                    }
                }
            }
        }
        return toSnapshot(users, groupsByUser, serviceGroupMembers, missingGroups);
    }

    private void readUsers(String search, Map<String, OktaUsers.RawUser> users) {
        UserApi api = new UserApi(client);
        String listing = "GET /api/v1/users" + (search == null ? "" : "?search=" + search);
        Paging paging = new Paging("Okta", listing, OktaSettings.PAGE_SIZE);
        Set<String> seen = new HashSet<>();
        String after = null;
        do {
            String cursor = after;
            List<User> batch = send("users", listing + " (page " + (paging.pages() + 1) + ")",
                    () -> api.listUsers(null, null, cursor, OktaSettings.PAGE_SIZE, null, search, null, null));
            int fresh = 0;
            for (User user : batch) {
                fresh += seen.add(user.getId()) ? 1 : 0;
                users.put(user.getId(), OktaUsers.raw(user, settings.endDateAttribute(), serviceRule));
            }
            after = paging.next(batch.size(), fresh, nextCursor(batch)) ? nextCursor(batch) : null;
            progress.update(String.format(Locale.ROOT, "Okta: %,d users read (%,d pages, %,d requests, %d rate-limit "
                    + "waits)", users.size(), pages, requests.requests(), requests.rateLimitWaits()));
        } while (after != null);
    }

    private List<Group> findGroups(String name) {
        GroupApi api = new GroupApi(client);
        List<Group> exact = new ArrayList<>();
        String listing = "GET /api/v1/groups?q=" + name;
        Paging paging = new Paging("Okta", listing, OktaSettings.PAGE_SIZE);
        Set<String> seen = new HashSet<>();
        String after = null;
        do {
            String cursor = after;
            List<Group> batch = send("groups", listing + " (page " + (paging.pages() + 1) + ")",
                    () -> api.listGroups(name, null, cursor, OktaSettings.PAGE_SIZE, null, null, null, null));
            // q matches name prefixes; roles.yaml names a group exactly (case-insensitively).
            batch.stream().filter(g -> g.getProfile() != null && g.getProfile().getName() != null
                    && g.getProfile().getName().equalsIgnoreCase(name)).forEach(exact::add);
            int fresh = (int) batch.stream().filter(g -> seen.add(g.getId())).count();
            after = paging.next(batch.size(), fresh, nextCursor(batch)) ? nextCursor(batch) : null;
        } while (after != null);
        return exact;
    }

    private List<String> members(Group group, String name) {
        GroupApi api = new GroupApi(client);
        Set<String> ids = new LinkedHashSet<>();
        String listing = "GET /api/v1/groups/" + group.getId() + "/users (group " + name + ")";
        Paging paging = new Paging("Okta", listing, OktaSettings.PAGE_SIZE);
        String after = null;
        do {
            String cursor = after;
            List<User> batch = send("group-members", listing + " (page " + (paging.pages() + 1) + ")",
                    () -> api.listGroupUsers(group.getId(), cursor, OktaSettings.PAGE_SIZE));
            int fresh = (int) batch.stream().filter(user -> ids.add(user.getId())).count();
            after = paging.next(batch.size(), fresh, nextCursor(batch)) ? nextCursor(batch) : null;
        } while (after != null);
        return new ArrayList<>(ids);
    }

    /**
     * Okta 24.x deprecates reading the last response's headers from the client, yet offers no other
     * way to reach them on these listings (its PagedIterable arrives in 25.x): the pacer needs them.
     */
    @SuppressWarnings("deprecation")
    private <T> List<T> send(String bucket, String description, Callable<List<T>> call) {
        var wait = pacer.waitBefore(bucket);
        if (!wait.isZero()) {
            progress.done(String.format(Locale.ROOT, "Okta: pausing %.0f s to stay within %.0f%% of the %s rate limit",
                    wait.toMillis() / 1000.0, settings.rateLimitShare() * 100, bucket));
            requests.waitForRateLimit(wait, description);
        }
        List<T> result = requests.send(description, () -> {
            List<T> page = call.call();
            pacer.record(bucket, client.getResponseHeaders());
            return page;
        }, this::classify);
        pages++;
        return result;
    }

    /** The same in 24.x for the page's {@code after} cursor, which the paging guard needs. */
    @SuppressWarnings("deprecation")
    private static String nextCursor(List<?> page) {
        if (page instanceof PagedList<?> paged && paged.hasMoreItems() && paged.getAfter() != null) {
            return paged.getAfter();
        }
        return null;
    }

    private Failure classify(Exception e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonProcessingException json) {
                // A body that ends half-way (a dropped connection, a proxy) is transient; retried, then fatal.
                return Failure.retry("a page cut short or malformed (" + json.getOriginalMessage() + ")", null);
            }
        }
        if (e instanceof ApiException api) {
            int code = api.getCode();
            if (code == 429) {
                return Failure.retry("HTTP 429 (rate limit)", pacer.untilReset(api.getResponseHeaders()));
            }
            if (code == 0 || code >= 500) {
                return Failure.retry(code == 0 ? "a network error: " + api.getMessage() : "HTTP " + code, null);
            }
            if (code == 401) {
                return Failure.fatal("Okta rejected the credentials (HTTP 401: " + summary(api) + "). Check "
                        + "OKTA_API_TOKEN, or the OAuth service app's client id and private key.");
            }
            if (code == 403) {
                return Failure.fatal("Okta denied access (HTTP 403: " + summary(api) + "). RoleCall needs read access "
                        + "to users and groups: the OAuth scopes okta.users.read and okta.groups.read granted to the "
                        + "service app, or an API token of an admin with read-only administrator rights.");
            }
            return Failure.fatal("HTTP " + code + ": " + summary(api));
        }
        if (e instanceof IOException || e instanceof UncheckedIOException) {
            return Failure.retry("a network error: " + e.getMessage(), null);
        }
        return Failure.fatal(Failure.unexpected(e));
    }

    /** Okta errors carry an errorSummary; the raw body is shown only when there is none. */
    private String summary(ApiException e) {
        String body = e.getResponseBody();
        if (body != null && !body.isBlank()) {
            try {
                JsonNode json = client.getObjectMapper().readTree(body);
                if (json.hasNonNull("errorSummary")) {
                    return json.get("errorSummary").asText();
                }
            } catch (IOException | RuntimeException ignored) {
                // not JSON: fall through to the raw body
            }
            return body.length() > 200 ? body.substring(0, 200) + "..." : body;
        }
        return e.getMessage() == null ? "no detail" : e.getMessage();
    }

    private DirectoryRead toSnapshot(Map<String, OktaUsers.RawUser> users, Map<String, Set<String>> groupsByUser,
                              Set<String> serviceGroupMembers, List<String> missingGroups) {
        Map<String, Email> loginToEmail = new HashMap<>();
        users.values().forEach(u -> {
            if (u.login() != null && u.email() != null) {
                loginToEmail.put(u.login().toLowerCase(Locale.ROOT), u.email());
            }
        });
        Function<OktaUsers.RawUser, Email> managerOf = u -> {
            if (u.managerId() != null && users.containsKey(u.managerId())) {
                return users.get(u.managerId()).email();
            }
            if (u.manager() == null || u.manager().isBlank()) {
                return null;
            }
            return Email.isValid(u.manager()) ? Email.of(u.manager())
                    : loginToEmail.get(u.manager().trim().toLowerCase(Locale.ROOT));
        };
        PeopleByEmail people = new PeopleByEmail();
        for (OktaUsers.RawUser user : users.values()) {
            if (user.email() == null) {
                people.withoutEmail();
                continue;
            }
            people.add(new Person(user.id(), user.email(), user.name(), user.status(),
                    user.serviceFlag() || serviceGroupMembers.contains(user.id()) ? PersonType.SERVICE : PersonType.PERSON,
                    user.title(), user.department(), managerOf.apply(user),
                    groupsByUser.getOrDefault(user.id(), Set.of()), LeavingDate.parse(user.endDate())),
                    user.lastUpdated() == null ? null : user.lastUpdated().toInstant());
        }
        List<Person> kept = people.people();
        ReadStatistics statistics = ReadStatistics.of(kept.size(), pages, requests, people);
        Set<String> found = new LinkedHashSet<>(settings.referencedGroups());
        found.removeAll(missingGroups);
        return new DirectoryRead(DirectorySnapshot.of(kept, found), statistics, missingGroups);
    }

}
