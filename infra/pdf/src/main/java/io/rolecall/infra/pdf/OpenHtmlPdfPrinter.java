package io.rolecall.infra.pdf;

import com.openhtmltopdf.extend.FSStream;
import com.openhtmltopdf.extend.FSStreamFactory;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import io.rolecall.core.report.PdfPrinter;
import io.rolecall.infra.charts.BundledFonts;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.font.FontMappers;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Prints the quarterly report as the board pack: the email's HTML, read leniently by jsoup (emails are
 * not XHTML), laid out on A4 by openhtmltopdf with a title page, page numbers and the charts, all in
 * the DejaVu Sans RoleCall bundles, so the PDF is the same on a laptop and on Lambda.
 */
public final class OpenHtmlPdfPrinter implements PdfPrinter {

    /** Print layout over the email's inline styles: A4, page numbers, the bundled font everywhere. */
    private static final String PRINT_CSS = """
            @page { size: A4; margin: 18mm 16mm 20mm 16mm;
              @bottom-center { content: "Page " counter(page) " of " counter(pages); font-family: 'DejaVu Sans';
                font-size: 8pt; color: #6b7280; } }
            @page :first { @bottom-center { content: none; } }
            * { font-family: 'DejaVu Sans' !important; }
            body { max-width: none !important; padding: 0 !important; font-size: 10pt; }
            table { font-size: 8.5pt; }
            img { max-width: 100%; }
            p, li, tr, img { page-break-inside: avoid; }
            h2 { -fs-page-break-min-height: 45mm; }
            .rolecall-chart { padding: 0 0 9mm; page-break-inside: avoid; }
            .rolecall-screen-only { display: none; }
            .rolecall-scroll { overflow: visible !important; }
            .rolecall-columns { font-size: 8pt; color: #4b5563; margin: 4mm 0 1mm; }
            .rolecall-title { page-break-after: always; padding-top: 55mm; }
            .rolecall-title h1 { font-size: 24pt; margin: 0 0 8mm; }
            .rolecall-title p { font-size: 12pt; color: #4b5563; }
            .rolecall-title .rolecall-cover { margin-top: 14mm !important; font-size: 11pt; }
            """;

    /** Roles a page's width holds side by side, beside the responsibility column. */
    static final int COLUMNS_PER_TABLE = 4;

    public OpenHtmlPdfPrinter() {
        // openhtmltopdf logs every stylesheet it parses through java.util.logging; RoleCall's own logs say
        // what matters.
        XRLog.setLoggingEnabled(false);
    }

    static {
        // Once per JVM, before PDFBox first looks for a font: the bundled font only, no scan of the system's.
        FontMappers.set(new BundledFontMapper());
    }

    @Override
    public byte[] pdf(String html, String title, String subtitle, Map<String, byte[]> images) {
        Document document = Jsoup.parse(html);
        document.head().appendElement("style").text(PRINT_CSS);
        Element page = document.body().prependElement("div").addClass("rolecall-title");
        page.appendElement("h1").text(title);
        page.appendElement("p").text(subtitle);
        // The cover says the verdict, as the report's first screen does.
        for (Element cover : document.select(".rolecall-cover")) {
            page.appendChild(cover.clone());
        }
        document.select("table.rolecall-wide").forEach(OpenHtmlPdfPrinter::splitColumns);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(BundledFonts::regular, BundledFonts.FAMILY, 400, BaseRendererBuilder.FontStyle.NORMAL,
                    true);
            builder.useFont(BundledFonts::bold, BundledFonts.FAMILY, 700, BaseRendererBuilder.FontStyle.NORMAL, true);
            builder.useProtocolsStreamImplementation(new InlineImages(images), "cid");
            builder.withW3cDocument(new W3CDom().fromJsoup(document), "cid:/");
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot print the report as PDF", e);
        }
        return out.toByteArray();
    }

    /**
     * A table wider than a page (the RACI matrix: a column per role) as several tables one below the
     * other, each repeating the first column and holding a group of the others, balanced, so that
     * every column and every cell is printed: cut at the page's edge, they would simply be lost.
     */
    static void splitColumns(Element table) {
        List<Element> rows = table.select("tr");
        if (rows.isEmpty()) {
            return;
        }
        int others = rows.get(0).children().size() - 1;
        if (others <= COLUMNS_PER_TABLE) {
            return;
        }
        int groups = (others + COLUMNS_PER_TABLE - 1) / COLUMNS_PER_TABLE;
        int size = (others + groups - 1) / groups;
        Element after = table;
        for (int group = 0; group < groups; group++) {
            int from = group * size;
            int to = Math.min(others, from + size);
            Element part = table.clone();
            for (Element row : part.select("tr")) {
                List<Element> cells = new ArrayList<>(row.children());
                for (int column = cells.size() - 1; column >= 1; column--) {
                    if (column - 1 < from || column - 1 >= to) {
                        cells.get(column).remove();
                    }
                }
            }
            Element note = new Element("p").addClass("rolecall-columns")
                    .text("Columns " + (from + 1) + " to " + to + " of " + others);
            after.after(note);
            note.after(part);
            after = part;
        }
        table.remove();
    }

    /** Serves {@code cid:NAME} from the email's inline images, and nothing from anywhere else. */
    private record InlineImages(Map<String, byte[]> images) implements FSStreamFactory {
        @Override
        public FSStream getUrl(String url) {
            byte[] bytes = images.get(url.startsWith("cid:") ? url.substring(4).replaceFirst("^/+", "") : url);
            return new FSStream() {
                @Override
                public InputStream getStream() {
                    return bytes == null ? null : new ByteArrayInputStream(bytes);
                }

                @Override
                public Reader getReader() {
                    return null;
                }
            };
        }
    }
}
