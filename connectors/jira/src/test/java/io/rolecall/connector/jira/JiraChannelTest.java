package io.rolecall.connector.jira;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
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
import io.rolecall.core.model.Message;
import io.rolecall.core.model.Recipient;
import io.rolecall.core.port.MessageChannel;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Jira Cloud REST v3 as its reference shows it: POST /rest/api/3/search/jql (the enhanced search, issues
 * and isLast), POST /rest/api/3/issue (201 with id, key, self), POST /rest/api/3/issue/{key}/comment, errors
 * as errorMessages and errors, basic auth with email and API token.
 */
class JiraChannelTest {

    private static final String SEARCH = "/rest/api/3/search/jql";
    private static final String CREATE = "/rest/api/3/issue";
    private static final String NONE = "{\"issues\": [], \"isLast\": true}";
    private static final String FOUND = """
            {"issues": [{"expand": "operations,versionedRepresentations", "id": "10068",
              "self": "https://acme.atlassian.net/rest/api/3/issue/10068", "key": "SEC-24", "fields": {}}],
             "isLast": true}
            """;
    private static final String CREATED = """
            {"id": "10068", "key": "SEC-24", "self": "https://acme.atlassian.net/rest/api/3/issue/10068"}
            """;

    private final List<Duration> waits = new ArrayList<>();
    @RegisterExtension
    final WireMockExtension server = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")).build();

    private JiraChannel jira() {
        return JiraChannel.create(URI.create(server.baseUrl()), "rolecall@acme.example", "ATATT3x-token", "Task",
                Duration.ofMinutes(5), waits::add);
    }

    private static Message opened() {
        return new Message("f-2444bca49e3a720acda8@2026-11-30", new Recipient.Channel("SEC"),
                "[HIGH] Leaver holds a role: incident-response-lead, bob@acme.example",
                "Bob Stone (bob@acme.example) has left but still holds Incident Response Lead.",
                List.of(Message.Section.of("Fix", "Hand it over and update roles.yaml."),
                        Message.Section.of("Who acts", "Ada Lovelace (ada@acme.example), as ISMS Manager"),
                        Message.Section.of("Due", "2026-12-14")),
                new Message.Thread("f-2444bca49e3a720acda8", true));
    }

    private static Message resolved() {
        return new Message("f-2444bca49e3a720acda8@2026-11-30/resolved", new Recipient.Channel("SEC"),
                "Resolved: [HIGH] Leaver holds a role", "RoleCall found this gap resolved on 2026-12-02.", List.of(),
                new Message.Thread("f-2444bca49e3a720acda8", false));
    }

    @Test
    void aNewGapBecomesOneLabelledIssueWithItsFixInDocumentFormat() throws Exception {
        server.stubFor(post(urlPathEqualTo(SEARCH)).willReturn(okJson(NONE)));
        server.stubFor(post(urlPathEqualTo(CREATE)).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody(CREATED)));

        assertThat(jira().deliver(opened())).isEqualTo(new MessageChannel.Delivered("SEC", "SEC-24"));

