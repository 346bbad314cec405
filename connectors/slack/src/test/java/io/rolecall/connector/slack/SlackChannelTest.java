package io.rolecall.connector.slack;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToIgnoreCase;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.rolecall.core.model.Email;
import io.rolecall.core.model.Message;
import io.rolecall.core.model.Recipient;
import io.rolecall.core.port.MessageChannel;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The Slack Web API as its reference shows it (docs.slack.dev: users.lookupByEmail, conversations.open,
 * chat.postMessage, rate limits): errors as HTTP 200 with "ok": false, a 429 with Retry-After, a bot
 * token in the Authorization header.
 */
class SlackChannelTest {

    private static final String LINK = "https://roles.acme.example/ack/AbCdEf0123456789";
    private static final String ADA = """
            {"ok": true, "user": {"id": "W012A3CDE", "team_id": "T012AB3C4", "name": "ada", "deleted": false,
             "real_name": "Ada Lovelace", "tz": "Europe/London",
             "profile": {"real_name": "Ada Lovelace", "display_name": "ada", "email": "ada@acme.example"},
             "is_admin": false, "is_bot": false, "updated": 1502138686, "is_app_user": false, "has_2fa": false}}
            """;
    private static final String OPENED = """
            {"ok": true, "no_op": true, "already_open": true, "channel": {"id": "D069C7QFK"}}
            """;
    private static final String POSTED = """
            {"ok": true, "channel": "D069C7QFK", "ts": "1764489602.000200",
             "message": {"type": "message", "subtype": "bot_message", "text": "x", "ts": "1764489602.000200",
                         "bot_id": "B123ABC456"}}
            """;

    private final List<Duration> waits = new ArrayList<>();
    @RegisterExtension
    final WireMockExtension server = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")).build();

    private SlackChannel slack() {
        return SlackChannel.create(URI.create(server.baseUrl() + "/api"), "xoxb-test-token", Duration.ofMinutes(5),
                waits::add);
    }

    private static Message notice(String person) {
        return new Message("notice-2026-11-30-aa", new Recipient.Person(Email.of(person)),
                "Your information security role at Acme <Ltd> & co: ISMS Manager", "Please read and accept.",
                List.of(new Message.Section("ISMS Manager", "Accept by 2026-12-14.", "Review and accept", LINK)));
    }

    private JsonNode lastPost() throws Exception {
        var posts = server.findAll(postRequestedFor(urlPathEqualTo("/api/chat.postMessage")));
        return new ObjectMapper().readTree(posts.get(posts.size() - 1).getBodyAsString());
    }

    @Test
    void aPersonIsFoundByEmailAndGetsADirectMessageWithTheirLinkAsAButton() throws Exception {
        server.stubFor(get(urlPathEqualTo("/api/users.lookupByEmail")).withQueryParam("email",
                equalTo("ada@acme.example")).willReturn(okJson(ADA)));
        server.stubFor(post(urlPathEqualTo("/api/conversations.open")).withRequestBody(equalToJson(
                "{\"users\": \"W012A3CDE\"}")).willReturn(okJson(OPENED)));
        server.stubFor(post(urlPathEqualTo("/api/chat.postMessage")).willReturn(okJson(POSTED)));

        MessageChannel.Delivered delivered = slack().deliver(notice("ada@acme.example"));

        assertThat(delivered).isEqualTo(new MessageChannel.Delivered("W012A3CDE", "D069C7QFK/1764489602.000200"));
        server.verify(getRequestedFor(urlPathEqualTo("/api/users.lookupByEmail"))
                .withHeader("Authorization", equalTo("Bearer xoxb-test-token")));
        server.verify(postRequestedFor(urlPathEqualTo("/api/chat.postMessage"))
                .withHeader("Content-Type", equalToIgnoreCase("application/json; charset=utf-8"))
                .withRequestBody(matchingJsonPath("$.channel", equalTo("D069C7QFK"))));
        JsonNode body = lastPost();
        assertThat(body.path("unfurl_links").asBoolean(true)).as("no preview opens the link").isFalse();
        assertThat(body.path("text").asText()).as("escaped, so a name makes no link or mention")
                .isEqualTo("Your information security role at Acme &lt;Ltd&gt; &amp; co: ISMS Manager: Please read "
                        + "and accept.");
        JsonNode blocks = body.path("blocks");
        assertThat(blocks.get(0).path("text").path("text").asText()).as("plain text needs no escape")
                .isEqualTo("Your information security role at Acme <Ltd> & co: ISMS Manager");
        JsonNode role = blocks.get(2);
        assertThat(role.path("text").path("text").asText()).isEqualTo("*ISMS Manager*\nAccept by 2026-12-14.");
        assertThat(role.path("accessory").path("url").asText()).isEqualTo(LINK);
        assertThat(role.path("accessory").path("text").path("text").asText()).isEqualTo("Review and accept");
    }

