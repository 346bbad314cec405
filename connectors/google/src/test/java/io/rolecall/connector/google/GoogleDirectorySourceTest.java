package io.rolecall.connector.google;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.rolecall.connector.google.testing.GoogleStub;
import io.rolecall.connector.support.Progress;
import io.rolecall.core.model.DirectorySnapshot;
import io.rolecall.core.model.Email;
import io.rolecall.core.model.Person;
import io.rolecall.core.model.PersonStatus;
import io.rolecall.core.model.PersonType;
import io.rolecall.core.port.DirectoryReadException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.Signature;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Google connector against a local WireMock stub of the Directory API and token endpoint. */
class GoogleDirectorySourceTest {

    private static final Instant NOW = Instant.parse("2026-11-30T08:00:00Z");
    private static final String ADMIN = "admin@acme.example";

    private WireMockServer server;
    private GoogleStub google;
    private final List<Duration> waits = new ArrayList<>();
    private final List<String> progress = new ArrayList<>();

    @BeforeEach
    void start() {
        server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        server.start();
        google = new GoogleStub(server);
        google.tokenEndpoint("ya29.test-token");
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    private GoogleSettings settings(Set<String> groups) {
        return GoogleSettings.of(ADMIN, google.serviceAccountKey(), groups).withRootUrl(URI.create(google.rootUrl()))
                .withLimits(Duration.ofMinutes(10), 6, Duration.ofMillis(100));
    }

    private GoogleDirectorySource source(GoogleSettings settings) {
        return GoogleDirectorySource.create(settings,
                new Progress(progress::add, Clock.fixed(NOW, ZoneOffset.UTC), Duration.ZERO), waits::add,
                Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private static List<Map<String, Object>> users(int count, String prefix) {
        List<Map<String, Object>> users = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            users.add(GoogleStub.user(prefix + i, prefix + i + "@acme.example"));
        }
        return users;
    }

    @Test
    void followsPageTokensAcrossEveryPageAndAsksOnlyForTheFieldsItUses() {
        google.users(users(1200, "u"), users(2, "gone"));
        GoogleDirectorySource source = source(settings(Set.of()));

        DirectorySnapshot directory = source.read();

        assertThat(directory.size()).isEqualTo(1202);
        assertThat(source.lastStatistics().requests()).isEqualTo(3 + 1);
        server.verify(4, getRequestedFor(urlPathEqualTo(GoogleStub.USERS))
                .withQueryParam("customer", equalTo("my_customer")).withQueryParam("maxResults", equalTo("500"))
                .withQueryParam("fields", matching("nextPageToken,users\\(id,primaryEmail,.*"))
                .withHeader("Accept-Encoding", equalTo("gzip"))
                .withHeader("User-Agent", matching(".*\\(gzip\\).*")));
        assertThat(progress.get(progress.size() - 1)).startsWith("Google: read 1,202 users in 4 requests");
    }

    @Test
    void everyWorkspaceStatusMapsDeliberately() {
        Map<String, Object> adminSuspended = GoogleStub.user("1", "left.by.admin@acme.example");
        adminSuspended.putAll(Map.of("suspended", true, "suspensionReason", "ADMIN"));
        Map<String, Object> webLogin = GoogleStub.user("2", "web.login@acme.example");
        webLogin.putAll(Map.of("suspended", true, "suspensionReason", "WEB_LOGIN_REQUIRED"));
        Map<String, Object> abuse = GoogleStub.user("3", "abuse@acme.example");
        abuse.putAll(Map.of("suspended", true, "suspensionReason", "ABUSE"));
        Map<String, Object> noReason = GoogleStub.user("4", "no.reason@acme.example");
        noReason.put("suspended", true);
        Map<String, Object> archived = GoogleStub.user("5", "archived@acme.example");
        archived.put("archived", true);
        Map<String, Object> active = GoogleStub.user("6", "active@acme.example");
        Map<String, Object> deleted = GoogleStub.user("7", "deleted@acme.example");
        deleted.put("deletionTime", "2026-11-20T10:00:00.000Z");
        google.users(List.of(adminSuspended, webLogin, abuse, noReason, archived, active), List.of(deleted));

        DirectorySnapshot directory = source(settings(Set.of())).read();

        Map<String, PersonStatus> expected = Map.of("left.by.admin", PersonStatus.LEFT,
                "web.login", PersonStatus.SUSPENDED, "abuse", PersonStatus.SUSPENDED,
                "no.reason", PersonStatus.SUSPENDED, "archived", PersonStatus.LEFT, "active", PersonStatus.ACTIVE,
                "deleted", PersonStatus.LEFT);
        expected.forEach((who, status) -> assertThat(directory.find(Email.of(who + "@acme.example")).orElseThrow()
                .status()).as(who).isEqualTo(status));
        server.verify(getRequestedFor(urlPathEqualTo(GoogleStub.USERS)).withQueryParam("showDeleted", equalTo("true")));
    }

    @Test
    void whichSuspensionReasonsMeanALeaverIsConfigurable() {
        Map<String, Object> adminSuspended = GoogleStub.user("1", "on.leave@acme.example");
        adminSuspended.putAll(Map.of("suspended", true, "suspensionReason", "ADMIN"));
        google.users(List.of(adminSuspended), List.of());
        GoogleSettings noLeaverReasons = settings(Set.of()).withProfileMapping(Set.of(), null, null, null);

        assertThat(source(noLeaverReasons).read().people()).singleElement().extracting(Person::status)
                .isEqualTo(PersonStatus.SUSPENDED);
    }

    @Test
    void nameOrganizationManagerCustomFieldsAndServiceAccountsAreMapped() {
        Map<String, Object> ada = GoogleStub.user("1", "Ada@Acme.example");
        ada.put("name", Map.of("fullName", "Ada Lovelace"));
        ada.put("organizations", List.of(Map.of("title", "Intern", "department", "Old"),
                Map.of("title", "CTO", "department", "Engineering", "primary", true)));
        ada.put("relations", List.of(Map.of("value", "grace@acme.example", "type", "manager"),
                Map.of("value", "bob@acme.example", "type", "assistant")));
        ada.put("customSchemas", Map.of("Employment", Map.of("endDate", "2026-12-31")));
        Map<String, Object> bot = GoogleStub.user("2", "deploy@acme.example");
        bot.put("customSchemas", Map.of("Employment", Map.of("accountType", "Service")));
        Map<String, Object> unit = GoogleStub.user("3", "backup@acme.example");
        unit.put("orgUnitPath", "/Service Accounts/Backups");
        google.users(List.of(ada, bot, unit), List.of());
        GoogleSettings settings = settings(Set.of()).withProfileMapping(Set.of("ADMIN"), "Employment.endDate",
                "Employment.accountType=service", "/Service Accounts");

        DirectorySnapshot directory = source(settings).read();

        Person person = directory.find(Email.of("ada@acme.example")).orElseThrow();
        assertThat(person.name()).isEqualTo("Ada Lovelace");
        assertThat(person.title()).isEqualTo("CTO");
        assertThat(person.department()).isEqualTo("Engineering");
        assertThat(person.manager()).isEqualTo(Email.of("grace@acme.example"));
        assertThat(person.endDate()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(person.type()).isEqualTo(PersonType.PERSON);
        assertThat(directory.find(Email.of("deploy@acme.example")).orElseThrow().type()).isEqualTo(PersonType.SERVICE);
        assertThat(directory.find(Email.of("backup@acme.example")).orElseThrow().type()).isEqualTo(PersonType.SERVICE);
        server.verify(getRequestedFor(urlPathEqualTo(GoogleStub.USERS)).withQueryParam("projection", equalTo("custom"))
                .withQueryParam("customFieldMask", equalTo("Employment")));
    }

    @Test
    void nestedGroupsAreExpandedAndACycleEnds() {
        google.users(users(5, "u"), List.of());
        google.group("isms@acme.example", List.of("u0", "group:deputies@acme.example"));
        google.group("deputies@acme.example", List.of("u1", "group:isms@acme.example", "group:night@acme.example"));
        google.group("night@acme.example", List.of("u2"));
        google.group("unrelated@acme.example", List.of("u4"));

        DirectorySnapshot directory = source(settings(Set.of("isms@acme.example"))).read();

        assertThat(directory.membersOf("isms@acme.example")).extracting(p -> p.email().value())
                .containsExactlyInAnyOrder("u0@acme.example", "u1@acme.example", "u2@acme.example");
        server.verify(1, getRequestedFor(urlPathMatching("/admin/directory/v1/groups/isms(@|%40)acme.example/members")));
        server.verify(1, getRequestedFor(urlPathMatching("/admin/directory/v1/groups/deputies(@|%40)acme.example/members")));
        server.verify(0, getRequestedFor(urlPathMatching("/admin/directory/v1/groups/unrelated.*")));
    }

    @Test
    void aGroupRolesYamlNamesButWorkspaceLacksIsReported() {
        google.users(users(1, "u"), List.of());
        google.noGroup("typo@acme.example");

        source(settings(Set.of("typo@acme.example"))).read();

        assertThat(progress.get(progress.size() - 1))
                .contains("groups named in roles.yaml but not found in Workspace: typo@acme.example");
    }

    private void usersPage(String token, List<Map<String, Object>> users, String next) {
        Map<String, Object> body = new HashMap<>();
        body.put("users", users);
        body.put("nextPageToken", next);
        server.stubFor(get(urlPathEqualTo(GoogleStub.USERS)).withQueryParam("showDeleted", absent()).atPriority(1)
                .withQueryParam("pageToken", token == null ? absent() : equalTo(token))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json; charset=UTF-8")
                        .withBody(json(body))));
    }

    @Test
    void aRepeatedPageTokenFailsTheReadAtOnceInsteadOfLoopingForEver() {
        google.users(List.of(), List.of());
        usersPage(null, users(2, "u"), "t1");
        usersPage("t1", users(4, "u").subList(2, 4), "t1");

        assertThatThrownBy(() -> source(settings(Set.of())).read())
                .isInstanceOf(DirectoryReadException.class)
                .hasMessageContaining("Google Directory API returned a page cursor it had already given (page 2) "
                        + "while listing GET users");
        server.verify(2, getRequestedFor(urlPathEqualTo(GoogleStub.USERS)));
    }

    @Test
    void aUserMissingItsFlagsFailsTheReadRatherThanCountingAsActive() {
        Map<String, Object> unflagged = GoogleStub.user("42", "ada@acme.example");
        unflagged.remove("suspended");
        google.users(List.of(GoogleStub.user("1", "bob@acme.example"), unflagged), List.of());

        assertThatThrownBy(() -> source(settings(Set.of())).read())
                .isInstanceOf(DirectoryReadException.class)
                .hasMessageContaining("Google returned user 42 without its suspended flag")
                .hasMessageContaining("nothing was scanned");
    }

    @Test
    void aPageCutShortIsRetriedAndFailsTheReadIfItStaysCut() {
        google.users(users(3, "u"), List.of());
        String cut = "{\"users\": [{\"id\": \"1\", \"primaryEmail\": \"u1@acme.ex";
        server.stubFor(get(urlPathEqualTo(GoogleStub.USERS)).withQueryParam("showDeleted", absent()).atPriority(1)
                .inScenario("cut").whenScenarioStateIs(Scenario.STARTED).willSetStateTo("whole")
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(cut)));

        assertThat(source(settings(Set.of())).read().size()).isEqualTo(3);
        assertThat(waits).hasSize(1);

        server.stubFor(get(urlPathEqualTo(GoogleStub.USERS)).withQueryParam("showDeleted", absent()).atPriority(1)
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(cut)));
        assertThatThrownBy(() -> source(settings(Set.of())).read())
                .isInstanceOf(DirectoryReadException.class)
                .hasMessageContaining("failed 6 times");
    }

