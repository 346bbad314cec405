package io.rolecall.infra.eventbridge;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.rolecall.core.catalogue.ChangeGuardPolicy;
import io.rolecall.core.finding.Episode;
import io.rolecall.core.finding.Finding;
import io.rolecall.core.model.FindingKey;
import io.rolecall.core.model.FindingKind;
import io.rolecall.core.finding.RiskAcceptance;
import io.rolecall.core.model.Severity;
import io.rolecall.core.history.GuardVerdict;
import io.rolecall.core.model.Email;
import io.rolecall.core.port.FindingEvent;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;

/**
 * The publisher against WireMock speaking EventBridge's PutEvents wire protocol (no EventBridge
 * emulator exists on npm): what it sends, in batches of ten, and how it handles failed entries.
 */
class EventBridgeFindingEventsIT {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 30);
    private static final String OK = "{\"FailedEntryCount\":0,\"Entries\":[{\"EventId\":\"e-1\"}]}";

    private WireMockServer server;
    private EventBridgeFindingEvents events;

    @BeforeEach
    void start() {
        server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        server.start();
        EventBridgeClient client = EventBridgeClient.builder().endpointOverride(URI.create(server.baseUrl()))
                .region(Region.US_EAST_1).httpClient(UrlConnectionHttpClient.create())
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .build();
        events = new EventBridgeFindingEvents(client, "rolecall-findings");
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    private void answer(String body) {
        server.stubFor(post(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo("AWSEvents.PutEvents"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/x-amz-json-1.1")
                        .withBody(body)));
    }

    private static Finding leaver(String person) {
        return new Finding(FindingKey.forRoleAndPerson(FindingKind.LEAVER_HOLDS_ROLE, "incident-response-lead",
                Email.of(person)), Severity.HIGH, person + " has left but still holds Incident Response Lead",
                "Hand it over", List.of(Episode.openedOn(DAY)), DAY.plusDays(14));
    }

    private List<JsonNode> sentEntries() throws Exception {
        List<JsonNode> entries = new ArrayList<>();
        for (var request : server.findAll(postRequestedFor(urlEqualTo("/")))) {
            new ObjectMapper().readTree(request.getBodyAsString()).path("Entries").forEach(entries::add);
        }
        return entries;
    }

    @Test
    void anOpenedFindingIsPublishedWithItsDetail() throws Exception {
        answer(OK);

        events.publish(List.of(new FindingEvent.Opened("Acme Ltd", DAY, "run-1", leaver("bob@acme.example"))));

        JsonNode entry = sentEntries().get(0);
        assertThat(entry.get("Source").asText()).isEqualTo("rolecall");
        assertThat(entry.get("DetailType").asText()).isEqualTo("RoleCall Finding Opened");
        assertThat(entry.get("EventBusName").asText()).isEqualTo("rolecall-findings");
        JsonNode detail = new ObjectMapper().readTree(entry.get("Detail").asText());
        assertThat(detail.get("organisation").asText()).isEqualTo("Acme Ltd");
        assertThat(detail.get("reopened").asBoolean()).isFalse();
        assertThat(detail.get("eventId").asText()).endsWith(":opened:2026-11-30");
        JsonNode finding = detail.get("finding");
        assertThat(finding.get("kind").asText()).isEqualTo("LEAVER_HOLDS_ROLE");
        assertThat(finding.get("severity").asText()).isEqualTo("HIGH");
        assertThat(finding.get("person").asText()).isEqualTo("bob@acme.example");
        assertThat(finding.get("dueDate").asText()).isEqualTo("2026-12-14");
        assertThat(finding.get("resolvedAt").isNull()).isTrue();
    }

    @Test
    void anAcceptedFindingAndOneOpenAgainAfterItsExceptionEndedSayWhichException() throws Exception {
        answer(OK);
        Finding base = leaver("bob@acme.example");
        Finding accepted = new Finding(base.key(), base.severity(), base.message(), base.remediation(),
                base.episodes(), base.dueDate(), RiskAcceptance.under("bob-until-handover", DAY.plusMonths(2)));
        Finding ended = new Finding(base.key(), base.severity(), base.message(), base.remediation(),
                base.episodes(), DAY.plusMonths(2).plusDays(15),
                new RiskAcceptance("bob-until-handover", DAY.plusMonths(2), DAY.plusMonths(2).plusDays(1)));

        events.publish(List.of(new FindingEvent.Accepted("Acme Ltd", DAY, "run-1", accepted),
                new FindingEvent.Opened("Acme Ltd", DAY.plusMonths(2).plusDays(1), "run-2", ended,
                        "bob-until-handover")));

        List<JsonNode> entries = sentEntries();
        assertThat(entries.get(0).get("DetailType").asText()).isEqualTo("RoleCall Finding Accepted");
        JsonNode acceptedDetail = new ObjectMapper().readTree(entries.get(0).get("Detail").asText());
        assertThat(acceptedDetail.at("/finding/status").asText()).isEqualTo("ACCEPTED");
        assertThat(acceptedDetail.at("/finding/exceptionId").asText()).isEqualTo("bob-until-handover");
        assertThat(acceptedDetail.at("/finding/expires").asText()).isEqualTo("2027-01-30");
        assertThat(entries.get(1).get("DetailType").asText()).isEqualTo("RoleCall Finding Opened");
        JsonNode openedDetail = new ObjectMapper().readTree(entries.get(1).get("Detail").asText());
        assertThat(openedDetail.get("exceptionEnded").asText()).isEqualTo("bob-until-handover");
        assertThat(openedDetail.get("reopened").asBoolean()).isFalse();
        assertThat(openedDetail.get("eventId").asText()).endsWith(":exception-ended:2027-01-31");
        assertThat(openedDetail.at("/finding/status").asText()).isEqualTo("OPEN");
        assertThat(openedDetail.at("/finding/exceptionId").isNull()).isTrue();
    }

    @Test
    void twentyThreeEventsGoInThreeRequestsOfAtMostTen() throws Exception {
        answer(OK);
        List<FindingEvent> many = new ArrayList<>();
        for (int i = 0; i < 23; i++) {
            many.add(new FindingEvent.Resolved("Acme Ltd", DAY, "run-2", leaver("p" + i + "@acme.example")));
        }

        events.publish(many);

        server.verify(3, postRequestedFor(urlEqualTo("/")));
        assertThat(sentEntries()).hasSize(23).allSatisfy(e ->
                assertThat(e.get("DetailType").asText()).isEqualTo("RoleCall Finding Resolved"));
    }

    @Test
    void aHeldScanIsPublishedWithTheGuardsNumbers() throws Exception {
        answer(OK);

        events.publish(List.of(new FindingEvent.ScanHeld("Acme Ltd", DAY,
                new GuardVerdict(true, 40, 20, new ChangeGuardPolicy(10, 10)))));

        JsonNode entry = sentEntries().get(0);
        assertThat(entry.get("DetailType").asText()).isEqualTo("RoleCall Scan Held");
        JsonNode detail = new ObjectMapper().readTree(entry.get("Detail").asText());
        assertThat(detail.get("leavers").asInt()).isEqualTo(20);
        assertThat(detail.get("previouslyActive").asInt()).isEqualTo(40);
    }

    @Test
    void aFailedEntryIsSentAgainAlone() throws Exception {
        server.stubFor(post(urlEqualTo("/")).inScenario("partial").whenScenarioStateIs(Scenario.STARTED)
                .willSetStateTo("retry").willReturn(aResponse().withStatus(200)
                        .withHeader("Content-Type", "application/x-amz-json-1.1")
                        .withBody("{\"FailedEntryCount\":1,\"Entries\":[{\"EventId\":\"e-1\"},"
                                + "{\"ErrorCode\":\"ThrottlingException\",\"ErrorMessage\":\"Rate exceeded\"}]}")));
        server.stubFor(post(urlEqualTo("/")).inScenario("partial").whenScenarioStateIs("retry")
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/x-amz-json-1.1")
                        .withBody(OK)));

        events.publish(List.of(new FindingEvent.Opened("Acme Ltd", DAY, "r", leaver("a@acme.example")),
                new FindingEvent.Opened("Acme Ltd", DAY, "r", leaver("b@acme.example"))));

        List<JsonNode> sent = sentEntries();
        assertThat(sent).hasSize(3);
        assertThat(sent.get(2).get("Detail").asText()).contains("b@acme.example");
    }

    @Test
    void entriesThatKeepFailingFailThePublish() {
        answer("{\"FailedEntryCount\":1,\"Entries\":[{\"ErrorCode\":\"InternalFailure\",\"ErrorMessage\":\"boom\"}]}");

        assertThatThrownBy(() -> events.publish(List.of(new FindingEvent.Opened("Acme Ltd", DAY, "r",
                leaver("a@acme.example")))))
                .hasMessageContaining("refused 1 finding events after 3 attempts")
                .hasMessageContaining("InternalFailure: boom");
        server.verify(3, postRequestedFor(urlEqualTo("/")));
    }
}