    @Test
    void aPersonSlackDoesNotKnowIsARecipientUnknownAndIsLookedUpOncePerRun() {
        server.stubFor(get(urlPathEqualTo("/api/users.lookupByEmail"))
                .willReturn(okJson("{\"ok\": false, \"error\": \"users_not_found\"}")));
        SlackChannel slack = slack();

        assertThatThrownBy(() -> slack.deliver(notice("bea@acme.example")))
                .isInstanceOf(MessageChannel.RecipientUnknownException.class)
                .hasMessage("bea@acme.example has no active Slack account that RoleCall can reach (users_not_found)");
        server.verify(0, postRequestedFor(urlPathEqualTo("/api/chat.postMessage")));
    }

    @Test
    void aRefusedTokenOrAMissingScopeRefusesTheChannelWithWhatToFix() {
        server.stubFor(get(urlPathEqualTo("/api/users.lookupByEmail"))
                .willReturn(okJson("{\"ok\": false, \"error\": \"invalid_auth\"}")));
        assertThatThrownBy(() -> slack().deliver(notice("ada@acme.example")))
                .isInstanceOf(MessageChannel.ChannelRefusedException.class)
                .hasMessageContaining("Slack refused the bot token (invalid_auth): set SLACK_BOT_TOKEN");

        server.stubFor(get(urlPathEqualTo("/api/users.lookupByEmail")).willReturn(okJson(
                "{\"ok\": false, \"error\": \"missing_scope\", \"needed\": \"users:read.email\", "
                        + "\"provided\": \"chat:write,im:write\"}")));
        assertThatThrownBy(() -> slack().deliver(notice("ada@acme.example")))
                .isInstanceOf(MessageChannel.ChannelRefusedException.class)
                .hasMessageContaining("the Slack app lacks the scope users:read.email for users.lookupByEmail");

        server.stubFor(get(urlPathEqualTo("/api/users.lookupByEmail")).willReturn(aResponse().withStatus(403)));
        assertThatThrownBy(() -> slack().deliver(notice("ada@acme.example")))
                .isInstanceOf(MessageChannel.ChannelRefusedException.class).hasMessageContaining("HTTP 403");
    }

