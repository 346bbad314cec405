package io.rolecall.connector.google.internal;

import com.google.api.client.googleapis.json.GoogleJsonError;
import com.google.api.client.googleapis.json.GoogleJsonResponseException;
import com.google.api.client.http.HttpResponseException;
import com.google.api.client.json.gson.GsonFactory;
import com.google.api.services.directory.Directory;
import com.google.api.services.directory.model.Member;
import com.google.api.services.directory.model.Members;
import com.google.api.services.directory.model.User;
import com.google.api.services.directory.model.Users;
import com.google.auth.Retryable;
import io.rolecall.connector.google.GoogleSettings;
import io.rolecall.connector.support.DirectoryRead;
import io.rolecall.connector.support.PeopleByEmail;
import io.rolecall.connector.support.ReadStatistics;
import io.rolecall.connector.support.Failure;
import io.rolecall.connector.support.LeavingDate;
import io.rolecall.connector.support.Paging;
import io.rolecall.connector.support.PatientRequests;
import io.rolecall.connector.support.RetryAfter;
import io.rolecall.connector.support.Progress;
import io.rolecall.core.model.DirectorySnapshot;
import io.rolecall.core.model.Person;
import io.rolecall.core.model.PersonType;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * One read of a Workspace directory: every user (the live list, then the deleted ones, which only
 * showDeleted=true returns), then the members of the groups roles.yaml names, nested groups expanded.
 * Each request is retried within the read's wait budget; a page that finally fails fails the read.
 */
public final class GoogleReader {

    private static final int USER_PAGE = 500;
    private static final int MEMBER_PAGE = 200;
    private static final String USER_FIELDS = "nextPageToken,users(id,primaryEmail,name/fullName,suspended,"
            + "suspensionReason,archived,deletionTime,organizations,relations,orgUnitPath,customSchemas)";
    private static final String MEMBER_FIELDS = "nextPageToken,members(id,email,type,status)";
    /** Quota and rate errors, which Google reports as 403 rather than 429. */
    private static final Set<String> RATE_REASONS = Set.of("userRateLimitExceeded", "rateLimitExceeded",
            "quotaExceeded", "dailyLimitExceeded");

    private final GoogleSettings settings;
    private final Directory directory;
    private final PatientRequests requests;
    private final Clock clock;
    private final Progress progress;
    private final GoogleUsers.Mapping mapping;
    private int pages;

    public GoogleReader(GoogleSettings settings, Directory directory, PatientRequests requests, Clock clock,
                        Progress progress) {
        this.settings = settings;
        this.directory = directory;
        this.requests = requests;
        this.clock = clock;
        this.progress = progress;
        this.mapping = GoogleUsers.Mapping.of(settings.leaverSuspensionReasons(), settings.endDateField(),
                settings.serviceAccountField(), settings.serviceOrgUnit());
    }

    public DirectoryRead read() {
        Map<String, GoogleUsers.RawUser> users = new LinkedHashMap<>();
        readUsers(false, users);
        readUsers(true, users);
        Map<String, Set<String>> groupsByUser = new HashMap<>();
        List<String> missing = new ArrayList<>();
        for (String group : settings.referencedGroups()) {
            Set<String> members = expand(group, users.keySet());
            if (members == null) {
                missing.add(group);
                continue;
            }
            members.forEach(id -> groupsByUser.computeIfAbsent(id, k -> new LinkedHashSet<>()).add(group));
        }
        return toSnapshot(users, groupsByUser, missing);
    }

