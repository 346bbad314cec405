package io.rolecall.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * A successor takes a leaver's role over in a real browser, on a real {@code rolecall serve}: the scan
 * proposes Gina (the first backup) because Mary leaves in ten days, the notice links Gina to the
 * handover page, looking changes nothing, she accepts, and the next scan resolves Mary's leaving finding.
 */
class HandoverBrowserIT {

    private static final LocalDate LAST_DAY = LocalDate.now().plusDays(10);
    private static final String ROLES = """
            version: 1
            organisation: Acme Ltd
            reporting: {complianceManagerRole: isms-manager, leadershipRole: top-management}
            roles:
              - {id: top-management, name: Top Management, primary: [ceo@acme.example], backupRequired: false}
              - {id: isms-manager, name: ISMS Manager, primary: [ada@acme.example], backup: [bea@acme.example]}
              - id: risk-owner
                name: Risk Owner
                duties: [Own the risk register and its treatment plans]
                primary: [mary@acme.example]
                backup: [gina@acme.example]
            """;
    private static final String PEOPLE = """
            {"people": [
              {"id": "1", "email": "ceo@acme.example", "name": "Cleo Executive", "status": "ACTIVE"},
              {"id": "2", "email": "ada@acme.example", "name": "Ada Lovelace", "status": "ACTIVE"},
              {"id": "3", "email": "bea@acme.example", "name": "Bea Backup", "status": "ACTIVE"},
              {"id": "4", "email": "mary@acme.example", "name": "Mary Jones", "status": "ACTIVE", "endDate": "%s"},
              {"id": "5", "email": "gina@acme.example", "name": "Gina Rossi", "status": "ACTIVE"}]}
            """.formatted(LAST_DAY);
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;

    private static Process serve;
    private static WebDriver browser;
    private static String gina;

    @RegisterExtension
    final TestWatcher screenshots = BrowserPages.screenshots(() -> browser);

    @BeforeAll
    static void maryIsLeavingAndGinaIsAskedToTakeOver() throws Exception {
        Files.writeString(dir.resolve("roles.yaml"), ROLES);
        Files.writeString(dir.resolve("people.json"), PEOPLE);
        String url = BrowserPages.freeLocalUrl();
        assertThat(scan().exitCode()).isZero();
        assertThat(Cli.run("notify", "--state", state(), "--out", dir.resolve("outbox").toString(), "--public-url",
                url).exitCode()).isZero();
        gina = BrowserPages.link(dir.resolve("outbox"), url, "you are the first backup of Risk Owner");
        serve = BrowserPages.serve(state(), url);
        browser = BrowserPages.chromium(dir);
    }

    private static String state() {
        return dir.resolve("state").toString();
    }

    private static Cli scan() {
        return Cli.run("scan", "--directory", dir.resolve("people.json").toString(), "--roles",
                dir.resolve("roles.yaml").toString(), "--state", state());
    }

    @AfterAll
    static void stop() throws InterruptedException {
        BrowserPages.stop(browser, serve);
    }

    private static JsonNode handover() throws Exception {
        JsonNode all = JSON.readTree(Cli.run("handover", "list", "--format", "json", "--state", state()).out())
                .get("handovers");
        assertThat(all).hasSize(1);
        return all.get(0);
    }

    private static String leavingSoon() throws Exception {
        for (JsonNode finding : JSON.readTree(Cli.run("findings", "--format", "json", "--status", "ALL", "--state",
                state()).out()).get("findings")) {
            if (finding.get("kind").asText().equals("HOLDER_LEAVING_SOON")) {
                return finding.get("status").asText();
            }
        }
        throw new AssertionError("no HOLDER_LEAVING_SOON finding");
    }

    @Test
    void theSuccessorAcceptsOnThePageAndTheNextScanResolvesTheLeaversFinding() throws Exception {
        assertThat(leavingSoon()).isEqualTo("OPEN");

        browser.get(gina);

        assertThat(browser.getTitle()).isEqualTo("Risk Owner: take over");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains(
                "Mary Jones (mary@acme.example) leaves on " + LAST_DAY, "Own the risk register and its treatment plans");
        assertThat(handover().get("status").asText()).as("looking records nothing").isEqualTo("PROPOSED");

        BrowserPages.accept(browser);

        assertThat(browser.getTitle()).isEqualTo("Taken over: Risk Owner");
        assertThat(BrowserPages.message(browser)).isEqualTo("Thank you: you accepted the duties of Risk Owner and "
                + "take it over from Mary Jones (mary@acme.example) on " + LAST_DAY + ". RoleCall keeps this as "
                + "evidence; from that day you hold it as primary.");
        JsonNode accepted = handover();
        assertThat(accepted.get("status").asText()).isEqualTo("ACCEPTED");
        assertThat(accepted.get("to").asText()).isEqualTo("gina@acme.example");
        assertThat(accepted.get("acceptedAt").asText()).startsWith(LocalDate.now().toString());

        Cli next = scan();

        assertThat(next.exitCode()).as(next.err()).isZero();
        assertThat(leavingSoon()).as("handed over: nothing left to plan for Mary's leaving").isEqualTo("RESOLVED");
        browser.get(gina);
        assertThat(BrowserPages.message(browser)).startsWith("You took Risk Owner over on " + LocalDate.now());
    }
}
