package io.rolecall.connector.teams;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
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
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A Workflows webhook as Microsoft documents it: an Adaptive Card in a "message" envelope, 202 with no
 * body, 429 with Retry-After when throttled; the address itself carries the signature (sig=...).
 */
class TeamsChannelTest {

    private static final String PATH = "/workflows/5f7c/triggers/manual/paths/invoke";

    private final List<Duration> waits = new ArrayList<>();
    @RegisterExtension
    final WireMockExtension server = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")).build();

    private TeamsChannel teams() {
        return TeamsChannel.create(URI.create(server.baseUrl() + PATH + "?api-version=2016-06-01&sp=%2Ftriggers"
                + "%2Fmanual%2Frun&sv=1.0&sig=abc123"), Duration.ofMinutes(5), waits::add);
    }

    private static Message digest() {
        return new Message("weekly-2026-W49", new Recipient.Channel("teams"), "RoleCall weekly: Acme Ltd, 3 new gaps",
                "Open gaps: 3 (1 high, 2 medium); 1 overdue.", List.of(
                Message.Section.of("[HIGH] Leaver holds a role (overdue since 2026-11-20)",
                        "[Bob](https://evil.example) has left. Who acts: Ada."),
                new Message.Section("Full report", "", "Open", "https://reports.acme.example/weekly")));
    }

    @Test
    void theDigestIsPostedAsAnAdaptiveCardWhoseTextsAreShownAsTheyAre() throws Exception {
        server.stubFor(post(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(202)));

        assertThat(teams().deliver(digest())).isEqualTo(new MessageChannel.Delivered("workflow", null));

        JsonNode body = new ObjectMapper().readTree(server.findAll(postRequestedFor(urlPathEqualTo(PATH))).get(0)
                .getBodyAsString());
        assertThat(body.path("type").asText()).isEqualTo("message");
        JsonNode attachment = body.path("attachments").get(0);
        assertThat(attachment.path("contentType").asText()).isEqualTo("application/vnd.microsoft.card.adaptive");
        JsonNode card = attachment.path("content");
        assertThat(card.path("type").asText()).isEqualTo("AdaptiveCard");
        assertThat(card.path("body").findValues("type")).extracting(JsonNode::asText).as("no TextBlock reads markdown")
                .doesNotContain("TextBlock");
        assertThat(card.path("body").get(3).path("inlines").get(0).path("text").asText())
                .isEqualTo("[Bob](https://evil.example) has left. Who acts: Ada.");
        assertThat(card.path("actions").get(0).path("type").asText()).isEqualTo("Action.OpenUrl");
        assertThat(card.path("actions").get(0).path("url").asText()).isEqualTo("https://reports.acme.example/weekly");
    }

    @Test
    void aThrottledPostWaitsAndAServerErrorIsNotRepeated() {
        server.stubFor(post(urlPathEqualTo(PATH)).inScenario("t").whenScenarioStateIs(Scenario.STARTED)
                .willSetStateTo("ok").willReturn(aResponse().withStatus(429).withHeader("Retry-After", "7")));
        server.stubFor(post(urlPathEqualTo(PATH)).inScenario("t").whenScenarioStateIs("ok")
                .willReturn(aResponse().withStatus(202)));
        teams().deliver(digest());
        assertThat(waits).containsExactly(Duration.ofSeconds(7));

        server.resetAll();
        server.stubFor(post(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(502)));
        assertThatThrownBy(() -> teams().deliver(digest())).isInstanceOf(MessageChannel.DeliveryFailedException.class)
                .hasMessageContaining("not repeated");
        server.verify(1, postRequestedFor(urlPathEqualTo(PATH)));
    }

    @Test
    void aWorkflowThatIsGoneOrRefusesStopsTheChannelWithWhatToCheck() {
        server.stubFor(post(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(404)));

        assertThatThrownBy(() -> teams().deliver(digest())).isInstanceOf(MessageChannel.ChannelRefusedException.class)
                .hasMessageContaining("check TEAMS_WORKFLOW_URL");
    }

    @Test
    void onlyHttpsOrALoopbackStubAndOnlyChannels() {
        assertThatThrownBy(() -> TeamsChannel.create(URI.create("http://prod-01.westeurope.logic.azure.com/x"),
                Duration.ofMinutes(1), waits::add)).hasMessageContaining("TEAMS_WORKFLOW_URL must be https");
        Message toAPerson = new Message("notice-1", new Recipient.Person(Email.of("ada@acme.example")), "s", "t",
                List.of());
        assertThatThrownBy(() -> teams().deliver(toAPerson))
                .isInstanceOf(MessageChannel.RecipientUnknownException.class);
    }
}
