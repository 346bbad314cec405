package io.rolecall.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * A holder's whole way through the acceptance page in a real browser (Debian's chromium, through its
 * chromedriver), on a real {@code rolecall serve} process: open the link, read, answer wrong, read
 * again, answer right, accept, open the link again, and a tampered link; and a form on another site
 * that posts to the page. Ada walks the whole way in one test; Bea's link is only ever looked at, or
 * posted to from elsewhere, so every test holds whatever order they run in.
 */
class AcknowledgementBrowserIT {

    private static final String ROLES = """
            version: 1
            organisation: Acme <Ltd>
            reporting: {complianceManagerRole: isms-manager, leadershipRole: top-management}
            roles:
              - {id: top-management, name: Top Management, primary: [ceo@acme.example], backupRequired: false}
              - id: isms-manager
                name: ISMS Manager
                description: Keeps the ISMS conformant and reports on it
                duties: [Report ISMS performance quarterly]
                authorities: [Stop a release that has an open critical vulnerability]
                reportsTo: top-management
                primary: [ada@acme.example]
                backup: [bea@acme.example]
                questions:
                  - question: How often do you report ISMS performance?
                    options: [Every quarter, Once a year]
                    answer: Every quarter
                  - question: Who accepts risks above the appetite?
                    options: [The ISMS manager, Top management, The engineer who found it]
                    answer: Top management
            """;
    private static final String PEOPLE = """
            {"people": [
              {"id": "1", "email": "ceo@acme.example", "name": "Cleo Executive", "status": "ACTIVE"},
              {"id": "2", "email": "ada@acme.example", "name": "Ada Lovelace", "status": "ACTIVE"},
              {"id": "3", "email": "bea@acme.example", "name": "Bea Backup", "status": "ACTIVE"}]}
            """;

    @TempDir
    static Path dir;

    private static Process serve;
    private static WebDriver browser;
    private static String ada;
    private static String bea;

    @RegisterExtension
    final TestWatcher screenshots = BrowserPages.screenshots(() -> browser);

    @BeforeAll
    static void holdersAreNotifiedAndThePagesServed() throws Exception {
        Path roles = Files.writeString(dir.resolve("roles.yaml"), ROLES);
        Path people = Files.writeString(dir.resolve("people.json"), PEOPLE);
        String state = dir.resolve("state").toString();
        String url = BrowserPages.freeLocalUrl();
        assertThat(Cli.run("scan", "--directory", people.toString(), "--roles", roles.toString(), "--state", state)
                .exitCode()).isZero();
        assertThat(Cli.run("notify", "--state", state, "--out", dir.resolve("outbox").toString(), "--public-url", url)
                .exitCode()).isZero();
        ada = BrowserPages.link(dir.resolve("outbox"), url, "Hello Ada Lovelace,");
        bea = BrowserPages.link(dir.resolve("outbox"), url, "Hello Bea Backup,");
        serve = BrowserPages.serve(state, url);
        browser = BrowserPages.chromium(dir);
    }

    @AfterAll
    static void stop() throws InterruptedException {
        BrowserPages.stop(browser, serve);
    }

    private static String message() {
        return BrowserPages.message(browser);
    }

    private static void answer(int question, int option) {
        browser.findElement(By.cssSelector("input[name=q" + question + "][value='" + option + "']")).click();
    }

    private static void accept() {
        BrowserPages.accept(browser);
    }

