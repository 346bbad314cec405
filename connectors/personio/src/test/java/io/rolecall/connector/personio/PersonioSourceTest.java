package io.rolecall.connector.personio;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.rolecall.connector.support.HrProviders;
import io.rolecall.connector.support.ProviderSettings;
import io.rolecall.core.model.Email;
import io.rolecall.core.model.HrRecord;
import io.rolecall.core.model.HrSnapshot;
import io.rolecall.core.port.DirectoryReadException;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Personio against a WireMock stub answering with the shapes of Personio's v2 reference: a token for
 * client credentials, lists in {@code _data} with {@code _meta.links.next.href}, an employment with its
 * {@code termination}, {@code supervisor} and {@code position}, absence periods with
 * {@code starts_from.date_time} and {@code approval.status}, and an employment whose attributes the
 * credential may not read.
 */
class PersonioSourceTest {

    private static final LocalDate FROM = LocalDate.of(2026, 11, 30);
    private static final LocalDate TO = FROM.plusDays(60);
    private static final String PERSONS_ONE = """
            {"_data": [{"id": "1001", "email": "Gina@Acme.example", "first_name": "Gina", "last_name": "Rossi",
                        "status": "ACTIVE", "employments": [{"id": "e-gina"}]}],
             "_meta": {"links": {"self": {"href": "https://api.personio.de/v2/persons?limit=50"},
                                 "next": {"href": "/v2/persons?limit=50&cursor=abc"}}}}
            """;
    private static final String PERSONS_TWO = """
            {"_data": [{"id": "1002", "email": "frank@acme.example", "status": "ACTIVE"},
                       {"id": "1003", "email": null, "status": "ACTIVE"}],
             "_meta": {"links": {"self": {"href": "/v2/persons?limit=50&cursor=abc"}}}}
            """;
    private static final String GINA_EMPLOYMENTS = """
            {"_data": [{"id": "e-old", "person": {"id": "1001"}, "status": "INACTIVE", "start_date": "2015-01-05",
                        "termination": {"termination_date": "2016-01-31"}},
                       {"id": "e-gina", "person": {"id": "1001"}, "status": "ACTIVE", "start_date": "2022-09-12",
                        "position": {"title": "People Partner"}, "supervisor": {"id": "1002"},
                        "org_units": [{"id": "o1", "type": "DEPARTMENT", "name": "People"}],
                        "termination": {}}]}
            """;
    private static final String FRANK_EMPLOYMENTS = """
            {"_data": [{"id": "e-frank", "person": {"id": "1002"}, "status": "ACTIVE", "start_date": "2021-05-03",
                        "position": {"title": "People Operations Lead"},
                        "termination": {"termination_date": "2026-12-31", "last_working_day": "2026-12-15",
                                        "type": "RESIGNATION", "terminated_at": "2026-11-01T09:00:00Z"}}]}
            """;
    private static final String ABSENCES = """
            {"_data": [{"id": "a1", "person": {"id": "1001"}, "absence_type": {"id": "t1"},
                        "starts_from": {"date_time": "2026-12-21T00:00:00", "type": "FIRST_HALF"},
                        "ends_at": {"date_time": "2027-01-04T00:00:00"}, "approval": {"status": "APPROVED"}},
                       {"id": "a2", "person": {"id": "1001"}, "starts_from": {"date_time": "2027-01-10T00:00:00"},
                        "ends_at": {"date_time": "2027-01-11T00:00:00"}, "approval": {"status": "PENDING"}}],
             "_meta": {"links": {}}}
            """;

    @RegisterExtension
    final WireMockExtension server = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")).build();
    private final List<Duration> waits = new ArrayList<>();

    @BeforeEach
    void token() {
        server.stubFor(post(urlPathEqualTo("/v2/auth/token")).willReturn(aResponse().withBody(
                "{\"access_token\": \"tok-1\", \"token_type\": \"Bearer\", \"expires_in\": 86400}")));
    }

    private PersonioSource source() {
        return PersonioSource.create(URI.create(server.baseUrl()), "client-1", "s3cret&x", Duration.ofMinutes(15),
                waits::add);
    }

    private void answers() {
        server.stubFor(get(urlPathEqualTo("/v2/persons")).willReturn(aResponse().withBody(PERSONS_ONE)));
        server.stubFor(get(urlPathEqualTo("/v2/persons")).withQueryParam("cursor", equalTo("abc"))
                .willReturn(aResponse().withBody(PERSONS_TWO)));
        server.stubFor(get(urlPathEqualTo("/v2/persons/1001/employments")).willReturn(aResponse()
                .withBody(GINA_EMPLOYMENTS)));
        server.stubFor(get(urlPathEqualTo("/v2/persons/1002/employments")).willReturn(aResponse()
                .withBody(FRANK_EMPLOYMENTS)));
        server.stubFor(get(urlPathEqualTo("/v2/absence-periods")).willReturn(aResponse().withBody(ABSENCES)));
    }

