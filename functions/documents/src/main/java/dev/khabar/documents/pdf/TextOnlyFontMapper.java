package dev.khabar.documents.pdf;

import org.apache.fontbox.FontBoxFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.font.CIDFontMapping;
import org.apache.pdfbox.pdmodel.font.FontMapper;
import org.apache.pdfbox.pdmodel.font.FontMapping;
import org.apache.pdfbox.pdmodel.font.PDCIDSystemInfo;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Answers every request for a font the PDF does not embed with PDFBox's bundled Liberation Sans. PDFBox's default
 * mapper scans every system font on first use and writes a cache file under the home directory (read-only in Lambda),
 * which only matters for rendering glyphs; text extraction takes widths from the PDF and the standard font metrics.
 * Mappings are reported as exact, not fallbacks, so PDFBox does not log a warning per font.
 */
final class TextOnlyFontMapper implements FontMapper {
    private static final String BUNDLED = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    private final TrueTypeFont substitute;

    TextOnlyFontMapper() {
        try (InputStream in = FontMapper.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException("PDFBox jar lacks " + BUNDLED);
            }
            substitute = new TTFParser().parse(new RandomAccessReadBuffer(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public FontMapping<TrueTypeFont> getTrueTypeFont(String baseFont, PDFontDescriptor descriptor) {
        return new FontMapping<>(substitute, false);
    }

    @Override
    public FontMapping<FontBoxFont> getFontBoxFont(String baseFont, PDFontDescriptor descriptor) {
        return new FontMapping<>(substitute, false);
    }

    @Override
    public CIDFontMapping getCIDFont(String baseFont, PDFontDescriptor descriptor, PDCIDSystemInfo cidSystemInfo) {
        return new CIDFontMapping(null, substitute, false);
    }
}
