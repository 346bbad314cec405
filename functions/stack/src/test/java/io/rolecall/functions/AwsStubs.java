package io.rolecall.functions;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.client.WireMock;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * The WireMock that scripts/test-all.sh runs for the AWS services without an emulator: EventBridge
 * (PutEvents) and Secrets Manager (GetSecretValue), both on AWS's JSON wire protocol.
 */
final class AwsStubs {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final WireMock wireMock;

    private AwsStubs(WireMock wireMock) {
        this.wireMock = wireMock;
    }

    static AwsStubs connect() {
        String endpoint = System.getenv("AWS_ENDPOINT_URL_EVENTBRIDGE");
        if (endpoint == null || endpoint.isBlank()) {
            throw new IllegalStateException("AWS_ENDPOINT_URL_EVENTBRIDGE is not set: run the tests with "
                    + "scripts/test-all.sh, which starts WireMock for EventBridge and Secrets Manager");
        }
        URI uri = URI.create(endpoint);
        AwsStubs stubs = new AwsStubs(new WireMock(uri.getHost(), uri.getPort()));
        stubs.wireMock.resetMappings();
        stubs.wireMock.resetRequests();
        stubs.wireMock.register(post(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo("AWSEvents.PutEvents"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/x-amz-json-1.1")
                        .withBody("{\"FailedEntryCount\":0,\"Entries\":[]}")));
        return stubs;
    }

    /** Answers GetSecretValue for this secret only: a stack has two, read by different functions. */
    void secret(String arn, String secretString) {
        try {
            wireMock.register(post(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo("secretsmanager.GetSecretValue"))
                    .withRequestBody(matchingJsonPath("$.SecretId", equalTo(arn)))
                    .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/x-amz-json-1.1")
                            .withBody("{\"ARN\":\"" + arn + "\",\"Name\":\"rolecall\",\"SecretString\":"
                                    + JSON.writeValueAsString(secretString) + "}")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every event entry EventBridge received, in order. */
    List<JsonNode> events() {
        List<JsonNode> entries = new ArrayList<>();
        wireMock.find(postRequestedFor(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo("AWSEvents.PutEvents")))
                .forEach(request -> {
                    try {
                        JSON.readTree(request.getBodyAsString()).path("Entries").forEach(entries::add);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
        return entries;
    }

    List<JsonNode> events(String detailType) {
        return events().stream().filter(e -> e.path("DetailType").asText().equals(detailType)).toList();
    }

    int secretReads(String arn) {
        return wireMock.find(postRequestedFor(urlEqualTo("/"))
                .withHeader("X-Amz-Target", equalTo("secretsmanager.GetSecretValue"))
                .withRequestBody(matchingJsonPath("$.SecretId", equalTo(arn)))).size();
    }

    void resetRequests() {
        wireMock.resetRequests();
    }
}