    private void readUsers(boolean deleted, Map<String, GoogleUsers.RawUser> users) {
        String listing = "GET users" + (deleted ? "?showDeleted=true" : "");
        Paging paging = new Paging("Google Directory API", listing, USER_PAGE);
        Set<String> seen = new HashSet<>();
        String token = null;
        String mask = mapping.schemaMask();
        do {
            String pageToken = token;
            Users batch = send(listing + " (page " + (paging.pages() + 1) + ")", () -> {
                Directory.Users.List list = directory.users().list().setCustomer(settings.customer())
                        .setMaxResults(USER_PAGE).setPageToken(pageToken).setFields(USER_FIELDS);
                if (!mask.isEmpty()) {
                    list.setProjection("custom").setCustomFieldMask(mask);
                }
                if (deleted) {
                    list.setShowDeleted("true");
                }
                return list.execute();
            });
            int fresh = 0;
            if (batch.getUsers() != null) {
                for (User user : batch.getUsers()) {
                    fresh += seen.add(user.getId()) ? 1 : 0;
                    GoogleUsers.RawUser raw = GoogleUsers.raw(user, deleted, mapping);
                    // A live account beats a deleted one with the same id (it cannot happen) or email (a re-hire).
                    users.putIfAbsent(user.getId(), raw);
                }
            }
            int items = batch.getUsers() == null ? 0 : batch.getUsers().size();
            token = paging.next(items, fresh, batch.getNextPageToken()) ? batch.getNextPageToken() : null;
            progress.update(String.format(Locale.ROOT, "Google: %,d users read (%,d pages, %,d requests, %d retries)",
                    users.size(), pages, requests.requests(), requests.retries()));
        } while (token != null);
    }

    /**
     * Every user id in {@code group}, nested groups included (each expanded once, so cycles end);
     * null when the group itself does not exist.
     */
    private Set<String> expand(String group, Set<String> allUsers) {
        Set<String> userIds = new LinkedHashSet<>();
        Set<String> visited = new HashSet<>();
        Deque<String> queue = new ArrayDeque<>();
        queue.add(group);
        visited.add(group.toLowerCase(Locale.ROOT));
        boolean first = true;
        while (!queue.isEmpty()) {
            String key = queue.poll();
            List<Member> members = members(key);
            if (members == null) {
                if (first) {
                    return null;
                }
                continue;
            }
            first = false;
            for (Member member : members) {
                String type = member.getType() == null ? "USER" : member.getType();
                switch (type) {
                    case "GROUP" -> {
                        String nested = member.getEmail() != null ? member.getEmail() : member.getId();
                        if (nested != null && visited.add(nested.toLowerCase(Locale.ROOT))) {
                            queue.add(nested);
                        }
                    }
                    case "CUSTOMER" -> userIds.addAll(allUsers);
                    default -> userIds.add(member.getId());
                }
            }
        }
        return userIds;
    }

    /** All members of one group, page by page; null when the group does not exist. */
    private List<Member> members(String groupKey) {
        List<Member> all = new ArrayList<>();
        String listing = "GET groups/" + groupKey + "/members";
        Paging paging = new Paging("Google Directory API", listing, MEMBER_PAGE);
        Set<String> seen = new HashSet<>();
        String token = null;
        do {
            String pageToken = token;
            Members batch = send(listing + " (page " + (paging.pages() + 1) + ")", () -> {
                try {
                    return directory.members().list(groupKey).setMaxResults(MEMBER_PAGE).setPageToken(pageToken)
                            .setFields(MEMBER_FIELDS).execute();
                } catch (GoogleJsonResponseException e) {
                    if (e.getStatusCode() == 404) {
                        return null;
                    }
                    throw e;
                }
            });
            if (batch == null) {
                return null;
            }
            int fresh = 0;
            if (batch.getMembers() != null) {
                for (Member member : batch.getMembers()) {
                    fresh += seen.add(member.getId() + "|" + member.getEmail()) ? 1 : 0;
                    all.add(member);
                }
            }
            int items = batch.getMembers() == null ? 0 : batch.getMembers().size();
            token = paging.next(items, fresh, batch.getNextPageToken()) ? batch.getNextPageToken() : null;
        } while (token != null);
        return all;
    }

    private <T> T send(String description, Callable<T> call) {
        T result = requests.send(description, call, this::classify);
        pages++;
        return result;
    }

