package io.rolecall.connector.slack;

import com.fasterxml.jackson.databind.JsonNode;
import io.rolecall.connector.support.JsonHttp;
import io.rolecall.connector.support.Sleeper;
import io.rolecall.core.model.Email;
import io.rolecall.core.model.Message;
import io.rolecall.core.model.Recipient;
import io.rolecall.core.port.DirectoryReadException;
import io.rolecall.core.port.MessageChannel;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Slack as a channel, over its Web API with a bot token: a person is found by work email
 * ({@code users.lookupByEmail}), their direct message opened ({@code conversations.open}) and the
 * message posted ({@code chat.postMessage}, Block Kit); a channel's message is posted to it directly.
 * Slack answers most errors with HTTP 200 and {@code "ok": false}; each is told apart here: a person
 * Slack does not know, a token or setup Slack refuses (the channel stops for the run), or a message
 * that failed. Posts to one conversation are spaced one second apart, Slack's published rate, and a
 * 429 waits its Retry-After. A post is never repeated after an answer that leaves it in doubt.
 * One instance serves one run: it remembers the people and conversations it looked up.
 */
public final class SlackChannel implements MessageChannel {

    public static final String TOKEN = "SLACK_BOT_TOKEN";
    public static final String ROOT_URL = "ROLECALL_SLACK_API_URL";
    public static final URI DEFAULT_ROOT = URI.create("https://slack.com/api/");
    /** chat.postMessage: "one message per second per channel", with short bursts tolerated. */
    static final Duration POST_SPACING = Duration.ofSeconds(1);

    /** Errors that mean the token or the app cannot work at all, whatever is sent. */
    private static final Set<String> REFUSED = Set.of("invalid_auth", "not_authed", "account_inactive",
            "token_revoked", "token_expired", "no_permission", "not_allowed_token_type", "team_access_not_granted",
            "ekm_access_denied", "org_login_required");
    /** Errors of a person Slack has no (active, reachable) account for. */
    private static final Set<String> UNKNOWN_PERSON = Set.of("users_not_found", "user_not_found", "user_disabled",
            "cannot_dm_bot", "user_not_visible");
    /** Errors of a channel the app cannot post to. */
    private static final Set<String> CHANNEL_UNUSABLE = Set.of("channel_not_found", "not_in_channel",
            "is_archived", "restricted_action");

    private final JsonHttp http;
    private final URI root;
    private final String authorization;
    private final Clock clock;
    private final Map<Email, String> users = new HashMap<>();
    private final Map<String, String> directMessages = new HashMap<>();
    private final Map<String, Instant> lastPost = new HashMap<>();
    /** Set when Slack answered an HTTP 401 or 403: the token, not the message, is at fault. */
    private final AtomicBoolean refusedByStatus;

    SlackChannel(JsonHttp http, AtomicBoolean refusedByStatus, URI root, String token, Clock clock) {
        this.http = http;
        this.refusedByStatus = refusedByStatus;
        this.root = root.toString().endsWith("/") ? root : URI.create(root + "/");
        this.authorization = "Bearer " + token;
        this.clock = clock;
    }

    /**
     * @param root    {@link #DEFAULT_ROOT}, or a stub's address
     * @param token   the app's bot token (xoxb-...)
     * @param maxWait the most one run may wait on Slack's rate limits and retries
     */
    public static SlackChannel create(URI root, String token, Duration maxWait, Sleeper sleeper) {
        return create(root, token, maxWait, sleeper, Clock.systemUTC());
    }

    static SlackChannel create(URI root, String token, Duration maxWait, Sleeper sleeper, Clock clock) {
        if (token == null || token.isBlank()) {
            throw new IllegalArgumentException("set " + TOKEN + " to the Slack app's Bot User OAuth Token (xoxb-...)");
        }
        AtomicBoolean refused = new AtomicBoolean();
        return new SlackChannel(JsonHttp.create("Slack", maxWait, sleeper, (status, detail) -> {
            refused.set(status == 401 || status == 403);
            return explain(status);
        }), refused, root, token.strip(), clock);
    }

    @Override
    public String name() {
        return "slack";
    }

