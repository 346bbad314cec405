package io.rolecall.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import io.rolecall.connector.support.HrProviders;
import io.rolecall.connector.support.ProviderSettings;
import io.rolecall.core.model.HrRecord;
import io.rolecall.core.model.HrSnapshot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every HR source gives the same people for the same data, whatever the system's own shapes: the export
 * file and the four HR systems, each found by name through the plug-in seam and answered by a stub in its
 * vendor's shape. Only the employment status stays each system's own word ("Active", "ACTIVE").
 */
class HrSourcesContractTest {

    private static final LocalDate FROM = LocalDate.of(2026, 11, 30);
    private static final LocalDate TO = FROM.plusDays(60);

    @TempDir
    Path dir;

    private WireMockServer stub;

    @BeforeEach
    void start() {
        stub = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
        stub.start();
    }

    @AfterEach
    void stop() {
        stub.stop();
    }

    private static List<HrRecord> sorted(HrSnapshot snapshot) {
        return snapshot.records().stream().sorted(Comparator.comparing(record -> record.email().value()))
                .map(record -> new HrRecord(record.email(), null, record.startDate(), record.endDate(), record.title(),
                        record.department(), record.manager(), record.absences())).toList();
    }

    private HrSnapshot read(String name, Map<String, String> settings) {
        return HrProviders.named(name).create(ProviderSettings.of(settings)).read(FROM, TO);
    }

    @Test
    void theExportFileAndEveryHrSystemGiveTheSameRecordsForTheSamePeople() throws Exception {
        Path csv = dir.resolve("hr.csv");
        Files.writeString(csv, """
                email,status,startDate,endDate,title,department,manager,timeOff
                gina@acme.example,Active,2022-09-12,,People Partner,People,frank@acme.example,2026-12-21..2027-01-04
                frank@acme.example,Active,2021-05-03,2026-12-15,People Operations Lead,People,,
                """);
        List<HrRecord> expected = sorted(read("file", Map.of("HR_FILE", csv.toString())));
        assertThat(expected).hasSize(2);
        stubBambooHr();
        stubRippling();
        stubHiBob();
        stubPersonio();
        String root = stub.baseUrl();

        assertThat(sorted(read("bamboohr", Map.of("BAMBOOHR_COMPANY", "acme", "BAMBOOHR_API_KEY", "k",
                "ROLECALL_BAMBOOHR_ROOT_URL", root)))).as("bamboohr").isEqualTo(expected);
        assertThat(sorted(read("rippling", Map.of("RIPPLING_API_TOKEN", "t", "ROLECALL_RIPPLING_ROOT_URL", root))))
                .as("rippling").isEqualTo(expected);
        assertThat(sorted(read("hibob", Map.of("HIBOB_SERVICE_USER_ID", "i", "HIBOB_SERVICE_USER_TOKEN", "t",
                "ROLECALL_HIBOB_ROOT_URL", root)))).as("hibob").isEqualTo(expected);
        assertThat(sorted(read("personio", Map.of("PERSONIO_CLIENT_ID", "c", "PERSONIO_CLIENT_SECRET", "s",
                "ROLECALL_PERSONIO_ROOT_URL", root)))).as("personio").isEqualTo(expected);
    }

    private void answer(MappingBuilder request, String body) {
        stub.stubFor(request.willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(body)));
    }

    private void stubBambooHr() {
        answer(post(urlPathEqualTo("/api/v1/reports/custom")), """
                {"employees": [
                  {"id": "7", "workEmail": "frank@acme.example", "status": "Active", "hireDate": "2021-05-03",
                   "terminationDate": "2026-12-15", "jobTitle": "People Operations Lead", "department": "People",
                   "supervisorId": null},
                  {"id": "4", "workEmail": "gina@acme.example", "status": "Active", "hireDate": "2022-09-12",
                   "terminationDate": "0000-00-00", "jobTitle": "People Partner", "department": "People",
                   "supervisorId": "7"}]}
                """);
        answer(get(urlPathEqualTo("/api/v1/time_off/requests")), "[{\"id\": \"1\", \"employeeId\": \"4\", "
                + "\"status\": {\"status\": \"approved\"}, \"start\": \"2026-12-21\", \"end\": \"2027-01-04\"}]");
    }

    private void stubRippling() {
        answer(get(urlPathEqualTo("/workers")), """
                {"next_link": null, "results": [
                  {"id": "wf", "work_email": "frank@acme.example", "status": "ACTIVE", "start_date": "2021-05-03",
                   "end_date": "2026-12-15", "title": "People Operations Lead", "department": {"name": "People"}},
                  {"id": "wg", "work_email": "gina@acme.example", "status": "ACTIVE", "start_date": "2022-09-12",
                   "end_date": null, "title": "People Partner", "department": {"name": "People"}, "manager_id": "wf"}]}
                """);
        answer(get(urlPathEqualTo("/platform/api/leave_requests")), "[{\"id\": \"l\", \"role\": \"wg\", \"status\": "
                + "\"APPROVED\", \"startDate\": \"2026-12-21\", \"endDate\": \"2027-01-04\"}]");
    }

    private void stubHiBob() {
        answer(post(urlPathEqualTo("/v1/people/search")), """
                {"employees": [
                  {"id": "2", "email": "frank@acme.example", "work": {"startDate": "2021-05-03", "title": 1,
                   "department": 9}, "internal": {"status": "Active", "terminationDate": "2026-12-15"},
                   "humanReadable": {"work": {"title": "People Operations Lead", "department": "People"}}},
                  {"id": "1", "email": "gina@acme.example", "work": {"startDate": "2022-09-12", "title": 2,
                   "department": 9, "reportsTo": {"id": "2", "email": "frank@acme.example"}},
                   "internal": {"status": "Active", "terminationDate": null},
                   "humanReadable": {"work": {"title": "People Partner", "department": "People"}}}]}
                """);
        answer(get(urlPathEqualTo("/v1/timeoff/whosout")), "{\"outs\": [{\"employeeId\": \"1\", \"startDate\": "
                + "\"2026-12-21\", \"endDate\": \"2027-01-04\"}]}");
    }

    private void stubPersonio() {
        answer(post(urlPathEqualTo("/v2/auth/token")), "{\"access_token\": \"x\", \"expires_in\": 86400}");
        answer(get(urlPathEqualTo("/v2/persons")), "{\"_data\": [{\"id\": \"p2\", \"email\": \"frank@acme.example\"},"
                + " {\"id\": \"p1\", \"email\": \"gina@acme.example\"}], \"_meta\": {\"links\": {}}}");
        answer(get(urlPathEqualTo("/v2/persons/p2/employments")), """
                {"_data": [{"status": "ACTIVE", "start_date": "2021-05-03", "position": {"title": "People Operations Lead"},
                  "org_units": [{"type": "DEPARTMENT", "name": "People"}], "termination": {"termination_date": "2026-12-15"}}]}
                """);
        answer(get(urlPathEqualTo("/v2/persons/p1/employments")), """
                {"_data": [{"status": "ACTIVE", "start_date": "2022-09-12", "position": {"title": "People Partner"},
                  "org_units": [{"type": "DEPARTMENT", "name": "People"}], "supervisor": {"id": "p2"}}]}
                """);
        answer(get(urlPathEqualTo("/v2/absence-periods")), "{\"_data\": [{\"person\": {\"id\": \"p1\"}, "
                + "\"starts_from\": {\"date_time\": \"2026-12-21T00:00:00\"}, \"ends_at\": {\"date_time\": "
                + "\"2027-01-04T00:00:00\"}, \"approval\": {\"status\": \"APPROVED\"}}]}");
    }
}
