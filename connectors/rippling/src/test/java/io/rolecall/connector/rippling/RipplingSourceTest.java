package io.rolecall.connector.rippling;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Rippling against a WireMock stub answering with the shapes of Rippling's reference: workers in
 * {@code results} with a root-relative {@code next_link} (null on the last page), snake_case fields, the
 * department expanded to an object, {@code __meta.redacted_fields}; leave requests from the Platform API as
 * a bare list with camelCase fields and {@code role} for the worker.
 */
class RipplingSourceTest {

    private static final LocalDate FROM = LocalDate.of(2026, 11, 30);
    private static final LocalDate TO = FROM.plusDays(60);
    private static final String WORKERS = "/workers";
    private static final String LEAVE = "/platform/api/leave_requests";
    private static final String PAGE_ONE = """
            {"next_link": "/workers?limit=100&expand=department&cursor=dXNlcjpVMEc5",
             "results": [
              {"id": "w-gina", "created_at": "2022-09-01T10:00:00Z", "user_id": "u1", "work_email": "Gina@Acme.example",
               "status": "ACTIVE", "start_date": "2022-09-12", "end_date": null, "title": "People Partner",
               "department": {"id": "d1", "name": "People"}, "manager_id": "w-frank",
               "__meta": {"redacted_fields": []}},
              {"id": "w-frank-old", "work_email": "frank@acme.example", "status": "TERMINATED",
               "start_date": "2015-01-05", "end_date": "2019-02-01", "title": "Intern", "department": "d2"}
             ]}
            """;
    private static final String PAGE_TWO = """
            {"next_link": null,
             "results": [
              {"id": "w-frank", "work_email": "frank@acme.example", "status": "ACTIVE", "start_date": "2021-05-03",
               "end_date": "2026-12-15", "title": "People Operations Lead", "department": {"id": "d1", "name": "People"},
               "manager_id": null},
              {"id": "w-contractor", "work_email": null, "status": "ACTIVE", "start_date": "2024-01-01"}
             ]}
            """;
    private static final String LEAVE_REQUESTS = """
            [{"id": "lr1", "role": "w-gina", "roleName": "Gina Rossi", "status": "APPROVED", "startDate": "2026-12-21",
              "endDate": "2027-01-04", "leavePolicy": "p1", "policyDisplayName": "Vacation", "numHours": 80,
              "managedBy": "PTO", "dates": ["2026-12-21"]},
             {"id": "lr2", "role": "w-gina", "status": "APPROVED", "startDate": "2026-06-01", "endDate": "2026-06-05"}]
            """;

    @RegisterExtension
    final WireMockExtension server = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")).build();
    private final List<Duration> waits = new ArrayList<>();

    private RipplingSource source() {
        URI root = URI.create(server.baseUrl());
        return RipplingSource.create(root, root.resolve("/platform/api/"), "t0ken", Duration.ofMinutes(10),
                waits::add);
    }

    private void answers(String leave) {
        server.stubFor(get(urlPathEqualTo(WORKERS)).willReturn(aResponse().withBody(PAGE_ONE)));
        server.stubFor(get(urlPathEqualTo(WORKERS)).withQueryParam("cursor", equalTo("dXNlcjpVMEc5"))
                .willReturn(aResponse().withBody(PAGE_TWO)));
        server.stubFor(get(urlPathEqualTo(LEAVE)).willReturn(aResponse().withBody(leave)));
    }

    @Test
    void followsNextLinkKeepsEachPersonsLatestWorkerRecordAndTheirApprovedLeaveInTheWindow() {
        answers(LEAVE_REQUESTS);

        RipplingSource source = source();
        HrSnapshot hr = source.read(FROM, TO);

        assertThat(hr.records()).extracting(HrRecord::email).as("no work email, no join: left out")
                .containsExactlyInAnyOrder(Email.of("gina@acme.example"), Email.of("frank@acme.example"));
        HrRecord frank = hr.find(Email.of("frank@acme.example")).orElseThrow();
        assertThat(frank.title()).as("the rehire's current record, not the intern's").isEqualTo("People Operations Lead");
        assertThat(frank.endDate()).isEqualTo(LocalDate.of(2026, 12, 15));
        HrRecord gina = hr.find(Email.of("gina@acme.example")).orElseThrow();
        assertThat(gina.manager()).isEqualTo(Email.of("frank@acme.example"));
        assertThat(gina.department()).isEqualTo("People");
        assertThat(gina.absences()).as("June's leave is outside the window").containsExactly(
                new HrRecord.Absence(LocalDate.of(2026, 12, 21), LocalDate.of(2027, 1, 4)));
        assertThat(hr.source()).isEqualTo("rippling:" + URI.create(server.baseUrl()).getHost());
        assertThat(source.requests()).isEqualTo(3);
        server.verify(getRequestedFor(urlPathEqualTo(WORKERS)).withHeader("Authorization", equalTo("Bearer t0ken"))
                .withQueryParam("limit", equalTo("100")).withQueryParam("expand", equalTo("department")));
        server.verify(getRequestedFor(urlPathEqualTo(LEAVE)).withQueryParam("status", equalTo("APPROVED"))
                .withQueryParam("from", equalTo("2026-11-30")).withQueryParam("to", equalTo("2027-01-29")));
    }

