package io.rolecall.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every HR source gives the same people for the same data, whatever the system's own shapes. */
class HrSourcesContractTest {

    private static final LocalDate FROM = LocalDate.of(2026, 11, 30);
    private static final LocalDate TO = FROM.plusDays(60);

    @TempDir
    Path dir;

    private static List<HrRecord> sorted(HrSnapshot snapshot) {
        return snapshot.records().stream().sorted(Comparator.comparing(record -> record.email().value())).toList();
    }

    @Test
    void theExportFileAndBambooHrGiveTheSameRecordsForTheSamePeople() throws Exception {
        Path csv = dir.resolve("hr.csv");
        Files.writeString(csv, """
                email,status,startDate,endDate,title,department,manager,timeOff
                gina@acme.example,Active,2022-09-12,,People Partner,People,frank@acme.example,2026-12-21..2027-01-04
                frank@acme.example,Active,2021-05-03,2026-12-15,People Operations Lead,People,,
                """);
        HrSnapshot fromFile = HrProviders.named("file").create(ProviderSettings.of(Map.of("HR_FILE",
                csv.toString()))).read(FROM, TO);

        WireMockServer bamboo = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
        bamboo.start();
        try {
            bamboo.stubFor(post(urlPathEqualTo("/api/v1/reports/custom")).willReturn(aResponse().withBody("""
                    {"employees": [
                      {"id": "7", "workEmail": "frank@acme.example", "status": "Active", "hireDate": "2021-05-03",
                       "terminationDate": "2026-12-15", "jobTitle": "People Operations Lead", "department": "People",
                       "supervisorId": null},
                      {"id": "4", "workEmail": "gina@acme.example", "status": "Active", "hireDate": "2022-09-12",
                       "terminationDate": "0000-00-00", "jobTitle": "People Partner", "department": "People",
                       "supervisorId": "7"}]}
                    """)));
            bamboo.stubFor(get(urlPathEqualTo("/api/v1/time_off/requests")).willReturn(aResponse().withBody(
                    "[{\"id\": \"1\", \"employeeId\": \"4\", \"status\": {\"status\": \"approved\"}, "
                            + "\"start\": \"2026-12-21\", \"end\": \"2027-01-04\"}]")));
            HrSnapshot fromBamboo = HrProviders.named("bamboohr").create(ProviderSettings.of(Map.of(
                    "BAMBOOHR_COMPANY", "acme", "BAMBOOHR_API_KEY", "k", "ROLECALL_BAMBOOHR_ROOT_URL",
                    bamboo.baseUrl()))).read(FROM, TO);

            assertThat(sorted(fromBamboo)).isEqualTo(sorted(fromFile)).hasSize(2);
            assertThat(fromBamboo.digest()).as("the same data is no change to the scan").isEqualTo(fromFile.digest());
        } finally {
            bamboo.stop();
        }
    }
}