    @Test
    void a403UserRateLimitExceededIsRetriedAfterRetryAfter() {
        google.users(users(3, "u"), List.of());
        server.stubFor(get(urlPathEqualTo(GoogleStub.USERS)).withQueryParam("showDeleted", absent()).atPriority(1)
                .inScenario("quota").whenScenarioStateIs(Scenario.STARTED).willSetStateTo("refilled")
                .willReturn(GoogleStub.error(403, "userRateLimitExceeded", "Quota exceeded for quota metric "
                        + "'Queries' and limit 'Queries per minute per user'").withHeader("Retry-After", "7")));

        GoogleDirectorySource source = source(settings(Set.of()));
        DirectorySnapshot directory = source.read();

        assertThat(directory.size()).isEqualTo(3);
        assertThat(waits).containsExactly(Duration.ofSeconds(7));
        assertThat(source.lastStatistics().retries()).isEqualTo(1);
    }

    @Test
    void a503IsRetriedWithBackoffThenSucceeds() {
        google.users(users(3, "u"), List.of());
        server.stubFor(get(urlPathEqualTo(GoogleStub.USERS)).atPriority(1).inScenario("outage")
                .whenScenarioStateIs(Scenario.STARTED).willSetStateTo("back")
                .willReturn(GoogleStub.error(503, "backendError", "Service unavailable")));

        assertThat(source(settings(Set.of())).read().size()).isEqualTo(3);
        assertThat(waits).singleElement().satisfies(w -> assertThat(w.toMillis()).isBetween(75L, 125L));
    }