    @Test
    void aDigestGoesToTheChannelAndAChannelTheAppIsNotInRefusesWithHowToInviteIt() throws Exception {
        server.stubFor(post(urlPathEqualTo("/api/chat.postMessage"))
                .withRequestBody(matchingJsonPath("$.channel", equalTo("isms-weekly")))
                .willReturn(okJson("{\"ok\": true, \"channel\": \"C0ISMS1234\", \"ts\": \"1764489601.000100\"}")));
        server.stubFor(post(urlPathEqualTo("/api/chat.postMessage"))
                .withRequestBody(matchingJsonPath("$.channel", equalTo("private-one")))
                .willReturn(okJson("{\"ok\": false, \"error\": \"not_in_channel\"}")));
        Message digest = new Message("weekly-2026-W49", new Recipient.Channel("isms-weekly"), "RoleCall weekly",
                "Open gaps: 3 (1 high, 2 medium); 1 overdue.", List.of(Message.Section.of("[HIGH] Leaver holds a "
                + "role (overdue since 2026-11-20)", "Bob Stone has left. Who acts: Ada.")));

        assertThat(slack().deliver(digest)).isEqualTo(new MessageChannel.Delivered("isms-weekly",
                "C0ISMS1234/1764489601.000100"));
        assertThat(lastPost().path("blocks").get(2).has("accessory")).as("no link, no button").isFalse();
        server.verify(0, getRequestedFor(urlPathEqualTo("/api/users.lookupByEmail")));

        Message elsewhere = new Message("weekly-2026-W49", new Recipient.Channel("private-one"), "RoleCall weekly",
                "", List.of());
        assertThatThrownBy(() -> slack().deliver(elsewhere)).isInstanceOf(MessageChannel.ChannelRefusedException.class)
                .hasMessageContaining("invite the app to it");
    }

    @Test
    void aThrottledPostWaitsItsRetryAfterAndPostsToOneConversationAreASecondApart() {
        server.stubFor(get(urlPathEqualTo("/api/users.lookupByEmail")).willReturn(okJson(ADA)));
        server.stubFor(post(urlPathEqualTo("/api/conversations.open")).willReturn(okJson(OPENED)));
        server.stubFor(post(urlPathEqualTo("/api/chat.postMessage")).inScenario("throttled")
                .whenScenarioStateIs(Scenario.STARTED).willSetStateTo("ok").willReturn(aResponse().withStatus(429)
                        .withHeader("Retry-After", "3").withHeader("Content-Type", "application/json")
                        .withBody("{\"ok\": false, \"error\": \"ratelimited\"}")));
        server.stubFor(post(urlPathEqualTo("/api/chat.postMessage")).inScenario("throttled")
                .whenScenarioStateIs("ok").willReturn(okJson(POSTED)));
        // A clock that stands still: the second post comes at once after the first.
        SlackChannel slack = SlackChannel.create(URI.create(server.baseUrl() + "/api"), "xoxb-test-token",
                Duration.ofMinutes(5), waits::add, Clock.fixed(Instant.parse("2026-11-30T08:00:00Z"), ZoneOffset.UTC));

        slack.deliver(notice("ada@acme.example"));
        slack.deliver(notice("ada@acme.example"));

        assertThat(waits).as("Retry-After, then a second before the next post to the same conversation")
                .containsExactly(Duration.ofSeconds(3), Duration.ofSeconds(1));
        server.verify(1, getRequestedFor(urlPathEqualTo("/api/users.lookupByEmail")));
        server.verify(1, postRequestedFor(urlPathEqualTo("/api/conversations.open")));
        server.verify(3, postRequestedFor(urlPathEqualTo("/api/chat.postMessage")));
    }

    @Test
    void aServerErrorOnAPostIsNotRepeatedItMayHaveBeenStored() {
        server.stubFor(get(urlPathEqualTo("/api/users.lookupByEmail")).willReturn(okJson(ADA)));
        server.stubFor(post(urlPathEqualTo("/api/conversations.open")).willReturn(okJson(OPENED)));
        server.stubFor(post(urlPathEqualTo("/api/chat.postMessage")).willReturn(aResponse().withStatus(500)));

        assertThatThrownBy(() -> slack().deliver(notice("ada@acme.example")))
                .isInstanceOf(MessageChannel.DeliveryFailedException.class)
                .hasMessageContaining("not repeated: it may have been stored");
        server.verify(1, postRequestedFor(urlPathEqualTo("/api/chat.postMessage")));
    }

    @Test
    void aTokenIsRequiredAndSaysWhereItComesFrom() {
        assertThatThrownBy(() -> SlackChannel.create(SlackChannel.DEFAULT_ROOT, " ", Duration.ofMinutes(1), waits::add))
                .hasMessage("set SLACK_BOT_TOKEN to the Slack app's Bot User OAuth Token (xoxb-...)");
    }
}
