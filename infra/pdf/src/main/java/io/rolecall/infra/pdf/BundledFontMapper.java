package io.rolecall.infra.pdf;

import io.rolecall.infra.charts.BundledFonts;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.fontbox.FontBoxFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.font.CIDFontMapping;
import org.apache.pdfbox.pdmodel.font.FontMapper;
import org.apache.pdfbox.pdmodel.font.FontMapping;
import org.apache.pdfbox.pdmodel.font.PDCIDSystemInfo;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;

/**
 * Gives PDFBox the bundled DejaVu Sans for any font it looks for on the system. openhtmltopdf sets up
 * the PDF standard fonts (Helvetica, Symbol, ZapfDingbats ...) although RoleCall's print style uses
 * DejaVu Sans alone; PDFBox's own mapper would then scan the machine's fonts (building a cache on
 * disk) and warn for each standard font the machine lacks. With this mapper the PDF is made from the
 * bundled font only, the same on a laptop, in CI and on Lambda, without a scan or a warning.
 */
final class BundledFontMapper implements FontMapper {

    private final TrueTypeFont dejaVuSans;

    BundledFontMapper() {
        try (InputStream in = BundledFonts.regular()) {
            dejaVuSans = new TTFParser().parse(new RandomAccessReadBuffer(in));
        } catch (IOException e) {
            throw new UncheckedIOException("the bundled DejaVu Sans cannot be read", e);
        }
    }

    @Override
    public FontMapping<TrueTypeFont> getTrueTypeFont(String baseFont, PDFontDescriptor descriptor) {
        return new FontMapping<>(dejaVuSans, false);
    }

    @Override
    public FontMapping<FontBoxFont> getFontBoxFont(String baseFont, PDFontDescriptor descriptor) {
        return new FontMapping<>(dejaVuSans, false);
    }

    @Override
    public CIDFontMapping getCIDFont(String baseFont, PDFontDescriptor descriptor, PDCIDSystemInfo systemInfo) {
        return new CIDFontMapping(null, dejaVuSans, false);
    }
}