        String basic = "Basic " + Base64.getEncoder().encodeToString("rolecall@acme.example:ATATT3x-token"
                .getBytes(StandardCharsets.UTF_8));
        server.verify(postRequestedFor(urlPathEqualTo(SEARCH)).withHeader("Authorization", equalTo(basic))
                .withRequestBody(matchingJsonPath("$.jql", equalTo("project = \"SEC\" AND labels = "
                        + "\"rolecall-f-2444bca49e3a720acda8\" AND statusCategory != Done"))));
        JsonNode fields = new ObjectMapper().readTree(server.findAll(postRequestedFor(urlPathEqualTo(CREATE))).get(0)
                .getBodyAsString()).path("fields");
        assertThat(fields.path("project").path("key").asText()).isEqualTo("SEC");
        assertThat(fields.path("issuetype").path("name").asText()).isEqualTo("Task");
        assertThat(fields.path("summary").asText())
                .isEqualTo("[HIGH] Leaver holds a role: incident-response-lead, bob@acme.example");
        assertThat(fields.path("labels")).extracting(JsonNode::asText)
                .containsExactly("rolecall", "rolecall-f-2444bca49e3a720acda8");
        JsonNode description = fields.path("description");
        assertThat(description.path("type").asText()).isEqualTo("doc");
        assertThat(description.path("content").findValuesAsText("text")).containsExactly(
                "Bob Stone (bob@acme.example) has left but still holds Incident Response Lead.", "Fix",
                "Hand it over and update roles.yaml.", "Who acts", "Ada Lovelace (ada@acme.example), as ISMS Manager",
                "Due", "2026-12-14");
    }

    @Test
    void aCreateThatFailedAfterJiraStoredItIsFoundByItsLabelNotMadeTwice() {
        server.stubFor(post(urlPathEqualTo(SEARCH)).inScenario("create").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(okJson(NONE)));
        server.stubFor(post(urlPathEqualTo(CREATE)).inScenario("create").whenScenarioStateIs(Scenario.STARTED)
                .willSetStateTo("stored").willReturn(aResponse().withStatus(504)));
        server.stubFor(post(urlPathEqualTo(SEARCH)).inScenario("create").whenScenarioStateIs("stored")
                .willReturn(okJson(FOUND)));

        assertThatThrownBy(() -> jira().deliver(opened())).isInstanceOf(MessageChannel.DeliveryFailedException.class)
                .hasMessageContaining("not repeated: it may have been stored");
        MessageChannel.Delivered next = jira().deliver(opened());

        assertThat(next).isEqualTo(new MessageChannel.Delivered("SEC", "SEC-24"));
        server.verify(1, postRequestedFor(urlPathEqualTo(CREATE)));
    }

    @Test
    void aResolvedGapIsACommentOnItsOpenIssueAndNothingWhenItWasClosed() {
        server.stubFor(post(urlPathEqualTo(SEARCH)).willReturn(okJson(FOUND)));
        server.stubFor(post(urlPathEqualTo(CREATE + "/SEC-24/comment")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody("{\"id\": \"10010\", \"created\": "
                        + "\"2026-12-02T06:00:05.000+0000\"}")));

        assertThat(jira().deliver(resolved())).isEqualTo(new MessageChannel.Delivered("SEC", "SEC-24#10010"));
        server.verify(postRequestedFor(urlPathEqualTo(CREATE + "/SEC-24/comment"))
                .withRequestBody(matchingJsonPath("$.body.type", equalTo("doc"))));

        server.stubFor(post(urlPathEqualTo(SEARCH)).willReturn(okJson(NONE)));
        assertThat(jira().deliver(resolved())).isEqualTo(new MessageChannel.Delivered("SEC", null));
        server.verify(1, postRequestedFor(urlPathEqualTo(CREATE + "/SEC-24/comment")));
    }

    @Test
    void refusedCredentialsOrABadIssueTypeStopTheChannelAThrottleWaits() {
        server.stubFor(post(urlPathEqualTo(SEARCH)).willReturn(aResponse().withStatus(401)));
        assertThatThrownBy(() -> jira().deliver(opened())).isInstanceOf(MessageChannel.ChannelRefusedException.class)
                .hasMessageContaining("check JIRA_EMAIL and JIRA_API_TOKEN");

        server.stubFor(post(urlPathEqualTo(SEARCH)).willReturn(okJson(NONE)));
        server.stubFor(post(urlPathEqualTo(CREATE)).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"errorMessages\": [], \"errors\": {\"issuetype\": \"Specify an issue type\"}}")));
        assertThatThrownBy(() -> jira().deliver(opened())).isInstanceOf(MessageChannel.ChannelRefusedException.class)
                .hasMessageContaining("Specify an issue type").hasMessageContaining("delivery.jira");

        server.resetAll();
        server.stubFor(post(urlPathEqualTo(SEARCH)).inScenario("t").whenScenarioStateIs(Scenario.STARTED)
                .willSetStateTo("ok").willReturn(aResponse().withStatus(429).withHeader("Retry-After", "12")));
        server.stubFor(post(urlPathEqualTo(SEARCH)).inScenario("t").whenScenarioStateIs("ok")
                .willReturn(okJson(FOUND)));
        assertThat(jira().deliver(opened()).externalId()).isEqualTo("SEC-24");
        assertThat(waits).containsExactly(Duration.ofSeconds(12));
    }

    @Test
    void theSiteMustBeHttpsAndTheCredentialsGiven() {
        assertThatThrownBy(() -> JiraChannel.create(URI.create("http://acme.atlassian.net"), "a@acme.example", "t",
                "Task", Duration.ofMinutes(1), waits::add)).hasMessageContaining("JIRA_BASE_URL must be https");
        assertThatThrownBy(() -> JiraChannel.create(URI.create("https://acme.atlassian.net"), "a@acme.example", " ",
                "Task", Duration.ofMinutes(1), waits::add)).hasMessageContaining("set JIRA_EMAIL and JIRA_API_TOKEN");
    }
}
