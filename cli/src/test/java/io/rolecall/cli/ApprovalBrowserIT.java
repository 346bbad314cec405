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
 * A board member approves the security policy in a real browser, on a real {@code rolecall serve}: the
 * notice links her to the approval page, looking records nothing, "Approve version 3.2" records her
 * approval of that version, and {@code rolecall approvals} then counts it toward the board's quorum.
 */
class ApprovalBrowserIT {

    private static final String ROLES = """
            version: 1
            organisation: Acme Ltd
            reporting: {complianceManagerRole: isms-manager, leadershipRole: board}
            roles:
              - {id: board, name: Management board, primary: [ceo@acme.example, cfo@acme.example], backupRequired: false, acknowledgement: {required: false}}
              - {id: isms-manager, name: ISMS Manager, primary: [ada@acme.example], backupRequired: false, acknowledgement: {required: false}}
            approvals:
              - {id: security-policy, title: Information security policy, version: '3.2', url: https://intranet.acme.example/policy, approvers: board, quorum: all}
            """;
    private static final String PEOPLE = """
            {"people": [
              {"id": "1", "email": "ceo@acme.example", "name": "Cleo Executive", "status": "ACTIVE"},
              {"id": "2", "email": "cfo@acme.example", "name": "Finn Ance", "status": "ACTIVE"},
              {"id": "3", "email": "ada@acme.example", "name": "Ada Lovelace", "status": "ACTIVE"}]}
            """;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;

    private static Process serve;
    private static WebDriver browser;
    private static String cleo;

    @RegisterExtension
    final TestWatcher screenshots = BrowserPages.screenshots(() -> browser);

    @BeforeAll
    static void theBoardIsAskedToApproveThePolicy() throws Exception {
        Files.writeString(dir.resolve("roles.yaml"), ROLES);
        Files.writeString(dir.resolve("people.json"), PEOPLE);
        String url = BrowserPages.freeLocalUrl();
        assertThat(Cli.run("scan", "--directory", dir.resolve("people.json").toString(), "--roles",
                dir.resolve("roles.yaml").toString(), "--state", state()).exitCode()).isZero();
        assertThat(Cli.run("notify", "--state", state(), "--out", dir.resolve("outbox").toString(), "--public-url",
                url).exitCode()).isZero();
        cleo = BrowserPages.link(dir.resolve("outbox"), url, "Hello Cleo Executive");
        serve = BrowserPages.serve(state(), url);
        browser = BrowserPages.chromium(dir);
    }

    private static String state() {
        return dir.resolve("state").toString();
    }

    @AfterAll
    static void stop() throws InterruptedException {
        BrowserPages.stop(browser, serve);
    }

    private static JsonNode policy() throws Exception {
        Cli approvals = Cli.run("approvals", "--format", "json", "--state", state());
        assertThat(approvals.exitCode()).as(approvals.err()).isZero();
        return JSON.readTree(approvals.out()).get("approvals").get(0);
    }

    @Test
    void aBoardMemberApprovesTheVersionSheReadAndTheQuorumCountsHer() throws Exception {
        browser.get(cleo);

        assertThat(browser.getTitle()).isEqualTo("Information security policy: to approve");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("a document to approve",
                "Version 3.2.", "Approved by Management board (every member must approve).",
                "I have read version 3.2 of this document and approve it.");
        assertThat(browser.findElement(By.linkText("Read Information security policy")).getAttribute("href"))
                .isEqualTo("https://intranet.acme.example/policy");
        assertThat(browser.findElement(By.cssSelector("button[type=submit]")).getText())
                .isEqualTo("Approve version 3.2");
        assertThat(policy().get("approvedBy")).as("looking records nothing").isEmpty();

        BrowserPages.accept(browser);

        assertThat(browser.getTitle()).isEqualTo("Approved: Information security policy");
        assertThat(BrowserPages.message(browser)).isEqualTo("Thank you: you approved Information security policy on "
                + LocalDate.now(java.time.ZoneOffset.UTC) + ". RoleCall keeps this as evidence; nothing more to do.");
        JsonNode policy = policy();
        assertThat(policy.get("approvedBy")).singleElement().satisfies(by -> {
            assertThat(by.get("email").asText()).isEqualTo("ceo@acme.example");
            assertThat(by.get("on").asText()).isEqualTo(LocalDate.now(java.time.ZoneOffset.UTC).toString());
        });
        assertThat(policy.get("missing")).extracting(JsonNode::asText).containsExactly("cfo@acme.example");
        assertThat(policy.get("status").asText()).as("quorum all: Finn is still to approve").isEqualTo("PENDING");

        browser.get(cleo);
        assertThat(BrowserPages.message(browser)).startsWith("You approved this version on "
                + LocalDate.now(java.time.ZoneOffset.UTC));
    }
}