    @Test
    void aPageThatKeepsFailingFailsTheWholeRead() {
        google.users(users(1200, "u"), List.of());
        server.stubFor(get(urlPathEqualTo(GoogleStub.USERS)).withQueryParam("pageToken", equalTo("token-users-1"))
                .atPriority(1).willReturn(GoogleStub.error(403, "quotaExceeded", "Quota exceeded")));

        assertThatThrownBy(() -> source(settings(Set.of())).read())
                .isInstanceOf(DirectoryReadException.class)
                .hasMessageContaining("Google Directory API request GET users (page 2) failed 6 times, "
                        + "the last with HTTP 403 quotaExceeded")
                .hasMessageContaining("nothing was scanned");
        server.verify(0, getRequestedFor(urlPathEqualTo(GoogleStub.USERS)).withQueryParam("pageToken",
                equalTo("token-users-2")));
    }

    @Test
    void a403ForMissingDelegationFailsAtOnceAndSaysWhatToConfigure() {
        server.stubFor(get(urlPathEqualTo(GoogleStub.USERS)).willReturn(GoogleStub.error(403, "forbidden",
                "Not Authorized to access this resource/api")));

        assertThatThrownBy(() -> source(settings(Set.of())).read())
                .isInstanceOf(DirectoryReadException.class)
                .hasMessageContaining("Google denied access (HTTP 403 forbidden: Not Authorized to access this resource/api)")
                .hasMessageContaining("domain-wide delegation")
                .hasMessageContaining("admin.directory.user.readonly");
        server.verify(1, getRequestedFor(urlPathEqualTo(GoogleStub.USERS)));
    }

