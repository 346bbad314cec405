package io.rolecall.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A holder's whole way through the acceptance page in a real browser (Debian's chromium, through its
 * chromedriver), on a real {@code rolecall serve} process: open the link, read, answer wrong, read
 * again, answer right, accept, open the link again, and a tampered link; and a form on another site
 * that posts to the page. Ada walks the whole way in one test; Bea's link is only ever looked at, or
 * posted to from elsewhere, so every test holds whatever order they run in. A failing step leaves a
 * screenshot in target/browser-screenshots.
 */
class AcknowledgementBrowserIT {

    /** Debian's chromium and chromedriver, or those ROLECALL_CHROMIUM and ROLECALL_CHROMEDRIVER name. */
    static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("ROLECALL_CHROMIUM", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getenv().getOrDefault("ROLECALL_CHROMEDRIVER",
            "/usr/bin/chromedriver"));
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

    /**
     * Selenium warns that it has no DevTools bindings for Debian's chromium version; these tests use
     * WebDriver only, so the warning says nothing to whoever reads a green build. Held here, as
     * java.util.logging keeps loggers only weakly.
     */
    private static final java.util.logging.Logger CDP_FINDER =
            java.util.logging.Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");

    static {
        CDP_FINDER.setLevel(java.util.logging.Level.SEVERE);
    }

    @TempDir
    static Path dir;

    private static Process serve;
    private static WebDriver browser;
    private static String ada;
    private static String bea;

    @RegisterExtension
    final TestWatcher screenshots = new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            if (browser instanceof ChromeDriver chrome) {
                try {
                    Path target = Path.of("target", "browser-screenshots");
                    Files.createDirectories(target);
                    Files.copy(chrome.getScreenshotAs(OutputType.FILE).toPath(),
                            target.resolve(context.getRequiredTestMethod().getName() + ".png"));
                } catch (IOException | RuntimeException e) {
                    cause.addSuppressed(e);
                }
            }
        }
    };

    @BeforeAll
    static void holdersAreNotifiedAndThePagesServed() throws Exception {
        assertThat(CHROMIUM).as("the browser tests need Debian's chromium and chromium-driver packages "
                + "(apt-get install chromium chromium-driver; .ci/run installs them)").exists();
        assertThat(CHROMEDRIVER).as("Debian's chromium-driver package").exists();
        Path roles = Files.writeString(dir.resolve("roles.yaml"), ROLES);
        Path people = Files.writeString(dir.resolve("people.json"), PEOPLE);
        String state = dir.resolve("state").toString();
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        String url = "http://127.0.0.1:" + port;
        assertThat(Cli.run("scan", "--directory", people.toString(), "--roles", roles.toString(), "--state", state)
                .exitCode()).isZero();
        assertThat(Cli.run("notify", "--state", state, "--out", dir.resolve("outbox").toString(), "--public-url", url)
                .exitCode()).isZero();
        ada = link(url, "Hello Ada Lovelace,");
        bea = link(url, "Hello Bea Backup,");

        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        serve = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), RoleCallCommand.class.getName(),
                "serve", "--state", state, "--port", String.valueOf(port), "--public-url", url)
                .redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8));
        String line = out.readLine();
        assertThat(line).as("rolecall serve started").startsWith("Serving acceptance pages");

        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile()).addArguments("--headless=new",
                "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                "--disable-component-update", "--no-first-run", "--window-size=1200,1600",
                "--user-data-dir=" + Files.createTempDirectory(dir, "chromium"));
        ChromeDriverService driver = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString())).usingAnyFreePort().build();
        browser = new ChromeDriver(driver, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(20));
    }

    private static String link(String url, String greeting) throws IOException {
        Pattern link = Pattern.compile(Pattern.quote(url) + "/ack/[A-Za-z0-9_-]+");
        try (Stream<Path> files = Files.list(dir.resolve("outbox"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).toList()) {
                String text = Files.readString(file);
                Matcher matcher = link.matcher(text);
                if (text.contains(greeting) && matcher.find()) {
                    return matcher.group();
                }
            }
        }
        throw new AssertionError("no notice says " + greeting);
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (browser != null) {
            browser.quit();
        }
        if (serve != null) {
            serve.destroy();
            serve.waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String message() {
        return browser.findElement(By.cssSelector("[role=status]")).getText();
    }

    private static void answer(int question, int option) {
        browser.findElement(By.cssSelector("input[name=q" + question + "][value='" + option + "']")).click();
    }

    private static void accept() {
        WebElement consent = browser.findElement(By.name("accept"));
        if (!consent.isSelected()) {
            consent.click();
        }
        WebElement page = browser.findElement(By.tagName("html"));
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        // The answer is a new page: wait until the old one is gone, or message() may read (or lose) it.
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        try {
            while (System.nanoTime() < deadline) {
                page.isEnabled();
                sleep();
            }
        } catch (StaleElementReferenceException gone) {
            return;
        }
        throw new AssertionError("the form was submitted but no new page came within 10 s");
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
                sleep();
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
