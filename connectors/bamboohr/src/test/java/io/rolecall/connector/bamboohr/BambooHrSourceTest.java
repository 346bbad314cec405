package io.rolecall.connector.bamboohr;

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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * BambooHR against a WireMock stub answering with the shapes of BambooHR's reference (a custom report's
 * {@code employees}, time off requests with a {@code status} object, ids as strings, an unset date as
 * {@code 0000-00-00}), and its faults.
 */
class BambooHrSourceTest {

    private static final LocalDate FROM = LocalDate.of(2026, 11, 30);
    private static final LocalDate TO = FROM.plusDays(60);
    private static final String REPORT = "/api/v1/reports/custom";
    private static final String TIME_OFF = "/api/v1/time_off/requests";
    private static final String EMPLOYEES = """
            {"title": "RoleCall", "fields": [{"id": "workEmail", "type": "email", "name": "Work Email"}],
             "employees": [
              {"id": "4", "workEmail": "Gina@Acme.example", "status": "Active", "hireDate": "2022-09-12",
               "terminationDate": "0000-00-00", "jobTitle": "People Partner", "department": "People",
               "supervisorId": "7"},
              {"id": "7", "workEmail": "frank@acme.example", "status": "Active", "hireDate": "2021-05-03",
               "terminationDate": "2026-12-15", "jobTitle": "People Operations Lead", "department": "People",
               "supervisorId": null},
              {"id": "9", "workEmail": null, "status": "Inactive", "hireDate": "2015-01-05",
               "terminationDate": "2019-02-01", "jobTitle": "Intern", "department": "Ops", "supervisorId": ""}
             ]}
            """;
    private static final String REQUESTS = """
            [{"id": "1342", "employeeId": "4", "status": {"lastChanged": "2026-11-02", "lastChangedByUserId": "2369",
              "status": "approved"}, "name": "Gina Rossi", "start": "2026-12-21", "end": "2027-01-04",
              "created": "2026-11-01", "type": {"id": "78", "name": "Vacation", "icon": "palm-trees"},
              "amount": {"unit": "days", "amount": "10"}, "dates": {"2026-12-21": "1"}, "notes": {}},
             {"id": "1343", "employeeId": "4", "status": {"status": "canceled"}, "start": "2027-01-10",
              "end": "2027-01-11"}]
            """;

    @RegisterExtension
    final WireMockExtension server = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")).build();
    private final List<Duration> waits = new ArrayList<>();

    private BambooHrSource source() {
        return BambooHrSource.create(URI.create(server.baseUrl()), "k3y", Duration.ofMinutes(10), waits::add);
    }

    private void answers(String employees, String requests) {
        server.stubFor(post(urlPathEqualTo(REPORT)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody(employees)));
        server.stubFor(get(urlPathEqualTo(TIME_OFF)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody(requests)));
    }

    @Test
    void readsEveryEmployeeTerminatedOnesIncludedWithTheirApprovedTimeOffInTheWindow() {
        answers(EMPLOYEES, REQUESTS);

        HrSnapshot hr = source().read(FROM, TO);

        assertThat(hr.records()).extracting(HrRecord::email).as("no work email, no join: left out")
                .containsExactly(Email.of("gina@acme.example"), Email.of("frank@acme.example"));
        HrRecord gina = hr.find(Email.of("gina@acme.example")).orElseThrow();
        assertThat(gina.endDate()).as("0000-00-00 is no date").isNull();
        assertThat(gina.manager()).as("supervisorId 7 is Frank").isEqualTo(Email.of("frank@acme.example"));
        assertThat(gina.absences()).as("the canceled request is not time off").containsExactly(
                new HrRecord.Absence(LocalDate.of(2026, 12, 21), LocalDate.of(2027, 1, 4)));
        assertThat(hr.find(Email.of("frank@acme.example")).orElseThrow().endDate()).isEqualTo(LocalDate.of(2026, 12, 15));
        assertThat(hr.source()).isEqualTo("bamboohr:" + URI.create(server.baseUrl()).getHost());

        String basic = "Basic " + Base64.getEncoder().encodeToString("k3y:x".getBytes());
        server.verify(postRequestedFor(urlPathEqualTo(REPORT)).withQueryParam("format", equalTo("JSON"))
                .withQueryParam("onlyCurrent", equalTo("false")).withHeader("Authorization", equalTo(basic))
                .withRequestBody(equalToJson("{\"title\": \"RoleCall\", \"fields\": [\"workEmail\", \"status\", "
                        + "\"hireDate\", \"terminationDate\", \"jobTitle\", \"department\", \"supervisorId\"]}")));
        server.verify(getRequestedFor(urlPathEqualTo(TIME_OFF)).withQueryParam("start", equalTo("2026-11-30"))
                .withQueryParam("end", equalTo("2027-01-29")).withQueryParam("status", equalTo("approved")));
    }