    @Test
    void aFieldRipplingWithholdsFromTheTokenFailsTheReadInsteadOfHidingALeaver() {
        server.stubFor(get(urlPathEqualTo(WORKERS)).willReturn(aResponse().withBody("""
                {"next_link": null, "results": [{"id": "w1", "work_email": "a@acme.example", "status": "ACTIVE",
                 "__meta": {"redacted_fields": [{"name": "end_date", "reason": "Missing scope"}]}}]}
                """)));
        server.stubFor(get(urlPathEqualTo(LEAVE)).willReturn(aResponse().withBody("[]")));

        assertThatThrownBy(() -> source().read(FROM, TO)).isInstanceOf(DirectoryReadException.class)
                .hasMessageContaining("withheld end_date of worker w1").hasMessageContaining("workers.read");
    }

    @Test
    void throttlingWaitsAsAskedAndATokenIsNeverSentToAnotherHost() {
        answers("[]");
        server.stubFor(get(urlPathEqualTo(WORKERS)).inScenario("t").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "4")).willSetStateTo("ok"));
        server.stubFor(get(urlPathEqualTo(WORKERS)).inScenario("t").whenScenarioStateIs("ok")
                .willReturn(aResponse().withBody(PAGE_ONE.replace("\"/workers?", "\"https://evil.example/workers?"))));

        assertThatThrownBy(() -> source().read(FROM, TO)).isInstanceOf(DirectoryReadException.class)
                .hasMessageContaining("pointed the next page at https://evil.example");
        assertThat(waits).containsExactly(Duration.ofSeconds(4));
    }

    @Test
    void aRejectedTokenFailsAtOnceAndSaysWhatToFix() {
        server.stubFor(get(urlPathEqualTo(WORKERS)).willReturn(aResponse().withStatus(401)
                .withBody("{\"detail\": \"Invalid token.\"}")));
        assertThatThrownBy(() -> source().read(FROM, TO)).isInstanceOf(DirectoryReadException.class)
                .hasMessageContaining("Rippling rejected the API token (HTTP 401)").hasMessageNotContaining("t0ken");
        assertThat(waits).isEmpty();
    }

    @Test
    void aThousandWorkersTakeTenPagesAndTheLeaveOneWithinRipplingsPageLimit() {
        for (int page = 0; page < 10; page++) {
            StringBuilder body = new StringBuilder("{\"next_link\": ").append(page == 9 ? "null"
                    : "\"/workers?limit=100&cursor=c" + (page + 1) + "\"").append(", \"results\": [");
            for (int i = page * 100; i < page * 100 + 100; i++) {
                body.append(i % 100 == 0 ? "" : ",").append("{\"id\": \"w").append(i).append("\", \"work_email\": \"p")
                        .append(i).append("@acme.example\", \"status\": \"ACTIVE\"}");
            }
            var stub = get(urlPathEqualTo(WORKERS));
            stub = page == 0 ? stub.withQueryParam("expand", equalTo("department"))
                    : stub.withQueryParam("cursor", equalTo("c" + page));
            server.stubFor(stub.willReturn(aResponse().withBody(body.append("]}").toString())));
        }
        server.stubFor(get(urlPathEqualTo(LEAVE)).willReturn(aResponse().withBody("[]")));

        RipplingSource source = source();
        assertThat(source.read(FROM, TO).records()).hasSize(1000);
        assertThat(source.requests()).isEqualTo(11);
    }

    @Test
    void theProviderNeedsTheTokenAndSendsItOnlyOverHttps() {
        var provider = HrProviders.named("rippling");
        assertThatThrownBy(() -> provider.create(ProviderSettings.of(Map.of()))).hasMessageContaining(
                RipplingProvider.API_TOKEN);
        assertThatThrownBy(() -> provider.create(ProviderSettings.of(Map.of(RipplingProvider.API_TOKEN, "t",
                RipplingProvider.ROOT_URL, "http://rippling.example")))).hasMessageContaining("must be https");
        assertThat(provider.create(ProviderSettings.of(Map.of(RipplingProvider.API_TOKEN, "t"))).describe())
                .isEqualTo("rippling:rest.ripplingapis.com");
    }
}