    @Test
    void readsPersonsTheirCurrentEmploymentAndApprovedAbsencesTenRequestsASecondAtMost() {
        answers();

        PersonioSource source = source();
        HrSnapshot hr = source.read(FROM, TO);

        assertThat(hr.records()).extracting(HrRecord::email).containsExactly(Email.of("gina@acme.example"),
                Email.of("frank@acme.example"));
        HrRecord gina = hr.find(Email.of("gina@acme.example")).orElseThrow();
        assertThat(gina.startDate()).as("the active employment, not the old one").isEqualTo(LocalDate.of(2022, 9, 12));
        assertThat(gina.endDate()).isNull();
        assertThat(gina.title()).isEqualTo("People Partner");
        assertThat(gina.department()).isEqualTo("People");
        assertThat(gina.manager()).isEqualTo(Email.of("frank@acme.example"));
        assertThat(gina.absences()).as("the pending one is not time off").containsExactly(
                new HrRecord.Absence(LocalDate.of(2026, 12, 21), LocalDate.of(2027, 1, 4)));
        assertThat(hr.find(Email.of("frank@acme.example")).orElseThrow().endDate()).as("the last working day")
                .isEqualTo(LocalDate.of(2026, 12, 15));
        assertThat(source.requests()).as("token, 2 person pages, the employments of the 2 with an email, absences")
                .isEqualTo(6);
        assertThat(waits).as("a pause before each of the five reads").hasSize(5)
                .allSatisfy(wait -> assertThat(wait).isEqualTo(Duration.ofMillis(100)));

        server.verify(postRequestedFor(urlPathEqualTo("/v2/auth/token")).withRequestBody(equalTo(
                "grant_type=client_credentials&client_id=client-1&client_secret=s3cret%26x")));
        server.verify(getRequestedFor(urlPathEqualTo("/v2/persons")).withHeader("Authorization", equalTo("Bearer tok-1")));
        server.verify(getRequestedFor(urlPathEqualTo("/v2/absence-periods"))
                .withQueryParam("starts_from.date_time.lte", equalTo("2027-01-29T23:59:59"))
                .withQueryParam("ends_at.date_time.gte", equalTo("2026-11-30T00:00:00")));
    }

    @Test
    void employmentsWithoutTheirAttributesFailTheReadAndNameTheSetting() {
        answers();
        String bare = "{\"_data\": [{\"id\": \"e\", \"person\": {\"id\": \"x\"}, \"status\": \"ACTIVE\", "
                + "\"_meta\": {\"links\": {\"person\": {\"href\": \"https://api.personio.de/v2/persons/x\"}}}}]}";
        server.stubFor(get(urlPathMatching("/v2/persons/.*/employments")).willReturn(aResponse().withBody(bare)));

        assertThatThrownBy(() -> source().read(FROM, TO)).isInstanceOf(DirectoryReadException.class)
                .hasMessageContaining("employments without their dates").hasMessageContaining("last working day");
    }

    @Test
    void aRefusedCredentialFailsAtTheTokenWithoutRepeatingTheSecret() {
        server.stubFor(post(urlPathEqualTo("/v2/auth/token")).willReturn(aResponse().withStatus(401)
                .withBody("{\"error\": \"invalid_client\"}")));
        assertThatThrownBy(() -> source().read(FROM, TO)).isInstanceOf(DirectoryReadException.class)
                .hasMessageContaining("Personio rejected the API credential (HTTP 401)")
                .hasMessageNotContaining("s3cret");
        server.verify(0, getRequestedFor(urlPathEqualTo("/v2/persons")));
    }

    @Test
    void aThousandPersonsAreReadPacedAtTenASecondWithinTheDefaultBudget() {
        for (int page = 0; page < 20; page++) {
            StringBuilder body = new StringBuilder("{\"_data\": [");
            for (int i = page * 50; i < page * 50 + 50; i++) {
                body.append(i % 50 == 0 ? "" : ",").append("{\"id\": \"").append(i).append("\", \"email\": \"p")
                        .append(i).append("@acme.example\"}");
            }
            body.append("], \"_meta\": {\"links\": {").append(page == 19 ? "" : "\"next\": {\"href\": "
                    + "\"/v2/persons?limit=50&cursor=c" + (page + 1) + "\"}").append("}}}");
            var stub = get(urlPathEqualTo("/v2/persons"));
            stub = page == 0 ? stub.withQueryParam("limit", equalTo("50")).withQueryParam("cursor", absent())
                    : stub.withQueryParam("cursor", equalTo("c" + page));
            server.stubFor(stub.willReturn(aResponse().withBody(body.toString())));
        }
        server.stubFor(get(urlPathMatching("/v2/persons/.*/employments")).willReturn(aResponse().withBody(
                "{\"_data\": [{\"id\": \"e\", \"status\": \"ACTIVE\", \"start_date\": \"2020-01-01\"}]}")));
        server.stubFor(get(urlPathEqualTo("/v2/absence-periods")).willReturn(aResponse().withBody("{\"_data\": []}")));

        PersonioSource source = source();
        assertThat(source.read(FROM, TO).records()).hasSize(1000);
        assertThat(source.requests()).as("token, 20 pages, 1000 employments, absences").isEqualTo(1022);
        long paced = waits.stream().mapToLong(Duration::toMillis).sum();
        assertThat(paced).as("10 a second: about 102 s, within the 15 minutes allowed").isEqualTo(102_100);
    }

    @Test
    void theProviderNeedsTheClientIdAndSecret() {
        var provider = HrProviders.named("personio");
        assertThatThrownBy(() -> provider.create(ProviderSettings.of(Map.of(PersonioProvider.CLIENT_ID, "c"))))
                .hasMessageContaining(PersonioProvider.CLIENT_SECRET);
        assertThat(provider.create(ProviderSettings.of(Map.of(PersonioProvider.CLIENT_ID, "c",
                PersonioProvider.CLIENT_SECRET, "s"))).describe()).isEqualTo("personio:api.personio.de");
    }
}
