package io.rolecall.connector.entra;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.rolecall.connector.entra.testing.GraphStub.json;
import static io.rolecall.connector.entra.testing.GraphStub.managedBy;
import static io.rolecall.connector.entra.testing.GraphStub.page;
import static io.rolecall.connector.entra.testing.GraphStub.user;
import static io.rolecall.connector.entra.testing.GraphStub.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.rolecall.connector.entra.testing.GraphStub;
import io.rolecall.connector.support.Progress;
import io.rolecall.core.model.DirectorySnapshot;
import io.rolecall.core.model.Email;
import io.rolecall.core.model.Person;
import io.rolecall.core.model.PersonStatus;
import io.rolecall.core.model.PersonType;
import io.rolecall.core.port.DirectoryReadException;
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
import org.junit.jupiter.api.Test;

/** The Entra ID connector against a local Graph stub over HTTPS; waits are recorded, not slept. */
class EntraDirectorySourceTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 30);
    private static final Instant NOW = Instant.parse("2026-11-30T06:00:00Z");

    private final GraphStub graph = new GraphStub();
    private final List<Duration> waits = new ArrayList<>();
    private final List<String> progress = new ArrayList<>();

    @AfterEach
    void stop() {
        graph.close();
    }

    private EntraSettings settings(Set<String> groups) {
        return EntraSettings.of(GraphStub.TENANT, GraphStub.CLIENT_ID, EntraCredentials.secret(GraphStub.SECRET),
                groups, AS_OF).withEndpoints(graph.root(), graph.root())
                .withLimits(Duration.ofMinutes(5), 3, Duration.ofMillis(100));
    }

    private DirectorySnapshot read(EntraSettings settings) {
        return source(settings).read();
    }

    private EntraDirectorySource source(EntraSettings settings) {
        return EntraDirectorySource.create(settings, new Progress(progress::add, Clock.fixed(NOW, ZoneOffset.UTC),
                Duration.ZERO), waits::add, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private static Person person(DirectorySnapshot snapshot, String email) {
        return snapshot.find(Email.of(email)).orElseThrow(() -> new AssertionError("no " + email));
    }

    @Test
    void everyPageIsReadByFollowingTheNextLinkExactlyAsGivenWithTheAppsToken() {
        List<Map<String, Object>> users = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            users.add(user("u" + i, "p" + i + "@contoso.example", "Person " + i, true));
        }
        graph.issuesTokens().users(GraphStub.pagesOf(users, 3)).deletedUsers(List.of(List.of()));

        EntraDirectorySource source = source(settings(Set.of()));
        DirectorySnapshot snapshot = source.read();

        assertThat(snapshot.people()).hasSize(7);
        graph.server().verify(getRequestedFor(urlPathEqualTo("/v1.0/users"))
                .withQueryParam("$skiptoken", equalTo(GraphStub.token("/v1.0/users", 2)))
                .withHeader("Authorization", equalTo("Bearer graph-test-token")));
        graph.server().verify(getRequestedFor(urlPathEqualTo("/v1.0/users")).withQueryParam("$skiptoken", absent())
                .withQueryParam("$top", equalTo("999"))
                .withQueryParam("$select", equalTo("id,mail,userPrincipalName,displayName,accountEnabled,jobTitle,"
                        + "department,employeeLeaveDateTime,userType,employeeType")));
        assertThat(source.lastStatistics().pages()).as("3 user pages, 1 deleted page").isEqualTo(4);
        assertThat(source.lastStatistics().requests()).isEqualTo(4);
        assertThat(progress).last().asString().startsWith("Entra ID: read 7 users in 4 requests (4 pages)");
    }

    @Test
    void deletedDisabledLeavingAndServiceAccountsMapAgainstTheAsOfDayNotTheClock() {
        graph.issuesTokens().users(List.of(List.of(
                managedBy(with(user("a", "ada@contoso.example", "Ada", true), "jobTitle", "CISO"), "m",
                        "maria@contoso.example"),
                user("m", "maria@contoso.example", "Maria", true),
                user("s", "sam@contoso.example", "Sam Suspended", false),
                with(user("l", "leo@contoso.example", "Leo Left", false), "employeeLeaveDateTime", "2026-11-29T17:00:00Z"),
                with(user("f", "fay@contoso.example", "Fay Future", false), "employeeLeaveDateTime", "2026-12-31T00:00:00Z"),
                with(user("w", "will@contoso.example", "Will Leaving", true), "employeeLeaveDateTime", "2026-11-30T00:00:00Z"),
                with(user("b", "backup@contoso.example", "Backup Bot", true), "employeeType", "service"),
                with(with(user("g", null, "Guest", true), "userPrincipalName", "guest_x.example#EXT#@contoso.onmicrosoft.com"),
                        "userType", "Guest"),
                with(user("h", null, "Guest By Name Only", true), "userPrincipalName",
                        "hal_partner.example#EXT#@contoso.onmicrosoft.com"),
                with(user("p", "pat@partner.example", "Guest With Mail", true), "userType", "Guest"),
                with(user("u", null, "Upn Only", true), "userPrincipalName", "upn@contoso.example"))))
                .deletedUsers(List.of(List.of(user("d", "dan@contoso.example", "Dan Deleted", true))));

        DirectorySnapshot snapshot = read(settings(Set.of()));

        Person ada = person(snapshot, "ada@contoso.example");
        assertThat(ada.status()).isEqualTo(PersonStatus.ACTIVE);
        assertThat(ada.title()).isEqualTo("CISO");
        assertThat(ada.manager()).isEqualTo(Email.of("maria@contoso.example"));
        assertThat(person(snapshot, "sam@contoso.example").status()).isEqualTo(PersonStatus.SUSPENDED);
        assertThat(person(snapshot, "leo@contoso.example").status()).as("disabled, left before the as-of day")
                .isEqualTo(PersonStatus.LEFT);
        assertThat(person(snapshot, "fay@contoso.example").status()).as("disabled, leaves later")
                .isEqualTo(PersonStatus.SUSPENDED);
        Person will = person(snapshot, "will@contoso.example");
        assertThat(will.status()).isEqualTo(PersonStatus.ACTIVE);
        assertThat(will.endDate()).isEqualTo(AS_OF);
        assertThat(person(snapshot, "backup@contoso.example").type()).isEqualTo(PersonType.SERVICE);
        assertThat(person(snapshot, "dan@contoso.example").status()).as("in the recycle bin").isEqualTo(PersonStatus.LEFT);
        assertThat(person(snapshot, "upn@contoso.example").status()).isEqualTo(PersonStatus.ACTIVE);
        assertThat(snapshot.people()).as("guests, by userType or by their #EXT# name, are left out").hasSize(9)
                .extracting(p -> p.email().value()).doesNotContain("pat@partner.example")
                .noneMatch(email -> email.toUpperCase(java.util.Locale.ROOT).contains("#EXT#"));

        DirectorySnapshot strict = read(settings(Set.of()).withMapping(true, "Service"));
        assertThat(person(strict, "sam@contoso.example").status()).isEqualTo(PersonStatus.LEFT);
        assertThat(person(strict, "fay@contoso.example").status()).isEqualTo(PersonStatus.LEFT);
    }

    @Test
    void membersOfTheReferencedGroupsAreReadTransitivelyByNameOrIdAndAMissingGroupIsReported() {
        graph.issuesTokens().users(List.of(List.of(user("a", "ada@contoso.example", "Ada", true),
                        user("n", "ned@contoso.example", "Ned Nested", true), user("o", "otto@contoso.example", "Otto", true))))
                .deletedUsers(List.of(List.of()))
                .group("ISMS Deputies", "11111111-2222-4333-8444-555555555555", List.of("a", "n"))
                .group("Incident Team", "99999999-2222-4333-8444-555555555555", List.of("o"))
                .noGroup("Awareness Champions");

        EntraDirectorySource source = source(settings(Set.of("isms deputies", "99999999-2222-4333-8444-555555555555",
                "Awareness Champions")));
        DirectorySnapshot snapshot = source.read();

        assertThat(person(snapshot, "ned@contoso.example").inGroup("isms deputies")).isTrue();
        assertThat(person(snapshot, "otto@contoso.example").inGroup("99999999-2222-4333-8444-555555555555")).isTrue();
        assertThat(person(snapshot, "otto@contoso.example").inGroup("isms deputies")).isFalse();
        assertThat(snapshot.hasGroup("Awareness Champions")).isFalse();
        assertThat(snapshot.hasGroup("ISMS Deputies")).isTrue();
        assertThat(progress).last().asString().contains("groups named in roles.yaml but not found in Entra ID: "
                + "Awareness Champions");
        graph.server().verify(0, getRequestedFor(urlPathEqualTo(
                "/v1.0/groups/99999999-2222-4333-8444-555555555555/transitiveMembers/microsoft.graph.user"))
                .withQueryParam("$filter", absent()).withHeader("Authorization", absent()));
    }

    @Test
    void twoAccountsWithOneEmailKeepTheActiveOne() {
        graph.issuesTokens().users(List.of(List.of(user("old", "rehire@contoso.example", "Old", false),
                        user("new", "rehire@contoso.example", "New", true))))
                .deletedUsers(List.of(List.of(user("older", "REHIRE@contoso.example", "Older", true))));

        EntraDirectorySource source = source(settings(Set.of()));
        DirectorySnapshot snapshot = source.read();

        assertThat(person(snapshot, "rehire@contoso.example").id()).isEqualTo("new");
        assertThat(source.lastStatistics().duplicateEmails()).isEqualTo(2);
    }

    @Test
    void throttlingIsWaitedOutAsRetryAfterSaysAndWithBackoffWhenItSaysNothing() {
        graph.issuesTokens().deletedUsers(List.of(List.of()));
        String path = "/v1.0/users";
        graph.server().stubFor(get(urlPathEqualTo(path)).inScenario("busy").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "7")
                        .withBody("{\"error\":{\"code\":\"TooManyRequests\",\"message\":\"slow down\"}}"))
                .willSetStateTo("second"));
        graph.server().stubFor(get(urlPathEqualTo(path)).inScenario("busy").whenScenarioStateIs("second")
                .willReturn(aResponse().withStatus(503)).willSetStateTo("third"));
        graph.server().stubFor(get(urlPathEqualTo(path)).inScenario("busy").whenScenarioStateIs("third")
                .willReturn(json(200, page(List.of(user("a", "ada@contoso.example", "Ada", true)), null))));

        EntraDirectorySource source = source(settings(Set.of()));
        DirectorySnapshot snapshot = source.read();

        assertThat(snapshot.people()).hasSize(1);
        assertThat(waits).hasSize(2);
        assertThat(waits.get(0)).isEqualTo(Duration.ofSeconds(7));
        assertThat(waits.get(1).toMillis()).as("second attempt: 200 ms backoff, ±25% jitter").isBetween(150L, 250L);
        assertThat(source.lastStatistics().retries()).isEqualTo(2);
    }

    @Test
    void aThrottledRequestWithoutRetryAfterBacksOff() {
        graph.issuesTokens().deletedUsers(List.of(List.of()));
        graph.server().stubFor(get(urlPathEqualTo("/v1.0/users")).inScenario("throttled")
                .whenScenarioStateIs(Scenario.STARTED).willReturn(aResponse().withStatus(429)).willSetStateTo("ok"));
        graph.server().stubFor(get(urlPathEqualTo("/v1.0/users")).inScenario("throttled").whenScenarioStateIs("ok")
                .willReturn(json(200, page(List.of(user("a", "ada@contoso.example", "Ada", true)), null))));

        assertThat(read(settings(Set.of())).people()).hasSize(1);
        assertThat(waits).singleElement().satisfies(wait ->
                assertThat(wait.toMillis()).as("first backoff: 100 ms, ±25% jitter").isBetween(75L, 125L));
    }

    @Test
    void aServiceThatStaysBusyBeyondTheAttemptsFailsTheWholeRead() {
        graph.issuesTokens().server().stubFor(get(urlPathEqualTo("/v1.0/users"))
                .willReturn(aResponse().withStatus(503).withHeader("Retry-After", "1")));

        assertThatThrownBy(() -> read(settings(Set.of()))).isInstanceOf(DirectoryReadException.class)
                .hasMessageContaining("failed 3 times, the last with HTTP 503").hasMessageContaining("nothing was read");
    }

    @Test
    void aWaitBeyondTheUsersBudgetFailsAtOnceWithoutSleeping() {
        graph.issuesTokens().server().stubFor(get(urlPathEqualTo("/v1.0/users"))
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "3600")));

        assertThatThrownBy(() -> read(settings(Set.of()))).isInstanceOf(DirectoryReadException.class);
        assertThat(waits).isEmpty();
    }

    @Test
    void aMalformedPageIsAskedForAgainAndFailsTheReadWhenItStaysMalformed() {
        graph.issuesTokens().deletedUsers(List.of(List.of()));
        graph.server().stubFor(get(urlPathEqualTo("/v1.0/users")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"value\": [{\"id\": \"a\", \"mail\"")));

        assertThatThrownBy(() -> read(settings(Set.of()))).isInstanceOf(DirectoryReadException.class)
                .hasMessageContaining("a page cut short or malformed");
        assertThat(waits).hasSize(2);
    }

    @Test
    void aNextLinkThatLeadsNowhereFailsTheRead() {
        graph.issuesTokens().deletedUsers(List.of(List.of()));
        graph.server().stubFor(get(urlPathEqualTo("/v1.0/users")).withQueryParam("$skiptoken", absent())
                .willReturn(json(200, page(List.of(user("a", "ada@contoso.example", "Ada", true)),
                        graph.root() + "/v1.0/users?$skiptoken=gone"))));
        graph.server().stubFor(get(urlPathEqualTo("/v1.0/users")).withQueryParam("$skiptoken", equalTo("gone"))
                .willReturn(json(404, Map.of("error", Map.of("code", "Request_ResourceNotFound", "message", "x")))));

        assertThatThrownBy(() -> read(settings(Set.of()))).isInstanceOf(DirectoryReadException.class)
                .hasMessageContaining("404 Not Found", "next-page link");
    }

    @Test
    void aNextLinkToAnotherHostIsNeverFollowedWithTheToken() {
        graph.issuesTokens().server().stubFor(get(urlPathEqualTo("/v1.0/users")).willReturn(json(200,
                page(List.of(user("a", "ada@contoso.example", "Ada", true)),
                        "https://attacker.example/v1.0/users?$skiptoken=x"))));

        assertThatThrownBy(() -> read(settings(Set.of()))).isInstanceOf(DirectoryReadException.class)
                .hasMessageContaining("outside " + graph.root());
    }

    @Test
    void aRefusedTokenFailsAtOnceAndSaysWhatToCheckWithoutTheSecret() {
        graph.refusesTokens();

        assertThatThrownBy(() -> read(settings(Set.of()))).isInstanceOf(DirectoryReadException.class)
                .hasMessageContaining("Entra ID refused RoleCall's credentials", "invalid_client", "AADSTS7000215",
                        "ENTRA_CLIENT_ID").hasMessageNotContaining(GraphStub.SECRET);
        assertThat(waits).isEmpty();
    }

    @Test
    void aMissingPermissionNamesTheThreeApplicationPermissions() {
        graph.issuesTokens().server().stubFor(get(urlPathEqualTo("/v1.0/users")).willReturn(json(403,
                Map.of("error", Map.of("code", "Authorization_RequestDenied",
                        "message", "Insufficient privileges to complete the operation.")))));

        assertThatThrownBy(() -> read(settings(Set.of()))).isInstanceOf(DirectoryReadException.class)
                .hasMessageContaining("Authorization_RequestDenied", "User.Read.All", "GroupMember.Read.All",
                        "User-LifeCycleInfo.Read.All");
    }

    @Test
    void aCertificateCredentialSignsAnAssertionInsteadOfSendingASecret() {
        graph.issuesTokens().users(List.of(List.of(user("a", "ada@contoso.example", "Ada", true))))
                .deletedUsers(List.of(List.of()));
        EntraSettings settings = new EntraSettings(GraphStub.TENANT, GraphStub.CLIENT_ID,
                EntraCredentials.certificate(GraphStub.appCertificatePem()), Set.of(), AS_OF, false, "Service",
                graph.root(), graph.root(), Duration.ofMinutes(1), 2, Duration.ofMillis(10));

        assertThat(read(settings).people()).hasSize(1);
        graph.server().verify(com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor(
                        urlPathEqualTo("/" + GraphStub.TENANT + "/oauth2/v2.0/token"))
                .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.containing(
                        "client_assertion_type=urn%3Aietf%3Aparams%3Aoauth%3Aclient-assertion-type%3Ajwt-bearer"))
                .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.notContaining("client_secret=")));
    }

    @Test
    void guestsAreCountedInTheReadsSummary() {
        graph.issuesTokens().users(List.of(List.of(user("a", "ada@contoso.example", "Ada", true),
                        with(user("p", "pat@partner.example", "Pat", true), "userType", "Guest"))))
                .deletedUsers(List.of(List.of()));
        EntraDirectorySource source = source(settings(Set.of()));

        assertThat(source.read().people()).hasSize(1);
        assertThat(source.lastStatistics().summary("Entra ID")).contains("1 guest left out");
    }

    @Test
    void aUserWithoutAccountEnabledFailsTheReadRatherThanBeTakenForEnabled() {
        Map<String, Object> unknown = user("x", "xena@contoso.example", "Xena", true);
        unknown.remove("accountEnabled");
        graph.issuesTokens().users(List.of(List.of(user("a", "ada@contoso.example", "Ada", true), unknown)))
                .deletedUsers(List.of(List.of()));

        assertThatThrownBy(() -> read(settings(Set.of()))).isInstanceOf(DirectoryReadException.class)
                .hasMessageContaining("user x without accountEnabled", "nothing was scanned", "User.Read.All");
    }

    @Test
    void aTokenEndpointThatFailsOnceIsAskedAgainAndOneThatKeepsFailingEndsTheReadInWords() {
        graph.server().stubFor(com.github.tomakehurst.wiremock.client.WireMock.post(urlPathEqualTo("/" + GraphStub.TENANT
                + "/oauth2/v2.0/token")).inScenario("token").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503).withBody("<html>Service Unavailable</html>"))
                .willSetStateTo("recovered"));
        graph.server().stubFor(com.github.tomakehurst.wiremock.client.WireMock.post(urlPathEqualTo("/" + GraphStub.TENANT
                + "/oauth2/v2.0/token")).inScenario("token").whenScenarioStateIs("recovered")
                .willReturn(json(200, Map.of("token_type", "Bearer", "expires_in", 3599, "access_token",
                        "graph-test-token"))));
        graph.users(List.of(List.of(user("a", "ada@contoso.example", "Ada", true)))).deletedUsers(List.of(List.of()));

        assertThat(read(settings(Set.of())).people()).hasSize(1);
        assertThat(graph.server().findAll(com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor(
                urlPathEqualTo("/" + GraphStub.TENANT + "/oauth2/v2.0/token")))).hasSizeGreaterThanOrEqualTo(2);

        graph.server().resetAll();
        graph.server().stubFor(com.github.tomakehurst.wiremock.client.WireMock.post(urlPathEqualTo("/" + GraphStub.TENANT
                + "/oauth2/v2.0/token")).willReturn(aResponse().withStatus(500).withBody("")));
        assertThatThrownBy(() -> read(settings(Set.of()))).isInstanceOf(DirectoryReadException.class)
                .hasMessageContaining("failed 3 times", "the sign-in service", "HTTP 500")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContainPattern("[a-z]+\\.[a-z]+\\.[A-Za-z]+Exception"));
    }
}