    private Failure classify(Exception e) {
        Retryable auth = authFailure(e);
        if (auth != null) {
            if (auth.isRetryable()) {
                return Failure.retry("a temporary token error", null);
            }
            return Failure.fatal("Google refused the access token for impersonating " + settings.adminEmail() + " ("
                    + tokenError(e) + "). In the Admin console, under Security > Access and data control > API "
                    + "controls > Domain-wide delegation, add the service account's client id with the scopes "
                    + String.join(",", GoogleClients.SCOPES) + ", and check that " + settings.adminEmail()
                    + " is a Workspace admin.");
        }
        if (e instanceof HttpResponseException http) {
            int status = http.getStatusCode();
            String reason = reason(http);
            Duration retryAfter = retryAfter(http);
            if (status == 429 || (status == 403 && RATE_REASONS.contains(reason)) || status >= 500) {
                return Failure.retry("HTTP " + status + (reason.isEmpty() ? "" : " " + reason), retryAfter);
            }
            if (status == 401 || status == 403) {
                return Failure.fatal("Google denied access (HTTP " + status + (reason.isEmpty() ? "" : " " + reason)
                        + ": " + message(http) + "). The service account needs domain-wide delegation with the "
                        + "scopes " + String.join(",", GoogleClients.SCOPES) + ", and --google-admin must name a "
                        + "Workspace admin allowed to read users and groups.");
            }
            if (status == 400 || status == 404) {
                return Failure.fatal("HTTP " + status + ": " + message(http) + " (check --google-customer: "
                        + settings.customer() + ")");
            }
            return Failure.fatal("HTTP " + status + ": " + message(http));
        }
        if (e instanceof RuntimeException && Failure.fromJsonParser(e, "com.google.api.client.json.")) {
            return Failure.retry("a page cut short or malformed", null);
        }
        if (e instanceof IOException) {
            return Failure.retry("a network error: " + e.getMessage(), null);
        }
        return Failure.fatal(Failure.unexpected(e));
    }

    private static Retryable authFailure(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof Retryable retryable) {
                return retryable;
            }
        }
        return null;
    }

    private static String reason(HttpResponseException e) {
        if (e instanceof GoogleJsonResponseException json && json.getDetails() != null) {
            GoogleJsonError details = json.getDetails();
            if (details.getErrors() != null && !details.getErrors().isEmpty()
                    && details.getErrors().get(0).getReason() != null) {
                return details.getErrors().get(0).getReason();
            }
        }
        return "";
    }

    private static String message(HttpResponseException e) {
        if (e instanceof GoogleJsonResponseException json && json.getDetails() != null
                && json.getDetails().getMessage() != null) {
            return json.getDetails().getMessage();
        }
        return e.getStatusMessage() == null ? "no detail" : e.getStatusMessage();
    }

    /** Retry-After, a second when it says none (not to ask again at once); null when absent or unreadable. */
    private Duration retryAfter(HttpResponseException e) {
        Duration wait = RetryAfter.parse(e.getHeaders() == null ? null : e.getHeaders().getRetryAfter(),
                clock.instant());
        return wait != null && wait.isZero() ? Duration.ofSeconds(1) : wait;
    }

    /** The token endpoint's own words: "HTTP 401 unauthorized_client: Client is unauthorized ...". */
    private static String tokenError(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof HttpResponseException http) {
                String body = http.getContent();
                String detail = "";
                if (body != null && !body.isBlank()) {
                    try {
                        Map<?, ?> json = GsonFactory.getDefaultInstance().fromString(body, Map.class);
                        detail = " " + json.get("error") + (json.get("error_description") == null ? ""
                                : ": " + json.get("error_description"));
                    } catch (IOException | IllegalArgumentException notJson) {
                        detail = " " + body.strip();
                    }
                }
                return "HTTP " + http.getStatusCode() + detail;
            }
        }
        return e.getMessage();
    }

    private DirectoryRead toSnapshot(Map<String, GoogleUsers.RawUser> users, Map<String, Set<String>> groupsByUser,
                              List<String> missing) {
        PeopleByEmail people = new PeopleByEmail();
        for (GoogleUsers.RawUser user : users.values()) {
            if (user.email() == null) {
                people.withoutEmail();
                continue;
            }
            people.add(new Person(user.id(), user.email(), user.name(), user.status(),
                    user.service() ? PersonType.SERVICE : PersonType.PERSON, user.title(), user.department(),
                    user.manager(), groupsByUser.getOrDefault(user.id(), Set.of()), LeavingDate.parse(user.endDate())),
                    null);
        }
        Set<String> found = new LinkedHashSet<>(settings.referencedGroups());
        found.removeAll(missing);
        List<Person> kept = people.people();
        return new DirectoryRead(DirectorySnapshot.of(kept, found), ReadStatistics.of(kept.size(), pages, requests, people),
                missing);
    }

}
