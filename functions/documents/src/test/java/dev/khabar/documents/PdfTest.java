package dev.khabar.documents;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PdfTest {
    private final DocumentDecoder decoder = new DocumentDecoder();

    @Test
    void textTitleAndCreationDateFromTheInfoDictionary() throws Exception {
        byte[] pdf = Samples.pdf("Cedar Ventures backs Harbor Robotics", Samples.calendar(2025, 3, 4, 1, "Asia/Riyadh"),
                "Harbor Robotics raised $45 million from Cedar Ventures.", "The round closed on Monday.");
        DecodedDocument doc = decoder.decode(pdf, "report.pdf", DocumentHints.NONE);
        assertEquals(DocumentFormat.PDF, doc.format());
        assertEquals("Harbor Robotics raised $45 million from Cedar Ventures.\nThe round closed on Monday.", doc.text());
        assertEquals("Cedar Ventures backs Harbor Robotics", doc.title());
        // 01:00 in Riyadh is still the 3rd in UTC: the author's own calendar date is kept
        assertEquals(LocalDate.of(2025, 3, 4), doc.published());
    }

    /**
     * Arabic as PDF producers lay it out: glyphs placed right to left on the page, in base letters or in shaped
     * presentation forms (U+FE80…). Both files were made with PDFBox and a subset of DejaVu Sans embedded.
     */
    @ParameterizedTest
    @ValueSource(strings = {"arabic-right-to-left.pdf", "arabic-presentation-forms.pdf"})
    void arabicComesOutInReadingOrderAndBaseLetters(String file) throws Exception {
        DecodedDocument doc = decoder.decode(Samples.resource(file), file, DocumentHints.NONE);
        assertEquals("أعلنت شركة النخيل للتقنية عن استحواذها على شركة رمال\nمقابل 120 مليون دولار.", doc.text());
        assertEquals("صفقة النخيل", doc.title());
    }

    @Test
    void withoutInfoDictionaryEntriesTitleAndDateAreNull() throws Exception {
        DecodedDocument doc = decoder.decode(Samples.pdf(null, null, "Only text here."), "x.pdf", DocumentHints.NONE);
        assertEquals("Only text here.", doc.text());
        assertEquals(null, doc.title());
        assertEquals(null, doc.published());
    }

    @Test
    void passwordToOpenIsEncrypted() {
        byte[] pdf = Samples.encryptedPdf("user-secret", "Confidential: the merger closes in May.");
        DocumentRejectedException e = Rejections.expect(RejectionCode.ENCRYPTED,
                () -> decoder.decode(pdf, "secret.pdf", DocumentHints.NONE));
        assertTrue(e.reason().contains("password"), e.reason());
    }

    @Test
    void ownerPasswordOnlyStillOpensAndIsRead() throws Exception {
        byte[] pdf = Samples.encryptedPdf("", "Restricted printing, readable text.");
        assertEquals("Restricted printing, readable text.", decoder.decode(pdf, "r.pdf", DocumentHints.NONE).text());
    }

    @Test
    void pageWithoutTextLayerHasNoText() {
        DocumentRejectedException e = Rejections.expect(RejectionCode.NO_TEXT,
                () -> decoder.decode(Samples.blankPdf(), "scan.pdf", DocumentHints.NONE));
        assertTrue(e.reason().contains("OCR"), e.reason());
    }

    @Test
    void truncatedPdfIsUnreadable() {
        byte[] pdf = Samples.pdf("t", null, "Some text that will be cut off.");
        byte[] cut = Arrays.copyOf(pdf, 200);
        Rejections.expect(RejectionCode.UNREADABLE, () -> decoder.decode(cut, "cut.pdf", DocumentHints.NONE));
    }

    @Test
    void headerWithGarbageBodyIsUnreadable() {
        byte[] junk = "%PDF-1.7\n this is not a pdf body at all \u0001\u0002".getBytes(StandardCharsets.ISO_8859_1);
        Rejections.expect(RejectionCode.UNREADABLE, () -> decoder.decode(junk, "junk.pdf", DocumentHints.NONE));
    }

    @Test
    void textBeyondTheLimitIsTooLarge() {
        DocumentDecoder small = new DocumentDecoder(new DecoderLimits(1 << 20, 1 << 20, 20, 10, Duration.ofSeconds(5)));
        byte[] pdf = Samples.pdf(null, null, "This line alone is longer than twenty characters.");
        Rejections.expect(RejectionCode.TOO_LARGE, () -> small.decode(pdf, "long.pdf", DocumentHints.NONE));
    }

    @Test
    void readingBeyondTheTimeBudgetIsTooLargeAndSaysWhere() {
        // a budget shorter than reading any page: the first content-stream operator is already past it
        DocumentDecoder hurried = new DocumentDecoder(DecoderLimits.DEFAULTS.withMaxPdfTime(Duration.ofNanos(1)));
        byte[] pdf = Samples.pdf(null, null, "Harbor Robotics raised $45 million.", "The round closed on Monday.");
        DocumentRejectedException e = Rejections.expect(RejectionCode.TOO_LARGE,
                () -> hurried.decode(pdf, "slow.pdf", DocumentHints.NONE));
        assertTrue(e.reason().contains("page 1 of 1"), e.reason());
    }

    @Test
    void aNonPositiveTimeBudgetIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> DecoderLimits.DEFAULTS.withMaxPdfTime(Duration.ZERO));
    }
}
