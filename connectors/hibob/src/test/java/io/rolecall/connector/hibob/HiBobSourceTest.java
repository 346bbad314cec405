package io.rolecall.connector.hibob;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
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
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * HiBob against a WireMock stub answering with the shapes of Bob's reference: a people search answer
 * with nested categories, list fields as item ids beside a {@code humanReadable} copy, {@code reportsTo}
 * as an object, a value under its flat path; who's out as {@code outs}; and its silent omission of fields
 * the service user may not read.
 */
class HiBobSourceTest {

    private static final LocalDate FROM = LocalDate.of(2026, 11, 30);
    private static final LocalDate TO = FROM.plusDays(60);
    private static final String SEARCH = "/v1/people/search";
    private static final String WHOS_OUT = "/v1/timeoff/whosout";
    private static final String PEOPLE = """
            {"employees": [
              {"id": "3332883884017713938", "email": "Gina@Acme.example",
               "work": {"startDate": "2022-09-12", "title": 178712, "department": 2389127,
                        "reportsTo": {"id": "3332883884017713001", "firstName": "Frank", "surname": "Ode",
                                      "email": "frank@acme.example", "displayName": "Frank Ode"}},
               "internal": {"status": "Active", "terminationDate": null},
               "humanReadable": {"work": {"title": "People Partner", "department": "People"}}},
              {"id": "3332883884017713001", "email": "frank@acme.example",
               "work": {"startDate": "2021-05-03", "title": 178700, "department": 2389127, "reportsTo": null},
               "/internal/terminationDate": {"value": "2026-12-15"},
               "internal": {"status": "Active"},
               "humanReadable": {"work": {"title": "People Operations Lead", "department": "People"}}},
              {"id": "3332883884017713555", "email": "old@acme.example",
               "work": {"startDate": "2015-01-05", "manager": "3332883884017713001"},
               "internal": {"status": "Inactive", "terminationDate": "2019-02-01"}}
            ]}
            """;
    private static final String OUTS = """
            {"outs": [{"employeeId": "3332883884017713938", "employeeDisplayName": "Gina Rossi",
                       "employeeEmail": "gina@acme.example", "policyTypeDisplayName": "Holiday", "type": "days",
                       "startDate": "2026-12-21", "startPortion": "all_day", "endDate": "2027-01-04",
                       "endPortion": "all_day"}]}
            """;

    @RegisterExtension
    final WireMockExtension server = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")).build();
    private final List<Duration> waits = new ArrayList<>();

    private HiBobSource source() {
        return HiBobSource.create(URI.create(server.baseUrl()), "SERVICE-123", "s3cret", Duration.ofMinutes(10),
                waits::add);
    }

    private void answers(String people, String outs) {
        server.stubFor(post(urlPathEqualTo(SEARCH)).willReturn(aResponse().withBody(people)));
        server.stubFor(get(urlPathEqualTo(WHOS_OUT)).willReturn(aResponse().withBody(outs)));
    }

    @Test
    void readsEveryoneLeaversIncludedWithNamesNotListIdsAndWhoIsOut() {
        answers(PEOPLE, OUTS);

        HiBobSource source = source();
        HrSnapshot hr = source.read(FROM, TO);

        assertThat(hr.records()).hasSize(3);
        HrRecord gina = hr.find(Email.of("gina@acme.example")).orElseThrow();
        assertThat(gina.title()).as("the humanReadable name, not list item 178712").isEqualTo("People Partner");
        assertThat(gina.department()).isEqualTo("People");
        assertThat(gina.manager()).isEqualTo(Email.of("frank@acme.example"));
        assertThat(gina.absences()).containsExactly(new HrRecord.Absence(LocalDate.of(2026, 12, 21),
                LocalDate.of(2027, 1, 4)));
        assertThat(hr.find(Email.of("frank@acme.example")).orElseThrow().endDate()).as("from the flat path")
                .isEqualTo(LocalDate.of(2026, 12, 15));
        assertThat(hr.find(Email.of("old@acme.example")).orElseThrow().manager()).as("work.manager id, resolved")
                .isEqualTo(Email.of("frank@acme.example"));
        assertThat(source.requests()).isEqualTo(2);

        String basic = "Basic " + Base64.getEncoder().encodeToString("SERVICE-123:s3cret".getBytes());
        server.verify(postRequestedFor(urlPathEqualTo(SEARCH)).withHeader("Authorization", equalTo(basic))
                .withRequestBody(equalToJson("{\"fields\": [\"root.id\", \"root.email\", \"work.startDate\", "
                        + "\"work.title\", \"work.department\", \"work.reportsTo\", \"work.manager\", "
                        + "\"internal.status\", \"internal.terminationDate\"], \"showInactive\": true, "
                        + "\"humanReadable\": \"APPEND\"}")));
        server.verify(getRequestedFor(urlPathEqualTo(WHOS_OUT)).withQueryParam("from", equalTo("2026-11-30"))
                .withQueryParam("to", equalTo("2027-01-29")).withQueryParam("includeWorkingRequests", equalTo("false")));
    }

