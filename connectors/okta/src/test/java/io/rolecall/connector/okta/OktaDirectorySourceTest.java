package io.rolecall.connector.okta;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.rolecall.connector.okta.testing.OktaStub;
import io.rolecall.connector.support.Progress;
import io.rolecall.core.model.DirectorySnapshot;
import io.rolecall.core.model.Email;
import io.rolecall.core.model.Person;
import io.rolecall.core.model.PersonStatus;
import io.rolecall.core.model.PersonType;
import io.rolecall.core.port.DirectoryReadException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Okta connector against a local WireMock stub of the Okta API; waits are recorded, not slept. */
class OktaDirectorySourceTest {

    private static final Instant NOW = Instant.parse("2026-11-30T08:00:00Z");

    private WireMockServer server;
    private OktaStub okta;
    private final List<Duration> waits = new ArrayList<>();
    private final List<String> progress = new ArrayList<>();

    @BeforeEach
    void startStub() {
        server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        server.start();
        okta = new OktaStub(server, NOW);
    }

    @AfterEach
    void stopStub() {
        server.stop();
    }

    private OktaDirectorySource source(Set<String> groups) {
        return source(OktaSettings.of(URI.create(okta.orgUrl()), OktaCredentials.apiToken("00test-token"), groups));
    }

    private OktaDirectorySource source(OktaSettings settings) {
        return OktaDirectorySource.create(settings.withLimits(settings.rateLimitShare(), settings.maxTotalWait(),
                        settings.maxAttempts(), Duration.ofMillis(100)),
                new Progress(progress::add, Clock.fixed(NOW, ZoneOffset.UTC), Duration.ZERO), waits::add,
                Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private static List<Map<String, Object>> users(int count, String prefix, String status) {
        List<Map<String, Object>> users = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            users.add(OktaStub.user(String.format("00u%s%05d", prefix, i), prefix + i + "@acme.example", status));
        }
        return users;
    }

    @Test
    void followsLinkHeadersAcrossEveryPage() {
        okta.users(users(450, "a", "ACTIVE"), users(3, "d", "DEPROVISIONED"));
        OktaDirectorySource source = source(Set.of());

        DirectorySnapshot directory = source.read();

        assertThat(directory.size()).isEqualTo(453);
        assertThat(directory.find(Email.of("a449@acme.example"))).isPresent();
        assertThat(source.lastStatistics().requests()).isEqualTo(3 + 1);
        assertThat(source.lastStatistics().pages()).isEqualTo(4);
        server.verify(2, getRequestedFor(urlPathEqualTo("/api/v1/users")).withQueryParam("after", com.github.tomakehurst.wiremock.client.WireMock.matching(".+")));
        assertThat(progress.get(progress.size() - 1)).startsWith("Okta: read 453 users in 4 requests (4 pages)");
    }

    @Test
    void deprovisionedUsersAreAskedForExplicitlyAndBecomeLeavers() {
        okta.users(users(2, "a", "ACTIVE"), List.of(OktaStub.user("00uleft", "leo@acme.example", "DEPROVISIONED")));

        DirectorySnapshot directory = source(Set.of()).read();

        assertThat(directory.find(Email.of("leo@acme.example"))).get().extracting(Person::status)
                .isEqualTo(PersonStatus.LEFT);
        server.verify(getRequestedFor(urlPathEqualTo("/api/v1/users"))
                .withQueryParam("search", equalTo("status eq \"DEPROVISIONED\"")));
    }

    @Test
    void everyOktaStatusMapsDeliberately() {
        Map<String, PersonStatus> expected = Map.of("ACTIVE", PersonStatus.ACTIVE, "PROVISIONED", PersonStatus.ACTIVE,
                "RECOVERY", PersonStatus.ACTIVE, "PASSWORD_EXPIRED", PersonStatus.ACTIVE,
                "LOCKED_OUT", PersonStatus.ACTIVE, "SUSPENDED", PersonStatus.SUSPENDED,
                "STAGED", PersonStatus.SUSPENDED);
        List<Map<String, Object>> listed = new ArrayList<>();
        expected.keySet().forEach(status -> listed.add(OktaStub.user("00u" + status, status.toLowerCase() + "@acme.example",
                status)));
        okta.users(listed, List.of(OktaStub.user("00ugone", "gone@acme.example", "DEPROVISIONED")));

        DirectorySnapshot directory = source(Set.of()).read();

        expected.forEach((status, mapped) -> assertThat(directory.find(Email.of(status.toLowerCase() + "@acme.example")))
                .as(status).get().extracting(Person::status).isEqualTo(mapped));
        assertThat(directory.find(Email.of("gone@acme.example")).orElseThrow().status()).isEqualTo(PersonStatus.LEFT);
    }

    @Test
    void onlyTheGroupsRolesYamlNamesAreRead() {
        okta.users(users(5, "a", "ACTIVE"), List.of());
        okta.group("00gDeputies", "ISMS-Deputies", List.of("00ua00001", "00ua00003"));
        okta.group("00gOther", "All Staff", List.of("00ua00000", "00ua00001"));

        DirectorySnapshot directory = source(Set.of("isms-deputies")).read();

        assertThat(directory.membersOf("isms-deputies")).extracting(p -> p.email().value())
                .containsExactlyInAnyOrder("a1@acme.example", "a3@acme.example");
        assertThat(directory.find(Email.of("a0@acme.example")).orElseThrow().groups()).isEmpty();
        server.verify(0, getRequestedFor(urlPathEqualTo("/api/v1/groups/00gOther/users")));
        server.verify(1, getRequestedFor(urlPathEqualTo("/api/v1/groups/00gDeputies/users")));
    }

    @Test
    void aGroupRolesYamlNamesButOktaLacksIsReported() {
        okta.users(users(1, "a", "ACTIVE"), List.of());
        okta.noGroupNamed("isms-typo");

        source(Set.of("isms-typo")).read();

        assertThat(progress.get(progress.size() - 1))
                .contains("groups named in roles.yaml but not found in Okta: isms-typo");
    }

    @Test
    void managersResolveFromManagerIdOrAnEmailOrALogin() {
        Map<String, Object> boss = OktaStub.user("00uboss", "grace@acme.example", "ACTIVE");
        OktaStub.profile(boss).put("login", "grace");
        Map<String, Object> byId = OktaStub.user("00u1", "ada@acme.example", "ACTIVE");
        OktaStub.profile(byId).put("managerId", "00uboss");
        Map<String, Object> byEmail = OktaStub.user("00u2", "bob@acme.example", "ACTIVE");
        OktaStub.profile(byEmail).put("manager", "Grace@Acme.example");
        Map<String, Object> byLogin = OktaStub.user("00u3", "cy@acme.example", "ACTIVE");
        OktaStub.profile(byLogin).put("manager", "grace");
        Map<String, Object> unknown = OktaStub.user("00u4", "dee@acme.example", "ACTIVE");
        OktaStub.profile(unknown).put("manager", "Grace Hopper");
        okta.users(List.of(boss, byId, byEmail, byLogin, unknown), List.of());

        DirectorySnapshot directory = source(Set.of()).read();

        for (String email : List.of("ada@acme.example", "bob@acme.example", "cy@acme.example")) {
            assertThat(directory.find(Email.of(email)).orElseThrow().manager()).as(email)
                    .isEqualTo(Email.of("grace@acme.example"));
        }
        assertThat(directory.find(Email.of("dee@acme.example")).orElseThrow().manager()).isNull();
    }

    @Test
    void profileFieldsEndDateAndServiceAccountsAreMapped() {
        Map<String, Object> ada = OktaStub.user("00u1", "ada@acme.example", "ACTIVE");
        OktaStub.profile(ada).putAll(Map.of("displayName", "Ada Lovelace", "title", "CTO", "department", "Engineering",
                "terminationDate", "2026-12-31"));
        Map<String, Object> robot = OktaStub.user("00u2", "deploy@acme.example", "ACTIVE");
        OktaStub.profile(robot).put("userType", "Service");
        Map<String, Object> grouped = OktaStub.user("00u3", "backup@acme.example", "ACTIVE");
        okta.users(List.of(ada, robot, grouped), List.of());
        okta.group("00gRobots", "service-accounts", List.of("00u3"));
        OktaSettings settings = OktaSettings.of(URI.create(okta.orgUrl()), OktaCredentials.apiToken("t"), Set.of())
                .withProfileMapping("terminationDate", "userType=service", "service-accounts");

        DirectorySnapshot directory = source(settings).read();

        Person person = directory.find(Email.of("ada@acme.example")).orElseThrow();
        assertThat(person.name()).isEqualTo("Ada Lovelace");
        assertThat(person.title()).isEqualTo("CTO");
        assertThat(person.department()).isEqualTo("Engineering");
        assertThat(person.endDate()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(person.type()).isEqualTo(PersonType.PERSON);
        assertThat(directory.find(Email.of("deploy@acme.example")).orElseThrow().type()).isEqualTo(PersonType.SERVICE);
        assertThat(directory.find(Email.of("backup@acme.example")).orElseThrow().type()).isEqualTo(PersonType.SERVICE);
    }

    @Test
    void a429WaitsForTheRateLimitResetThenSucceeds() {
        okta.users(users(3, "a", "ACTIVE"), List.of());
        long reset = NOW.plusSeconds(42).getEpochSecond();
        server.stubFor(get(urlPathEqualTo("/api/v1/users")).withQueryParam("search", com.github.tomakehurst.wiremock.client.WireMock.absent())
                .inScenario("limited").whenScenarioStateIs(Scenario.STARTED).willSetStateTo("reset").atPriority(1)
                .willReturn(aResponse().withStatus(429).withHeader("Content-Type", "application/json")
                        .withHeader("X-Rate-Limit-Limit", "600").withHeader("X-Rate-Limit-Remaining", "0")
                        .withHeader("X-Rate-Limit-Reset", String.valueOf(reset))
                        .withBody("{\"errorCode\":\"E0000047\",\"errorSummary\":\"API call exceeded rate limit due to too many requests.\"}")));

        OktaDirectorySource source = source(Set.of());
        DirectorySnapshot directory = source.read();

        assertThat(directory.size()).isEqualTo(3);
        assertThat(waits).containsExactly(Duration.ofSeconds(43));
        assertThat(source.lastStatistics().retries()).isEqualTo(1);
        server.verify(2 + 1, getRequestedFor(urlPathEqualTo("/api/v1/users")));
    }

    @Test
    void a500IsRetriedWithBackoffThenSucceeds() {
        okta.users(users(3, "a", "ACTIVE"), List.of());
        server.stubFor(get(urlPathEqualTo("/api/v1/users")).inScenario("flaky").whenScenarioStateIs(Scenario.STARTED)
                .willSetStateTo("recovered").atPriority(1)
                .willReturn(aResponse().withStatus(500).withBody("{\"errorSummary\":\"Internal Server Error\"}")));

        DirectorySnapshot directory = source(Set.of()).read();

        assertThat(directory.size()).isEqualTo(3);
        assertThat(waits).hasSize(1);
        assertThat(waits.get(0).toMillis()).isBetween(75L, 125L);
    }

    @Test
    void aPageThatKeepsFailingFailsTheWholeReadAndReturnsNothing() {
        okta.users(users(450, "a", "ACTIVE"), List.of());
        server.stubFor(get(urlPathEqualTo("/api/v1/users")).withQueryParam("after", equalTo("00ua00199")).atPriority(1)
                .willReturn(aResponse().withStatus(503).withBody("Service Unavailable")));

        assertThatThrownBy(() -> source(Set.of()).read())
                .isInstanceOf(DirectoryReadException.class)
                .hasMessageContaining("Okta request GET /api/v1/users (page 2) failed 6 times, the last with HTTP 503")
                .hasMessageContaining("nothing was scanned");
        server.verify(6, getRequestedFor(urlPathEqualTo("/api/v1/users")).withQueryParam("after", equalTo("00ua00199")));
        server.verify(0, getRequestedFor(urlPathEqualTo("/api/v1/users")).withQueryParam("after", equalTo("00ua00399")));
    }

    @Test
    void rejectedCredentialsFailAtOnceWithWhatToCheck() {
        server.stubFor(get(urlPathMatching("/api/v1/.*")).willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"errorCode\":\"E0000011\",\"errorSummary\":\"Invalid token provided\",\"errorLink\":\"E0000011\",\"errorId\":\"oae1\",\"errorCauses\":[]}")));

        assertThatThrownBy(() -> source(Set.of()).read())
                .isInstanceOf(DirectoryReadException.class)
                .hasMessageContaining("Okta rejected the credentials (HTTP 401: Invalid token provided)")
                .hasMessageContaining("Check OKTA_API_TOKEN");
        server.verify(1, getRequestedFor(urlPathEqualTo("/api/v1/users")));
    }

