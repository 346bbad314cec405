package io.rolecall.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * What the browser tests share: a real {@code rolecall serve} process, Debian's chromium through its
 * chromedriver, the links in the notices 'rolecall notify' wrote, and the steps of a page (read its
 * message, submit its form and wait for the answer). A failing step leaves a screenshot in
 * target/browser-screenshots.
 */
final class BrowserPages {

    /** Debian's chromium and chromedriver, or those ROLECALL_CHROMIUM and ROLECALL_CHROMEDRIVER name. */
    static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("ROLECALL_CHROMIUM", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getenv().getOrDefault("ROLECALL_CHROMEDRIVER",
            "/usr/bin/chromedriver"));

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

    private BrowserPages() {
    }

    /** Quits the browser and stops 'rolecall serve', whichever of them started. */
    static void stop(WebDriver browser, Process serve) throws InterruptedException {
        if (browser != null) {
            browser.quit();
        }
        if (serve != null) {
            serve.destroy();
            serve.waitFor(10, TimeUnit.SECONDS);
        }
    }

    /** A local address nothing listens on yet, for the pages' public URL. */
    static String freeLocalUrl() throws IOException {
        try (ServerSocket free = new ServerSocket(0)) {
            return "http://127.0.0.1:" + free.getLocalPort();
        }
    }

    /** 'rolecall serve' on the state, at the URL's port, in a process of its own, once it says it serves. */
    static Process serve(String state, String url) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process serve = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                RoleCallCommand.class.getName(), "serve", "--state", state, "--port",
                url.substring(url.lastIndexOf(':') + 1), "--public-url", url).redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8));
        assertThat(out.readLine()).as("rolecall serve started").startsWith("Serving acceptance pages");
        return serve;
    }

    /** Headless chromium, with a profile of its own under {@code dir} and any further arguments. */
    static ChromeDriver chromium(Path dir, String... arguments) throws IOException {
        assertThat(CHROMIUM).as("the browser tests need Debian's chromium and chromium-driver packages "
                + "(apt-get install chromium chromium-driver; .ci/run installs them)").exists();
        assertThat(CHROMEDRIVER).as("Debian's chromium-driver package").exists();
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile()).addArguments("--headless=new",
                "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                "--disable-component-update", "--no-first-run", "--window-size=1200,1600",
                "--user-data-dir=" + Files.createTempDirectory(dir, "chromium")).addArguments(arguments);
        ChromeDriverService driver = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString())).usingAnyFreePort().build();
        ChromeDriver browser = new ChromeDriver(driver, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(20));
        return browser;
    }

    /** The signed link in the notice of {@code outbox} whose text says {@code greeting}. */
    static String link(Path outbox, String url, String greeting) throws IOException {
        Pattern link = Pattern.compile(Pattern.quote(url) + "/ack/[A-Za-z0-9_-]+");
        try (Stream<Path> files = Files.list(outbox)) {
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

    /** A screenshot of the browser when a test fails. */
    static TestWatcher screenshots(Supplier<WebDriver> browser) {
        return new TestWatcher() {
            @Override
            public void testFailed(ExtensionContext context, Throwable cause) {
                if (browser.get() instanceof ChromeDriver chrome) {
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
    }

    /** The page's status message. */
    static String message(WebDriver browser) {
        return browser.findElement(By.cssSelector("[role=status]")).getText();
    }

    /** Ticks the consent box and sends the form, then waits for the page that answers. */
    static void accept(WebDriver browser) {
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
                pause();
            }
        } catch (StaleElementReferenceException gone) {
            return;
        } catch (WebDriverException navigating) {
            // Chrome may answer a poll that lands while the old document is being replaced with this instead of
            // a stale element: the old page is gone all the same.
            String message = navigating.getMessage();
            if (message != null && message.contains("does not belong to the document")) {
                return;
            }
            throw navigating;
        }
        throw new AssertionError("the form was submitted but no new page came within 10 s");
    }

    /** A short wait between polls. */
    static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
