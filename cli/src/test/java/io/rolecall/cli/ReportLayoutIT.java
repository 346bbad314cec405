package io.rolecall.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The reports as their readers see them, in Debian's headless Chromium: at 1200 px and on a 400 px
 * phone nothing is wider than the screen (wide tables scroll in their own box). Screenshots are kept
 * under target/report-screenshots for review.
 */
class ReportLayoutIT {

    private static final String ACME = "../examples/acme/";

    @TempDir
    static Path dir;
    private static ChromeDriver browser;

    @BeforeAll
    static void acmeReportsAndABrowser() throws Exception {
        String state = dir.resolve("state").toString();
        Cli.run("scan", "--directory", ACME + "history/directory-2026-08-03.json", "--roles", ACME + "roles.yaml",
                "--state", state, "--as-of", "2026-08-03");
        Cli.run("scan", "--directory", ACME + "history/directory-2026-08-03.json", "--roles", ACME + "roles.yaml",
                "--state", state, "--as-of", "2026-09-15");
        Cli.run("scan", "--directory", ACME + "directory.json", "--roles", ACME + "roles.yaml", "--state", state,
                "--as-of", "2026-11-30");
        for (String kind : List.of("weekly", "quarterly")) {
            assertThat(Cli.run("report", kind, "--state", state, "--out", dir.resolve("outbox").toString(),
                    "--as-of", "2026-11-30").exitCode()).isZero();
        }
        // The evidence pack's index.html, which the auditor opens, beside the reports it lists.
        Path pack = dir.resolve("evidence.zip");
        assertThat(Cli.run("evidence", "--state", state, "--from", "2026-07-01", "--to", "2026-11-30", "--out",
                pack.toString()).exitCode()).isZero();
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(pack.toFile())) {
            Files.write(dir.resolve("outbox/evidence-index.html"),
                    zip.getInputStream(zip.getEntry("index.html")).readAllBytes());
        }
        browser = BrowserPages.chromium(dir, "--hide-scrollbars");
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void neitherReportIsWiderThanTheScreenAt1200Or400Pixels() throws Exception {
        Path screenshots = Files.createDirectories(Path.of("target", "report-screenshots"));
        for (String report : List.of("evidence-index", "weekly-2026-W49", "quarterly-2026-Q4")) {
            for (int width : List.of(1200, 400)) {
                browser.manage().window().setSize(new Dimension(width, 1400));
                browser.get(dir.resolve("outbox/" + report + ".html").toUri().toString());
                long viewport = ((Number) ((JavascriptExecutor) browser)
                        .executeScript("return document.documentElement.clientWidth")).longValue();
                long content = ((Number) ((JavascriptExecutor) browser)
                        .executeScript("return document.documentElement.scrollWidth")).longValue();
                Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(),
                        screenshots.resolve(report + "-" + width + ".png"), StandardCopyOption.REPLACE_EXISTING);
                assertThat(content).as(report + " at " + width + " px: nothing wider than the screen")
                        .isLessThanOrEqualTo(viewport);
            }
        }
        Object images = ((JavascriptExecutor) browser).executeScript(
                "return Array.from(document.images).filter(i => i.complete && i.naturalWidth > 0).length");
        assertThat(((Number) images).intValue()).as("the quarterly's charts load beside the .html").isEqualTo(4);
    }

    /** Elements that stick out of the screen without being inside a box that scrolls sideways. */
    private static final String STICKING_OUT = """
            const width = document.documentElement.clientWidth;
            const scrolls = el => { for (let e = el.parentElement; e; e = e.parentElement) {
                if (['auto', 'scroll'].includes(getComputedStyle(e).overflowX)) return true; } return false; };
            return [...document.body.querySelectorAll('*')].filter(el => !scrolls(el)
                && el.getBoundingClientRect().right > width + 1).map(el => el.tagName + ': '
                + (el.textContent || '').trim().slice(0, 40));""";

    /** Boxes that scroll sideways although the content would fit, other than the RACI matrix's. */
    private static final String NEEDLESS_SCROLLING = """
            return [...document.querySelectorAll('.rolecall-scroll')].filter(box => !box.querySelector('.rolecall-wide')
                && box.scrollWidth > box.clientWidth + 1).map(box => box.textContent.trim().slice(0, 40));""";

    /** Each role of the RACI matrix, scrolled to: its name, and whether it is then inside its box and the screen. */
    private static final String RACI_ROLES_SCROLLED_TO = """
            const table = document.querySelector('table.rolecall-wide');
            const box = table.closest('.rolecall-scroll');
            return [...table.rows[0].cells].slice(1).map(th => {
              th.scrollIntoView({block: 'center', inline: 'center'});
              const r = th.getBoundingClientRect(), b = box.getBoundingClientRect();
              const seen = r.left >= b.left - 1 && r.right <= b.right + 1 && r.left >= -1
                  && r.right <= document.documentElement.clientWidth + 1;
              return th.childNodes[0].textContent.trim() + (seen ? '' : ' (hidden)');
            });""";

    /** Table headers a browser may break in the middle of a word. */
    private static final String HEADERS_BROKEN_MID_WORD = """
            return [...document.querySelectorAll('th')].filter(th => getComputedStyle(th).overflowWrap !== 'normal'
                || !['normal', 'keep-all'].includes(getComputedStyle(th).wordBreak)).map(th => th.textContent.trim());""";

    @Test
    void wideTablesScrollInTheirOwnBoxAndEveryRoleOfTheRaciCanBeScrolledTo() throws Exception {
        Path screenshots = Files.createDirectories(Path.of("target", "report-screenshots"));
        JavascriptExecutor page = (JavascriptExecutor) browser;
        List<String> roles = List.of("Top Management", "ISMS Manager", "Risk Owner", "Security Training Lead",
                "Incident Response Lead", "Internal Auditor", "IT and Access Administrator", "People and HR Lead",
                "Asset Owner", "Data Protection Lead");
        for (String report : List.of("weekly-2026-W49", "quarterly-2026-Q4")) {
            for (int width : List.of(1200, 400)) {
                browser.manage().window().setSize(new Dimension(width, 1400));
                browser.get(dir.resolve("outbox/" + report + ".html").toUri().toString());
                String at = report + " at " + width + " px";

                assertThat(page.executeScript("return document.querySelector('meta[name=viewport]')"
                        + "?.getAttribute('content')")).as(at + ": a viewport, so phones show it at its size")
                        .isEqualTo("width=device-width, initial-scale=1");
                assertThat((List<?>) page.executeScript(STICKING_OUT)).as(at + ": nothing sticks out").isEmpty();
                assertThat((List<?>) page.executeScript(HEADERS_BROKEN_MID_WORD)).as(at + ": headers break between "
                        + "words only").isEmpty();
                if (width == 1200) {
                    assertThat((List<?>) page.executeScript(NEEDLESS_SCROLLING)).as(at + ": nothing cut off on a "
                            + "desktop").isEmpty();
                }
                if (report.startsWith("quarterly")) {
                    @SuppressWarnings("unchecked")
                    List<Object> scrolledTo = (List<Object>) page.executeScript(RACI_ROLES_SCROLLED_TO);
                    assertThat(scrolledTo).as(at + ": every role, scrolled to").containsExactlyElementsOf(roles);
                    Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(),
                            screenshots.resolve(report + "-raci-" + width + ".png"), StandardCopyOption.REPLACE_EXISTING);
                    String visible = browser.findElement(org.openqa.selenium.By.tagName("body")).getText();
                    for (io.rolecall.core.model.FindingKind kind : io.rolecall.core.model.FindingKind.values()) {
                        assertThat(visible).as(at + ": no kind code for top management").doesNotContain(kind.name());
                    }
                    assertThat(visible).as(at + ": no finding id").doesNotContainPattern("f-[0-9a-f]{8}");
                }
            }
        }
    }

    /**
     * Computes, for each element holding text, the contrast of its colour against the background
     * behind it: its own or an ancestor's, else the canvas, here painted black as a dark-mode mail
     * client paints it behind an email that does not paint its own.
     */
    private static final String LOW_CONTRAST = """
            document.documentElement.style.background = '#000';
            const channels = c => c.match(/[\\d.]+/g).map(Number);
            const luminance = c => { const [r, g, b] = channels(c).slice(0, 3).map(v => { v /= 255;
                return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); });
                return 0.2126 * r + 0.7152 * g + 0.0722 * b; };
            const behind = el => { for (let e = el; e; e = e.parentElement) { const c = getComputedStyle(e).backgroundColor;
                const v = channels(c); if (v.length < 4 || v[3] > 0) return c; } return 'rgb(0, 0, 0)'; };
            const low = [];
            for (const el of [document.body, ...document.body.querySelectorAll('*')]) {
              if (!Array.from(el.childNodes).some(n => n.nodeType === 3 && n.textContent.trim())) continue;
              const a = luminance(getComputedStyle(el).color), b = luminance(behind(el));
              const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
              if (ratio < 4.5) low.push(el.tagName + ' ' + ratio.toFixed(2) + ': ' + el.textContent.trim().slice(0, 50));
            }
            return low;""";

    @Test
    void onTheDarkCanvasOfADarkModeMailClientEveryTextKeepsAtLeastAaContrast() throws Exception {
        Path screenshots = Files.createDirectories(Path.of("target", "report-screenshots"));
        browser.manage().window().setSize(new Dimension(1200, 1400));
        for (String report : List.of("weekly-2026-W49", "quarterly-2026-Q4")) {
            browser.get(dir.resolve("outbox/" + report + ".html").toUri().toString());

            Object low = ((JavascriptExecutor) browser).executeScript(LOW_CONTRAST);

            Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(),
                    screenshots.resolve(report + "-dark-canvas.png"), StandardCopyOption.REPLACE_EXISTING);
            assertThat((List<?>) low).as(report + ": text below 4.5:1 contrast on a dark canvas").isEmpty();
        }
    }
}