    @Test
    void theTokenIsAJwtBearerGrantSignedByTheServiceAccountForTheAdmin() throws Exception {
        google.users(users(1, "u"), List.of());

        source(settings(Set.of())).read();

        Map<String, String> form = form(server.findAll(postRequestedFor(urlPathEqualTo("/token"))).get(0)
                .getBodyAsString());
        assertThat(form).containsEntry("grant_type", "urn:ietf:params:oauth:grant-type:jwt-bearer");
        String[] jwt = form.get("assertion").split("\\.");
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initVerify(google.keys().getPublic());
        rsa.update((jwt[0] + "." + jwt[1]).getBytes(StandardCharsets.US_ASCII));
        assertThat(rsa.verify(Base64.getUrlDecoder().decode(jwt[2]))).isTrue();
        JsonNode claims = new ObjectMapper().readTree(Base64.getUrlDecoder().decode(jwt[1]));
        assertThat(claims.get("iss").asText()).isEqualTo("rolecall@rolecall-test.iam.gserviceaccount.com");
        assertThat(claims.get("sub").asText()).isEqualTo(ADMIN);
        // The assertion names Google's token audience even when token_uri points elsewhere, as Google expects.
        assertThat(claims.get("aud").asText()).isEqualTo("https://oauth2.googleapis.com/token");
        assertThat(claims.get("scope").asText().split(" ")).containsExactlyInAnyOrder(
                "https://www.googleapis.com/auth/admin.directory.user.readonly",
                "https://www.googleapis.com/auth/admin.directory.group.readonly");
        server.verify(getRequestedFor(urlPathEqualTo(GoogleStub.USERS))
                .withHeader("Authorization", equalTo("Bearer ya29.test-token")));
    }

