package io.rolecall.infra.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.rolecall.core.report.TrendChart;
import io.rolecall.infra.charts.JFreeChartPainter;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The board pack read back with PDFBox: a title page, numbered pages, the text, the charts, the font. */
class OpenHtmlPdfPrinterTest {

    private static final String HTML = """
            <!DOCTYPE html><html><head><meta charset="utf-8"><title>x</title></head><body>
            <h1>ISMS roles posture report: Acme &amp; Co</h1>
            <p><strong>RED</strong>: 1 critical gap open &#9650; up 1 since last quarter, worse<br>no closing tags here
            <p><img src="cid:chart-coverage-2026-Q4.png" alt="coverage"></p>
            <h2>Appendix</h2><p>&lt;img src=x onerror=alert(1)&gt;</p>
            </body></html>""";

    @Test
    void theBoardPackHasATitlePageNumberedPagesTheTextAndTheChartInTheBundledFont() throws Exception {
        byte[] chart = new JFreeChartPainter().png(new TrendChart("chart-coverage-2026-Q4.png", "Coverage", "%",
                List.of("Q3 2026", "Q4 2026"), List.of(new TrendChart.Series("Role coverage", List.of(100.0, 90.0))),
                "alt"));

        byte[] pdf = new OpenHtmlPdfPrinter().pdf(HTML, "ISMS roles posture report: Acme & Co",
                "Q4 2026, as of 2026-11-30.", Map.of("chart-coverage-2026-Q4.png", chart));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(2);
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            assertThat(stripper.getText(document).replaceAll("\\s+", " ")).contains(
                    "ISMS roles posture report: Acme & Co", "Q4 2026, as of 2026-11-30.").doesNotContain("Page 1");
            stripper.setStartPage(2);
            stripper.setEndPage(document.getNumberOfPages());
            String rest = stripper.getText(document).replaceAll("\\s+", " ");
            assertThat(rest).contains("RED: 1 critical gap open", "up 1 since last quarter", "Appendix",
                    "<img src=x onerror=alert(1)>", "Page 2 of " + document.getNumberOfPages());
            int images = 0;
            boolean dejaVu = false;
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getXObjectNames()) {
                    if (page.getResources().getXObject(name) instanceof PDImageXObject image) {
                        images++;
                        assertThat(image.getWidth()).isEqualTo(1200);
                    }
                }
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    dejaVu |= font.getName().contains("DejaVuSans");
                }
            }
            assertThat(images).as("the chart, from its cid").isEqualTo(1);
            assertThat(dejaVu).as("the bundled font is embedded").isTrue();
        }
    }
}