    @Test
    void missingScopesSayWhichScopesToGrant() {
        server.stubFor(get(urlPathMatching("/api/v1/.*")).willReturn(aResponse().withStatus(403)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"errorCode\":\"E0000006\",\"errorSummary\":\"You do not have permission to perform the requested action\"}")));

        assertThatThrownBy(() -> source(Set.of()).read())
                .hasMessageContaining("HTTP 403: You do not have permission")
                .hasMessageContaining("okta.users.read and okta.groups.read");
    }

    @Test
    void staysUnderTheConfiguredShareOfTheRateLimitBucket() {
        okta.users(users(450, "a", "ACTIVE"), List.of());
        long reset = NOW.plusSeconds(20).getEpochSecond();
        // The first page reports 310 of 600 requests used: over half, so the next page waits for the reset.
        server.stubFor(get(urlPathEqualTo("/api/v1/users")).withQueryParam("after", com.github.tomakehurst.wiremock.client.WireMock.absent())
                .withQueryParam("search", com.github.tomakehurst.wiremock.client.WireMock.absent()).atPriority(1)
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withHeader("Link", "<" + okta.orgUrl() + "/api/v1/users?after=00ua00199&limit=200>; rel=\"next\"")
                        .withHeader("X-Rate-Limit-Limit", "600").withHeader("X-Rate-Limit-Remaining", "290")
                        .withHeader("X-Rate-Limit-Reset", String.valueOf(reset))
                        .withBody(toJson(users(450, "a", "ACTIVE").subList(0, 200)))));

        DirectorySnapshot directory = source(Set.of()).read();

        assertThat(directory.size()).isEqualTo(450);
        assertThat(waits).containsExactly(Duration.ofSeconds(21));
        assertThat(progress).anyMatch(line -> line.contains("pausing 21 s to stay within 50% of the users rate limit"));
    }

    @Test
    void twoAccountsWithOneEmailResolveToTheActiveOne() {
        Map<String, Object> old = OktaStub.user("00uold", "ada@acme.example", "DEPROVISIONED");
        Map<String, Object> rehired = OktaStub.user("00unew", "Ada@acme.example", "ACTIVE");
        OktaStub.profile(rehired).put("login", "ada.rehired@acme.example");
        okta.users(List.of(rehired), List.of(old));

        DirectorySnapshot directory = source(Set.of()).read();

        assertThat(directory.find(Email.of("ada@acme.example")).orElseThrow().id()).isEqualTo("00unew");
        assertThat(progress.get(progress.size() - 1)).contains("1 duplicate emails resolved in favour of the active account");
    }

    @Test
    void plainHttpIsRefusedWithoutTheTestingSwitch() {
        String previous = System.clearProperty("okta.testing.disableHttpsCheck");
        try {
            assertThatThrownBy(() -> source(Set.of()).read())
                    .isInstanceOf(DirectoryReadException.class)
                    .hasMessageContaining("OKTA_TESTING_DISABLEHTTPSCHECK=true");
        } finally {
            if (previous != null) {
                System.setProperty("okta.testing.disableHttpsCheck", previous);
            }
        }
    }

    /** One page of users whose Link header points to {@code nextAfter}, as a misbehaving server might send. */
    private void usersPage(String after, List<Map<String, Object>> body, String nextAfter) {
        server.stubFor(get(urlPathEqualTo("/api/v1/users"))
                .withQueryParam("search", com.github.tomakehurst.wiremock.client.WireMock.absent())
                .withQueryParam("after", after == null ? com.github.tomakehurst.wiremock.client.WireMock.absent()
                        : equalTo(after)).atPriority(1)
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withHeader("Link", "<" + okta.orgUrl() + "/api/v1/users?after=" + nextAfter
                                + "&limit=200>; rel=\"next\"")
                        .withBody(toJson(body))));
    }

    @Test
    void aRepeatedCursorFailsTheReadAtOnceInsteadOfLoopingForEver() {
        okta.users(List.of(), List.of());
        usersPage(null, users(2, "a", "ACTIVE"), "c1");
        usersPage("c1", users(4, "a", "ACTIVE").subList(2, 4), "c1");

        assertThatThrownBy(() -> source(Set.of()).read())
                .isInstanceOf(DirectoryReadException.class)
                .hasMessageContaining("Okta returned a page cursor it had already given (page 2) while listing "
                        + "GET /api/v1/users")
                .hasMessageContaining("nothing was scanned");
        server.verify(2, getRequestedFor(urlPathEqualTo("/api/v1/users")));
    }

    @Test
    void aPageThatOnlyRepeatsEarlierOnesFailsTheReadAtOnce() {
        okta.users(List.of(), List.of());
        usersPage(null, users(2, "a", "ACTIVE"), "c1");
        usersPage("c1", users(2, "a", "ACTIVE"), "c2");
        usersPage("c2", users(2, "a", "ACTIVE"), "c3");

        assertThatThrownBy(() -> source(Set.of()).read())
                .isInstanceOf(DirectoryReadException.class)
                .hasMessageContaining("only repeats earlier ones and still points to a next page (page 2)");
        server.verify(2, getRequestedFor(urlPathEqualTo("/api/v1/users")));
    }

    @Test
    void aUserWithoutAStatusOrWithAnUnknownOneFailsTheReadRatherThanBeingGuessed() {
        Map<String, Object> noStatus = OktaStub.user("00unostatus", "ada@acme.example", "ACTIVE");
        noStatus.remove("status");
        okta.users(List.of(OktaStub.user("00u1", "bob@acme.example", "ACTIVE"), noStatus), List.of());

        assertThatThrownBy(() -> source(Set.of()).read())
                .isInstanceOf(DirectoryReadException.class)
                .hasMessageContaining("Okta returned user 00unostatus without a status")
                .hasMessageContaining("nothing was scanned");

        okta.users(List.of(OktaStub.user("00uodd", "cy@acme.example", "HIBERNATING")), List.of());
        assertThatThrownBy(() -> source(Set.of()).read())
                .isInstanceOf(DirectoryReadException.class)
                .hasMessageContaining("Okta returned user 00uodd with a status this RoleCall does not know");
    }

    @Test
    void aPageCutShortIsRetriedAndFailsTheReadIfItStaysCut() {
        okta.users(users(3, "a", "ACTIVE"), List.of());
        String whole = toJson(users(3, "a", "ACTIVE"));
        server.stubFor(get(urlPathEqualTo("/api/v1/users"))
                .withQueryParam("search", com.github.tomakehurst.wiremock.client.WireMock.absent())
                .inScenario("cut").whenScenarioStateIs(Scenario.STARTED).willSetStateTo("whole").atPriority(1)
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody(whole.substring(0, whole.length() / 2))));

        assertThat(source(Set.of()).read().size()).isEqualTo(3);
        assertThat(waits).hasSize(1);

        server.stubFor(get(urlPathEqualTo("/api/v1/users")).atPriority(1)
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody(whole.substring(0, whole.length() / 2))));
        assertThatThrownBy(() -> source(Set.of()).read())
                .isInstanceOf(DirectoryReadException.class)
                .hasMessageContaining("failed 6 times, the last with a page cut short");
    }

    @Test
    void aServerThatTricklesIsStoppedAtTheReadDeadline() {
        okta.users(users(3, "a", "ACTIVE"), List.of());
        server.stubFor(get(urlPathEqualTo("/api/v1/users")).atPriority(1)
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody(toJson(users(3, "a", "ACTIVE")))
                        .withChunkedDribbleDelay(40, 60_000)));
        long start = System.nanoTime();

        assertThatThrownBy(() -> io.rolecall.connector.support.DeadlineDirectorySource
                .of(source(Set.of()), Duration.ofSeconds(2)).read())
                .isInstanceOf(DirectoryReadException.class)
                .hasMessageContaining("did not finish within its deadline of 2 s")
                .hasMessageContaining("--read-deadline-seconds");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    }

    private static String toJson(Object value) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