    @Test
    void aRefusedTokenSaysToSetUpDomainWideDelegation() {
        server.stubFor(post(urlPathEqualTo("/token")).atPriority(1).willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\":\"unauthorized_client\",\"error_description\":\"Client is unauthorized to retrieve "
                        + "access tokens using this method, or client not authorized for any of the scopes requested.\"}")));

        assertThatThrownBy(() -> source(settings(Set.of())).read())
                .isInstanceOf(DirectoryReadException.class)
                .hasMessageContaining("Google refused the access token for impersonating admin@acme.example")
                .hasMessageContaining("(HTTP 401")
                .hasMessageContaining("Domain-wide delegation");
        server.verify(0, getRequestedFor(urlPathEqualTo(GoogleStub.USERS)).withHeader("Authorization", matching(".+")));
    }

    @Test
    void aKeyThatIsNotAServiceAccountKeyIsAClearError() {
        GoogleSettings settings = GoogleSettings.of(ADMIN, "{\"type\":\"authorized_user\"}", Set.of())
                .withRootUrl(URI.create(google.rootUrl()));

        assertThatThrownBy(() -> source(settings).read()).isInstanceOf(DirectoryReadException.class)
                .hasMessageContaining("not a service account key");
        assertThat(settings.toString()).doesNotContain("authorized_user");
    }

    private static Map<String, String> form(String body) {
        Map<String, String> fields = new HashMap<>();
        Arrays.stream(body.split("&")).map(pair -> pair.split("=", 2)).forEach(pair -> fields.put(
                URLDecoder.decode(pair[0], StandardCharsets.UTF_8), URLDecoder.decode(pair[1], StandardCharsets.UTF_8)));
        return fields;
    }

    private static String json(Object value) {
        try {
            return new ObjectMapper().writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Cuts at which the Google client's parser fails with a null pointer or an illegal argument, not a parse error. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"{\"users\": [{\"id\": \"1\", \"primaryEmail\"",
            "{\"users\": [", "{\"users\": [{", "{", "",
            "{\"users\": [{\"id\": \"1\", \"primaryEmail\": \"u1@acme.example\"}"})
    void aPageCutAnywhereIsRetriedAndThenFailsInWordsWithoutAnExceptionName(String cut) {
        google.users(users(3, "u"), List.of());
        server.stubFor(get(urlPathEqualTo(GoogleStub.USERS)).withQueryParam("showDeleted", absent()).atPriority(1)
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(cut)));

        assertThatThrownBy(() -> source(settings(Set.of())).read())
                .isInstanceOf(DirectoryReadException.class)
                .hasMessageContaining("failed 6 times, the last with a page cut short or malformed")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("Exception", "java."));
    }
}
