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
            .rolecall-title { page-break-after: always; padding-top: 70mm; }
            .rolecall-title h1 { font-size: 24pt; margin: 0 0 8mm; }
            .rolecall-title p { font-size: 12pt; color: #4b5563; }
            """;

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
