package io.rolecall.infra.secrets;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.rolecall.core.testing.MutableClock;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/** The secret reader against WireMock speaking Secrets Manager's GetSecretValue wire protocol. */
class SecretsManagerSecretIT {

    private static final String ARN = "arn:aws:secretsmanager:us-east-1:123456789012:secret:rolecall-okta-AbCdEf";

    private WireMockServer server;
    private SecretsManagerClient client;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-30T08:00:00Z"));

    @BeforeEach
    void start() {
        server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        server.start();
        client = SecretsManagerClient.builder().endpointOverride(URI.create(server.baseUrl())).region(Region.US_EAST_1)
                .httpClient(UrlConnectionHttpClient.create())
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .build();
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    private void secretIs(String secretString) {
        server.stubFor(post(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo("secretsmanager.GetSecretValue"))
                .withRequestBody(equalToJson("{\"SecretId\":\"" + ARN + "\"}", true, true))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/x-amz-json-1.1")
                        .withBody("{\"ARN\":\"" + ARN + "\",\"Name\":\"rolecall-okta\",\"VersionId\":\"v1\","
                                + "\"SecretString\":" + new com.fasterxml.jackson.databind.ObjectMapper()
                                .valueToTree(secretString) + ",\"CreatedDate\":1.7E9}")));
    }

    @Test
    void readsTheFieldsAndKeepsThemForTheCachePeriod() {
        secretIs("{\"oktaApiToken\":\"00secret\",\"googleServiceAccountKey\":{\"type\":\"service_account\"}}");
        SecretsManagerSecret secret = new SecretsManagerSecret(client, ARN, clock, Duration.ofMinutes(15));

        assertThat(secret.values()).containsEntry("oktaApiToken", "00secret")
                .containsEntry("googleServiceAccountKey", "{\"type\":\"service_account\"}");
        clock.advance(Duration.ofMinutes(14));
        secret.values();
        server.verify(1, postRequestedFor(urlEqualTo("/")));

        clock.advance(Duration.ofMinutes(2));
        secret.values();
        server.verify(2, postRequestedFor(urlEqualTo("/")));
        assertThat(secret.toString()).doesNotContain("00secret");
    }

    @Test
    void aMissingSecretNamesTheParameterToCheck() {
        server.stubFor(post(urlEqualTo("/")).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/x-amz-json-1.1")
                .withBody("{\"__type\":\"ResourceNotFoundException\",\"message\":\"Secrets Manager can't find the specified secret.\"}")));

        assertThatThrownBy(() -> new SecretsManagerSecret(client, ARN, clock, Duration.ofMinutes(15)).values())
                .isInstanceOf(SecretException.class)
                .hasMessageContaining("the secret " + ARN + " does not exist")
                .hasMessageContaining("CredentialsSecretArn");
    }

    @Test
    void aSecretThatIsNotJsonIsRefusedWithoutShowingIt() {
        secretIs("00plain-token-not-json");

        assertThatThrownBy(() -> new SecretsManagerSecret(client, ARN, clock, Duration.ofMinutes(15)).values())
                .isInstanceOf(SecretException.class)
                .hasMessageContaining("is not a JSON object")
                .hasMessageNotContaining("00plain-token");
    }

    @Test
    void accessDeniedSaysWhichPermissionIsMissing() {
        server.stubFor(post(urlEqualTo("/")).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/x-amz-json-1.1")
                .withBody("{\"__type\":\"AccessDeniedException\",\"message\":\"User is not authorized\"}")));

        assertThatThrownBy(() -> new SecretsManagerSecret(client, ARN, clock, Duration.ofMinutes(15)).values())
                .isInstanceOf(SecretException.class)
                .hasMessageContaining("AccessDeniedException")
                .hasMessageContaining("secretsmanager:GetSecretValue");
    }
}
