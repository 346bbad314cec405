package io.rolecall.connector.jira;

import com.fasterxml.jackson.databind.JsonNode;
import io.rolecall.connector.support.HrValues;
import io.rolecall.connector.support.JsonHttp;
import io.rolecall.connector.support.Sleeper;
import io.rolecall.core.model.Message;
import io.rolecall.core.model.Recipient;
import io.rolecall.core.port.DirectoryReadException;
import io.rolecall.core.port.MessageChannel;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Jira Cloud as a channel, over REST v3 with an account's email and API token: a finding's thread is one
 * issue, labelled {@code rolecall} and {@code rolecall-<finding id>}. Before creating one, RoleCall
 * searches for an open issue with that label ({@code /rest/api/3/search/jql}), so a create that timed out
 * after Jira stored it, or a mark that was lost, never makes a second issue; the create itself is never
 * repeated after an answer that leaves it in doubt. A later message of the thread (the gap resolved) is a
 * comment on the open issue. Descriptions and comments are Atlassian Document Format, texts as text nodes,
 * which Jira shows as they are.
 */
public final class JiraChannel implements MessageChannel {

    public static final String BASE_URL = "JIRA_BASE_URL";
    public static final String EMAIL = "JIRA_EMAIL";
    public static final String API_TOKEN = "JIRA_API_TOKEN";
    /** Jira's limit on a summary. */
    static final int SUMMARY_MAX = 255;

    private final JsonHttp http;
    private final URI base;
    private final String authorization;
    private final String issueType;
    private final AtomicBoolean refusedByStatus;

    JiraChannel(JsonHttp http, URI base, String authorization, String issueType, AtomicBoolean refusedByStatus) {
        this.http = http;
        this.base = base.toString().endsWith("/") ? base : URI.create(base + "/");
        this.authorization = authorization;
        this.issueType = issueType;
        this.refusedByStatus = refusedByStatus;
    }

    /**
     * @param base      the site, such as https://acme.atlassian.net: https, or http on a loopback stub
     * @param issueType the issue type's name in the project, such as Task
     */
    public static JiraChannel create(URI base, String email, String apiToken, String issueType, Duration maxWait,
                                     Sleeper sleeper) {
        HrValues.secure(base, BASE_URL, "the API token travels with every request");
        if (email == null || email.isBlank() || apiToken == null || apiToken.isBlank()) {
            throw new IllegalArgumentException("set " + EMAIL + " and " + API_TOKEN + " to the Jira account's email "
                    + "and an API token of it (id.atlassian.com, Security, API tokens)");
        }
        AtomicBoolean refused = new AtomicBoolean();
        JsonHttp http = JsonHttp.create("Jira", maxWait, sleeper, (status, detail) -> {
            refused.set(status == 400 || status == 401 || status == 403 || status == 404);
            return explain(status, detail);
        });
        String credentials = Base64.getEncoder().encodeToString((email.strip() + ":" + apiToken.strip())
                .getBytes(StandardCharsets.UTF_8));
        return new JiraChannel(http, base, "Basic " + credentials, issueType, refused);
    }

    @Override
    public String name() {
        return "jira";
    }

    @Override
    public Delivered deliver(Message message) {
        if (!(message.to() instanceof Recipient.Channel project) || message.thread() == null) {
            throw new RecipientUnknownException("a Jira message goes to a project, about a finding");
        }
        String label = "rolecall-" + message.thread().id();
        try {
            Optional<String> open = openIssue(project.id(), label);
            if (message.thread().opens()) {
                String key = open.orElseGet(() -> createIssue(project.id(), label, message));
                return new Delivered(project.id(), key);
            }
            if (open.isEmpty()) {
                // Closed already, or never made: nothing to add the message to.
                return new Delivered(project.id(), null);
            }
            JsonNode comment = http.create("a comment on " + open.get(), base.resolve("rest/api/3/issue/"
                    + open.get() + "/comment"), authorization, "application/json", http.write(Map.of("body",
                    JiraDocument.of(message.subject(), message.text(), List.of()))));
            return new Delivered(project.id(), open.get() + "#" + comment.path("id").asText());
        } catch (DirectoryReadException failed) {
            if (refusedByStatus.get()) {
                throw new ChannelRefusedException(failed.getMessage());
            }
            throw new DeliveryFailedException(failed.getMessage(), failed);
        }
    }

    /** The key of the project's open issue with this label, if any. */
    private Optional<String> openIssue(String project, String label) {
        String jql = "project = \"" + project + "\" AND labels = \"" + label + "\" AND statusCategory != Done";
        Map<String, Object> search = new LinkedHashMap<>();
        search.put("jql", jql);
        search.put("fields", List.of("key"));
        search.put("maxResults", 1);
        JsonNode found = http.post("the search for " + label, base.resolve("rest/api/3/search/jql"), authorization,
                "application/json", http.write(search));
        JsonNode issues = found.path("issues");
        return issues.isArray() && !issues.isEmpty() ? Optional.of(issues.get(0).path("key").asText())
                : Optional.empty();
    }

    private String createIssue(String project, String label, Message message) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("project", Map.of("key", project));
        fields.put("issuetype", Map.of("name", issueType));
        String summary = message.subject().replaceAll("\\s+", " ").strip();
        fields.put("summary", summary.length() <= SUMMARY_MAX ? summary : summary.substring(0, SUMMARY_MAX - 1) + "…");
        fields.put("description", JiraDocument.of(null, message.text(), message.sections()));
        fields.put("labels", List.of("rolecall", label));
        JsonNode created = http.create("the issue for " + label, base.resolve("rest/api/3/issue"), authorization,
                "application/json", http.write(Map.of("fields", fields)));
        return created.path("key").asText();
    }

    /** Jira's words for an answer retrying will not fix. */
    private static Optional<String> explain(int status, String detail) {
        return switch (status) {
            case 400 -> Optional.of("Jira refused the request (HTTP 400: " + detail + "): check delivery.jira's "
                    + "project and issueType in roles.yaml, and that the issue type takes labels");
            case 401 -> Optional.of("Jira refused the credentials (HTTP 401): check " + EMAIL + " and " + API_TOKEN);
            case 403 -> Optional.of("Jira refused the request (HTTP 403): the account needs Browse projects, Create "
                    + "issues and Add comments in the project");
            case 404 -> Optional.of("Jira has no such address or project (HTTP 404): check " + BASE_URL
                    + " and delivery.jira.project");
            default -> Optional.empty();
        };
    }
}