    @Override
    public Delivered deliver(Message message) {
        try {
            String conversation;
            String recipient;
            if (message.to() instanceof Recipient.Person person) {
                recipient = user(person.email());
                conversation = directMessage(recipient);
            } else {
                recipient = ((Recipient.Channel) message.to()).id();
                conversation = recipient;
            }
            pace(conversation);
            JsonNode posted = call("chat.postMessage", http.create("chat.postMessage", method("chat.postMessage"),
                    authorization, "application/json; charset=utf-8", http.write(SlackBlocks.of(message, conversation))),
                    message.to());
            lastPost.put(conversation, clock.instant());
            return new Delivered(recipient, posted.path("channel").asText(conversation) + "/"
                    + posted.path("ts").asText());
        } catch (DirectoryReadException failed) {
            if (refusedByStatus.get()) {
                throw new ChannelRefusedException(failed.getMessage());
            }
            throw new DeliveryFailedException(failed.getMessage(), failed);
        }
    }

    /** The person's Slack user id, by the work email Slack holds for them. */
    private String user(Email email) {
        String known = users.get(email);
        if (known != null) {
            return known;
        }
        URI lookup = URI.create(method("users.lookupByEmail") + "?email="
                + URLEncoder.encode(email.value(), StandardCharsets.UTF_8));
        String id = call("users.lookupByEmail", http.get("users.lookupByEmail", lookup, authorization),
                new Recipient.Person(email)).path("user").path("id").asText();
        users.put(email, id);
        return id;
    }

    /** The id of the app's direct message conversation with the user (Slack opens it once, then returns it). */
    private String directMessage(String userId) {
        String known = directMessages.get(userId);
        if (known != null) {
            return known;
        }
        String id = call("conversations.open", http.post("conversations.open", method("conversations.open"),
                authorization, "application/json; charset=utf-8", http.write(Map.of("users", userId))),
                null).path("channel").path("id").asText();
        directMessages.put(userId, id);
        return id;
    }

    /** Waits until a second has passed since the last post to this conversation. */
    private void pace(String conversation) {
        Instant last = lastPost.get(conversation);
        if (last != null) {
            Duration since = Duration.between(last, clock.instant());
            if (since.compareTo(POST_SPACING) < 0) {
                http.pace(POST_SPACING.minus(since), "the next message to " + conversation);
            }
        }
    }

    /** Slack's answer when {@code "ok"} is true, else the failure it means. */
    private static JsonNode call(String method, JsonNode answer, Recipient about) {
        if (answer.path("ok").asBoolean(false)) {
            return answer;
        }
        String error = answer.path("error").asText("no error given");
        if (REFUSED.contains(error)) {
            throw new ChannelRefusedException("Slack refused the bot token (" + error + "): set " + TOKEN + " to the "
                    + "app's Bot User OAuth Token (xoxb-...), and check that the app is still installed.");
        }
        if (error.equals("missing_scope")) {
            throw new ChannelRefusedException("the Slack app lacks the scope " + answer.path("needed").asText("?")
                    + " for " + method + ": add it under OAuth & Permissions (RoleCall needs users:read.email, "
                    + "im:write and chat:write), then reinstall the app.");
        }
        if (UNKNOWN_PERSON.contains(error) && about instanceof Recipient.Person person) {
            throw new RecipientUnknownException(person.email().value() + " has no active Slack account that "
                    + "RoleCall can reach (" + error + ")");
        }
        if (CHANNEL_UNUSABLE.contains(error) && about instanceof Recipient.Channel channel) {
            throw new ChannelRefusedException("Slack cannot post to the channel " + channel.id() + " (" + error + "): "
                    + "check its name or id in roles.yaml's delivery.slack.channel, and invite the app to it "
                    + "(/invite @YourApp in the channel).");
        }
        throw new DeliveryFailedException("Slack answered " + error + " to " + method, null);
    }

    private URI method(String name) {
        return root.resolve(name);
    }

    /** Slack's words for an HTTP status other than 2xx and 429 (which are waited out). */
    private static Optional<String> explain(int status) {
        if (status == 401 || status == 403) {
            return Optional.of("Slack refused the request (HTTP " + status + "): check " + TOKEN);
        }
        if (status == 404) {
            return Optional.of("Slack has no such method here (HTTP 404): check " + ROOT_URL + " if it is set");
        }
        return Optional.empty();
    }
}