    /** Whether the person accepted their current duties, by 'rolecall acknowledgements'. */
    private static boolean accepted(String person) {
        Cli list = Cli.run("acknowledgements", "--state", dir.resolve("state").toString(), "--format", "json");
        try {
            for (com.fasterxml.jackson.databind.JsonNode holder : new com.fasterxml.jackson.databind.ObjectMapper()
                    .readTree(list.out()).get("holders")) {
                if (holder.get("person").asText().equals(person)) {
                    return holder.get("status").asText().equals("ACCEPTED");
                }
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        throw new AssertionError(person + " holds no role: " + list.out());
    }

    @Test
    void theLinkShowsTheDutiesAndAFormWithItsQuestions() {
        browser.get(bea);

        assertThat(browser.getTitle()).isEqualTo("ISMS Manager: your duties");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("ISMS Manager");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Acme <Ltd>: your information security",
                "Report ISMS performance quarterly", "Stop a release that has an open critical vulnerability",
                "How often do you report ISMS performance?", "I understand and accept these duties.",
                // What the notice says too: whom the role reports to, by name, and whom a backup backs up.
                "Top Management, held by Cleo Executive (ceo@acme.example)",
                "You back up Ada Lovelace (ada@acme.example).");
        assertThat(browser.findElements(By.cssSelector("input[type=radio]"))).hasSize(5);
        List<String> order = optionTexts(1);
        browser.navigate().refresh();
        assertThat(optionTexts(1)).as("the link shows its options in the same order each time").isEqualTo(order);
    }

    private static List<String> optionTexts(int question) {
        return browser.findElements(By.cssSelector("input[name=q" + question + "]")).stream()
                .map(input -> input.findElement(By.xpath("..")).getText()).toList();
    }

    @Test
    void aFormOnAnotherSiteThatPostsToThePageRecordsNothing() throws IOException {
        HttpServer attacker = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        byte[] page = ("<!DOCTYPE html><html><body><form id=f method=post action='" + bea + "'>"
                + "<input name=q0 value=0><input name=q1 value=0><input name=accept value=yes></form>"
                + "<script>document.getElementById('f').submit()</script></body></html>")
                .getBytes(StandardCharsets.UTF_8);
        attacker.createContext("/", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "text/html");
            exchange.sendResponseHeaders(200, page.length);
            exchange.getResponseBody().write(page);
            exchange.close();
        });
        attacker.start();
        try {
            browser.get("http://127.0.0.1:" + attacker.getAddress().getPort() + "/");
            for (int waited = 0; !browser.getCurrentUrl().contains("/ack/"); waited += 50) {
                assertThat(waited).as("the other site's form was posted").isLessThan(10_000);
                BrowserPages.pause();
            }

            assertThat(message()).isEqualTo("This form can only be sent from its own page. Open the link from your "
                    + "notice email and accept there.");
            assertThat(accepted("bea@acme.example")).isFalse();
        } finally {
            attacker.stop(0);
        }
    }

    @Test
    void aWrongAnswerNamesTheQuestionThenRightAnswersAcceptAndTheLinkLaterShowsTheAcceptance() {
        browser.get(ada);
        answer(0, 1);
        answer(1, 1);
        accept();

        assertThat(message()).isEqualTo("Not accepted yet: your answer to question 1 was not right. Read the duties "
                + "again, then answer it again.").doesNotContain("Every quarter");
        assertThat(accepted("ada@acme.example")).isFalse();
        // The right answer and the tick stay; the wrong question is marked, to be answered again.
        assertThat(browser.findElement(By.cssSelector("input[name=q1][value='1']")).isSelected()).isTrue();
        assertThat(browser.findElement(By.name("accept")).isSelected()).isTrue();
        WebElement wrong = browser.findElements(By.tagName("fieldset")).get(0);
        assertThat(wrong.getAttribute("class")).isEqualTo("wrong");
        assertThat(wrong.getText()).contains("Not right: read the duties above again");
        assertThat(browser.findElements(By.cssSelector("input[name=q0]"))).noneMatch(WebElement::isSelected);

        answer(0, 0);
        accept();

        assertThat(message()).startsWith("Thank you: you accepted the duties of ISMS Manager on ");
        assertThat(browser.findElements(By.tagName("form"))).isEmpty();
        assertThat(accepted("ada@acme.example")).isTrue();

        browser.get(ada);

        assertThat(message()).startsWith("You accepted these duties on ").endsWith("Nothing more to do.");
        assertThat(browser.findElements(By.tagName("form"))).isEmpty();
        assertThat(accepted("ada@acme.example")).isTrue();
    }

    @Test
    void aTamperedLinkSaysItIsNotValid() {
        String token = ada.substring(ada.lastIndexOf('/') + 1);
        int middle = token.length() / 2;
        String tampered = ada.substring(0, ada.lastIndexOf('/') + 1) + token.substring(0, middle)
                + (token.charAt(middle) == 'A' ? 'B' : 'A') + token.substring(middle + 1);

        browser.get(tampered);

        assertThat(browser.getTitle()).isEqualTo("Link not valid");
        assertThat(message()).startsWith("This link is not valid.");
        assertThat(List.of(browser.getPageSource())).noneMatch(source -> source.contains("ISMS Manager"));
    }
}