    @Test
    void throttlingIsWaitedOutAsBambooHrAsksOldAndNewAndABodyCutShortIsAskedAgain() {
        answers(EMPLOYEES, REQUESTS);
        server.stubFor(post(urlPathEqualTo(REPORT)).inScenario("faults").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503).withHeader("Retry-After", "7")).willSetStateTo("429"));
        server.stubFor(post(urlPathEqualTo(REPORT)).inScenario("faults").whenScenarioStateIs("429")
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "3")).willSetStateTo("cut"));
        server.stubFor(post(urlPathEqualTo(REPORT)).inScenario("faults").whenScenarioStateIs("cut")
                .willReturn(aResponse().withStatus(200).withBody("{\"employees\": [{\"id\": \"4\", \"workEm"))
                .willSetStateTo("500"));
        server.stubFor(post(urlPathEqualTo(REPORT)).inScenario("faults").whenScenarioStateIs("500")
                .willReturn(aResponse().withStatus(500)).willSetStateTo("fine"));
        server.stubFor(post(urlPathEqualTo(REPORT)).inScenario("faults").whenScenarioStateIs("fine")
                .willReturn(aResponse().withStatus(200).withBody(EMPLOYEES)));

        BambooHrSource source = source();
        HrSnapshot hr = source.read(FROM, TO);

        assertThat(hr.records()).hasSize(2);
        assertThat(waits).startsWith(Duration.ofSeconds(7), Duration.ofSeconds(3));
        assertThat(source.requests()).as("5 for the report, 1 for the time off").isEqualTo(6);
    }

    @Test
    void aRejectedKeyOrAForbiddenFieldFailsAtOnceAndSaysWhatToFix() {
        server.stubFor(post(urlPathEqualTo(REPORT)).willReturn(aResponse().withStatus(401)));
        assertThatThrownBy(() -> source().read(FROM, TO)).isInstanceOf(DirectoryReadException.class)
                .hasMessageContaining("BambooHR rejected the API key (HTTP 401)").hasMessageNotContaining("k3y");
        assertThat(waits).isEmpty();

        server.stubFor(post(urlPathEqualTo(REPORT)).willReturn(aResponse().withStatus(403)
                .withHeader("X-BambooHR-Error-Message", "Field terminationDate not accessible")));
        assertThatThrownBy(() -> source().read(FROM, TO)).isInstanceOf(DirectoryReadException.class)
                .hasMessageContaining("HTTP 403, Field terminationDate not accessible")
                .hasMessageContaining("must be allowed to read the fields workEmail, status");
    }

    @Test
    void aServerThatNeverRecoversFailsTheWholeReadAndADateItCannotReadIsNamed() {
        server.stubFor(post(urlPathEqualTo(REPORT)).willReturn(aResponse().withStatus(502)));
        assertThatThrownBy(() -> source().read(FROM, TO)).isInstanceOf(DirectoryReadException.class)
                .hasMessageContaining("BambooHR").hasMessageContaining("HTTP 502");

        answers(EMPLOYEES.replace("\"2026-12-15\"", "\"15/12/2026\""), REQUESTS);
        assertThatThrownBy(() -> source().read(FROM, TO)).isInstanceOf(DirectoryReadException.class)
                .hasMessageContaining("terminationDate '15/12/2026' for employee 7, which is not a date");
    }

    @Test
    void aThousandPeopleTakeTwoRequestsWhateverTheirTimeOff() {
        StringBuilder employees = new StringBuilder("{\"employees\": [");
        StringBuilder requests = new StringBuilder("[");
        for (int i = 0; i < 1000; i++) {
            employees.append(i == 0 ? "" : ",").append("{\"id\": \"").append(i).append("\", \"workEmail\": \"p")
                    .append(i).append("@acme.example\", \"status\": \"Active\", \"terminationDate\": \"0000-00-00\"}");
            requests.append(i == 0 ? "" : ",").append("{\"id\": \"r").append(i).append("\", \"employeeId\": \"")
                    .append(i).append("\", \"status\": {\"status\": \"approved\"}, \"start\": \"2026-12-0")
                    .append(1 + i % 9).append("\", \"end\": \"2026-12-10\"}");
        }
        answers(employees.append("]}").toString(), requests.append("]").toString());

        BambooHrSource source = source();
        HrSnapshot hr = source.read(FROM, TO);

        assertThat(hr.records()).hasSize(1000).allSatisfy(record -> assertThat(record.absences()).hasSize(1));
        assertThat(source.requests()).isEqualTo(2);
    }

    @Test
    void theProviderNeedsTheCompanyAndTheKeyAndSendsTheKeyOnlyOverHttps() {
        var provider = HrProviders.named("bamboohr");
        assertThatThrownBy(() -> provider.create(ProviderSettings.of(Map.of(BambooHrProvider.API_KEY, "k"))))
                .hasMessageContaining(BambooHrProvider.COMPANY);
        assertThatThrownBy(() -> provider.create(ProviderSettings.of(Map.of(BambooHrProvider.COMPANY,
                "acme.bamboohr.com", BambooHrProvider.API_KEY, "k")))).hasMessageContaining("the subdomain alone");
        assertThatThrownBy(() -> provider.create(ProviderSettings.of(Map.of(BambooHrProvider.COMPANY, "acme",
                BambooHrProvider.API_KEY, "k", BambooHrProvider.ROOT_URL, "http://bamboo.example"))))
                .hasMessageContaining("must be https");
        assertThat(provider.create(ProviderSettings.of(Map.of(BambooHrProvider.COMPANY, "acme",
                BambooHrProvider.API_KEY, "k"))).describe()).isEqualTo("bamboohr:acme.bamboohr.com");
    }
}