    @Test
    void fieldsBobLeftOutSilentlyFailTheReadAndNameThePermission() {
        answers(PEOPLE.replaceAll("\"terminationDate\": \"2019-02-01\"", "\"x\": 1")
                .replace("\"/internal/terminationDate\": {\"value\": \"2026-12-15\"},", ""), OUTS);
        assertThatThrownBy(() -> source().read(FROM, TO)).isInstanceOf(DirectoryReadException.class)
                .hasMessageContaining("no internal.terminationDate for anyone").hasMessageContaining("inactive employees");

        answers("{\"employees\": [{\"id\": \"1\", \"email\": \"a@acme.example\"}]}", OUTS);
        assertThatThrownBy(() -> source().read(FROM, TO)).hasMessageContaining("no internal.status for anyone");
    }

    @Test
    void throttlingWaitsUntilTheRateLimitWindowResets() {
        answers(PEOPLE, OUTS);
        long reset = Instant.now().getEpochSecond() + 30;
        server.stubFor(post(urlPathEqualTo(SEARCH)).inScenario("t").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("X-RateLimit-Limit", "50")
                        .withHeader("X-RateLimit-Remaining", "0").withHeader("X-RateLimit-Reset", String.valueOf(reset)))
                .willSetStateTo("ok"));
        server.stubFor(post(urlPathEqualTo(SEARCH)).inScenario("t").whenScenarioStateIs("ok")
                .willReturn(aResponse().withBody(PEOPLE)));

        assertThat(source().read(FROM, TO).records()).hasSize(3);
        assertThat(waits).hasSize(1).allSatisfy(wait -> assertThat(wait).isBetween(Duration.ofSeconds(25),
                Duration.ofSeconds(30)));
    }

    @Test
    void aRejectedServiceUserOrAMissingPermissionFailsAtOnce() {
        server.stubFor(post(urlPathEqualTo(SEARCH)).willReturn(aResponse().withStatus(401)));
        assertThatThrownBy(() -> source().read(FROM, TO)).hasMessageContaining("HiBob rejected the service user")
                .hasMessageNotContaining("s3cret");
        server.stubFor(post(urlPathEqualTo(SEARCH)).willReturn(aResponse().withStatus(403)
                .withBody("{\"error\": \"Forbidden\"}")));
        assertThatThrownBy(() -> source().read(FROM, TO)).hasMessageContaining("HTTP 403")
                .hasMessageContaining("inactive employees included");
        assertThat(waits).isEmpty();
    }

    @Test
    void aThousandPeopleTakeOneSearchAndOneWhosOutWellWithinFiftyAMinute() {
        StringBuilder people = new StringBuilder("{\"employees\": [");
        for (int i = 0; i < 1000; i++) {
            people.append(i == 0 ? "" : ",").append("{\"id\": \"").append(i).append("\", \"email\": \"p").append(i)
                    .append("@acme.example\", \"internal\": {\"status\": \"Active\"}}");
        }
        answers(people.append("]}").toString(), "{\"outs\": []}");

        HiBobSource source = source();
        assertThat(source.read(FROM, TO).records()).hasSize(1000);
        assertThat(source.requests()).isEqualTo(2);
    }

    @Test
    void theProviderNeedsBothCredentials() {
        var provider = HrProviders.named("hibob");
        assertThatThrownBy(() -> provider.create(ProviderSettings.of(Map.of(HiBobProvider.SERVICE_USER_TOKEN, "t"))))
                .hasMessageContaining(HiBobProvider.SERVICE_USER_ID);
        assertThat(provider.create(ProviderSettings.of(Map.of(HiBobProvider.SERVICE_USER_ID, "i",
                HiBobProvider.SERVICE_USER_TOKEN, "t"))).describe()).isEqualTo("hibob:api.hibob.com");
    }
}
