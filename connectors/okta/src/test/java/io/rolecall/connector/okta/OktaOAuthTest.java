package io.rolecall.connector.okta;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.rolecall.connector.okta.testing.OktaStub;
import io.rolecall.connector.support.Progress;
import io.rolecall.core.port.DirectoryReadException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The recommended sign-in: an OAuth 2.0 service app authenticating with private_key_jwt. */
class OktaOAuthTest {

    private WireMockServer server;
    private OktaStub okta;
    private KeyPair keys;

    @BeforeEach
    void setUp() throws Exception {
        server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        server.start();
        okta = new OktaStub(server, Clock.systemUTC().instant());
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        keys = generator.generateKeyPair();
    }

    @AfterEach
    void tearDown() {
        server.stop();
    }

    private String privateKeyPem() {
        return "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(keys.getPrivate().getEncoded())
                + "\n-----END PRIVATE KEY-----\n";
    }

    private OktaDirectorySource source() {
        OktaSettings settings = OktaSettings.of(URI.create(okta.orgUrl()),
                OktaCredentials.privateKeyJwt("0oaRoleCall", privateKeyPem(), "kid-1"), Set.of());
        return OktaDirectorySource.create(settings, Progress.silent(), duration -> { }, Clock.systemUTC());
    }

    @Test
    void signsAClientAssertionAndUsesTheAccessTokenItGets() throws Exception {
        okta.tokenEndpoint("eyJ.access.token");
        okta.users(List.of(OktaStub.user("00u1", "ada@acme.example", "ACTIVE")), List.of());

        assertThat(source().read().size()).isEqualTo(1);

        List<LoggedRequest> tokenRequests = server.findAll(postRequestedFor(urlPathEqualTo("/oauth2/v1/token")));
        assertThat(tokenRequests).hasSize(1);
        Map<String, String> form = form(tokenRequests.get(0).getBodyAsString());
        assertThat(form).containsEntry("grant_type", "client_credentials")
                .containsEntry("client_assertion_type", "urn:ietf:params:oauth:client-assertion-type:jwt-bearer");
        assertThat(form.get("scope").split(" ")).containsExactlyInAnyOrder("okta.users.read", "okta.groups.read");

        String[] jwt = form.get("client_assertion").split("\\.");
        assertThat(jwt).hasSize(3);
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initVerify(keys.getPublic());
        rsa.update((jwt[0] + "." + jwt[1]).getBytes(StandardCharsets.US_ASCII));
        assertThat(rsa.verify(Base64.getUrlDecoder().decode(jwt[2]))).as("signed with the app's private key").isTrue();
        JsonNode header = new ObjectMapper().readTree(Base64.getUrlDecoder().decode(jwt[0]));
        JsonNode claims = new ObjectMapper().readTree(Base64.getUrlDecoder().decode(jwt[1]));
        assertThat(header.get("alg").asText()).isEqualTo("RS256");
        assertThat(header.get("kid").asText()).isEqualTo("kid-1");
        assertThat(claims.get("iss").asText()).isEqualTo("0oaRoleCall");
        assertThat(claims.get("sub").asText()).isEqualTo("0oaRoleCall");
        assertThat(claims.get("aud").toString()).contains(okta.orgUrl() + "/oauth2/v1/token");
        assertThat(claims.get("exp").asLong()).isGreaterThan(claims.get("iat").asLong());

        server.verify(getRequestedFor(urlPathEqualTo("/api/v1/users"))
                .withHeader("Authorization", equalTo("Bearer eyJ.access.token")));
    }

    @Test
    void aRefusedTokenRequestSaysWhatToCheckInTheServiceApp() {
        server.stubFor(post(urlPathEqualTo("/oauth2/v1/token")).willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\":\"invalid_client\",\"error_description\":\"The client_assertion signature is invalid.\"}")));

        assertThatThrownBy(() -> source().read())
                .isInstanceOf(DirectoryReadException.class)
                .hasMessageContaining("Okta refused the OAuth token request of client 0oaRoleCall")
                .hasMessageContaining("okta.users.read okta.groups.read");
    }

    @Test
    void aKeyThatIsNotAPemPrivateKeyIsRefusedBeforeAnyRequest() {
        assertThatThrownBy(() -> OktaCredentials.privateKeyJwt("0oa1", "not a key", null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a PEM private key");
        assertThat(OktaCredentials.privateKeyJwt("0oa1", privateKeyPem(), null).toString()).doesNotContain("PRIVATE");
        assertThat(OktaCredentials.apiToken("00secret").toString()).doesNotContain("00secret");
    }

    private static Map<String, String> form(String body) {
        Map<String, String> fields = new HashMap<>();
        Arrays.stream(body.split("&")).map(pair -> pair.split("=", 2)).forEach(pair -> fields.put(
                URLDecoder.decode(pair[0], StandardCharsets.UTF_8), URLDecoder.decode(pair[1], StandardCharsets.UTF_8)));
        return fields;
    }
}
