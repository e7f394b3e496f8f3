package dev.khabar.documents;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;

import static dev.khabar.documents.Samples.paragraph;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DocumentDecoderTest {
    private final DocumentDecoder decoder = new DocumentDecoder();

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"upload", "article.txt", "article.bin", "article.docx"})
    void pdfIsRecognisedByContentWhateverItsName(String name) throws Exception {
        byte[] pdf = Samples.pdf("A title", null, "Body of a PDF.");
        DecodedDocument doc = decoder.decode(pdf, name, DocumentHints.NONE);
        assertEquals(DocumentFormat.PDF, doc.format());
        assertEquals("Body of a PDF.", doc.text());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "upload", "article.pdf"})
    void docxIsRecognisedByContentWhateverItsName(String name) throws Exception {
        DecodedDocument doc = decoder.decode(Samples.docx(paragraph("Body of a DOCX."), null, null), name, DocumentHints.NONE);
        assertEquals(DocumentFormat.DOCX, doc.format());
        assertEquals("Body of a DOCX.", doc.text());
    }

    @Test
    void htmlJsonAndTextAreSniffedWithoutExtension() throws Exception {
        assertEquals(DocumentFormat.HTML, decoder.decode(Samples.utf8("\n <div><p>Saved without a name.</p></div>"),
                "s3-key-without-extension", DocumentHints.NONE).format());
        DecodedDocument json = decoder.decode(Samples.utf8("{\"title\":\"T\",\"body\":\"JSON body.\"}"), null, DocumentHints.NONE);
        assertEquals(DocumentFormat.JSON, json.format());
        assertEquals("JSON body.", json.text());
        DecodedDocument text = decoder.decode(Samples.utf8("{not json} but a note."), "note", DocumentHints.NONE);
        assertEquals(DocumentFormat.TEXT, text.format());
        assertEquals("{not json} but a note.", text.text());
    }

    @Test
    void savedPageNamedTxtIsHtml() throws Exception {
        DecodedDocument doc = decoder.decode(Samples.utf8("<!DOCTYPE html><html><head><title>T</title></head>"
                + "<body><p>The real page.</p></body></html>"), "page.txt", DocumentHints.NONE);
        assertEquals(DocumentFormat.HTML, doc.format());
        assertEquals("The real page.", doc.text());
    }

    @Test
    void textWithAnAngleBracketNamedTxtStaysText() throws Exception {
        DecodedDocument doc = decoder.decode(Samples.utf8("<p> is a paragraph tag, said the note."), "n.txt", DocumentHints.NONE);
        assertEquals(DocumentFormat.TEXT, doc.format());
    }

    @Test
    void explicitHintsWinOverFormatMetadata() throws Exception {
        byte[] pdf = Samples.pdf("PDF title", Samples.calendar(2020, 1, 1, 12, "UTC"), "Text.");
        DecodedDocument stated = decoder.decode(pdf, "a.pdf", new DocumentHints("Stated title", LocalDate.of(2025, 6, 1)));
        assertEquals("Stated title", stated.title());
        assertEquals(LocalDate.of(2025, 6, 1), stated.published());
        DecodedDocument partly = decoder.decode(pdf, "a.pdf", new DocumentHints(null, LocalDate.of(2025, 6, 1)));
        assertEquals("PDF title", partly.title());
        DecodedDocument none = decoder.decode(pdf, "a.pdf", null);
        assertEquals(LocalDate.of(2020, 1, 1), none.published());
    }

    @Test
    void hintsFromS3UserMetadata() throws Exception {
        DocumentHints hints = DocumentHints.fromMetadata(Map.of("X-Amz-Meta-Published", "2025-04-09", "title", " عنوان "));
        assertEquals(new DocumentHints("عنوان", LocalDate.of(2025, 4, 9)), hints);
        assertEquals(DocumentHints.NONE, DocumentHints.fromMetadata(Map.of("other", "x")));
        Rejections.expect(RejectionCode.BAD_METADATA, () -> DocumentHints.fromMetadata(Map.of("published", "soon")));
    }

    @Test
    void emptyFileIsEmpty() {
        Rejections.expect(RejectionCode.EMPTY, () -> decoder.decode(new byte[0], "a.txt", DocumentHints.NONE));
        Rejections.expect(RejectionCode.EMPTY, () -> decoder.decode(InputStream.nullInputStream(), "a.txt", DocumentHints.NONE));
        Rejections.expect(RejectionCode.EMPTY, () -> decoder.checkSize(0));
    }

    @Test
    void overTheLimitIsTooLargeBeforeReadingEverything() throws Exception {
        DocumentDecoder small = new DocumentDecoder(DecoderLimits.DEFAULTS.withMaxBytes(1000));
        Rejections.expect(RejectionCode.TOO_LARGE, () -> small.decode(new byte[1001], "big.txt", DocumentHints.NONE));
        Rejections.expect(RejectionCode.TOO_LARGE, () -> small.checkSize(5L << 30));
        EndlessText endless = new EndlessText();
        Rejections.expect(RejectionCode.TOO_LARGE, () -> small.decode(endless, "big.txt", DocumentHints.NONE));
        assertEquals(1001, endless.served, "reads one byte past the limit, no more");
        assertEquals("exactly", small.decode(new ByteArrayInputStream(Samples.utf8("exactly")), "a.txt", null).text());
    }

    @ParameterizedTest
    @ValueSource(strings = {"89504E470D0A1A0A0000000D49484452", "FFD8FFE000104A464946", "474946383961", "52494646000000005745425056503820"})
    void imagesAreUnsupportedAndNamed(String hexHeader) {
        byte[] image = java.util.HexFormat.of().parseHex(hexHeader);
        DocumentRejectedException e = Rejections.expect(RejectionCode.UNSUPPORTED_FORMAT,
                () -> decoder.decode(image, "photo.txt", DocumentHints.NONE));
        assertTrue(e.reason().contains("image"), e.reason());
    }

    @Test
    void legacyAndProtectedOfficeFiles() {
        byte[] ole = java.util.HexFormat.of().parseHex("D0CF11E0A1B11AE1000000000000000000000000");
        DocumentRejectedException legacy = Rejections.expect(RejectionCode.UNSUPPORTED_FORMAT,
                () -> decoder.decode(ole, "old.doc", DocumentHints.NONE));
        assertTrue(legacy.reason().contains(".docx"), legacy.reason());
        byte[] marker = "EncryptedPackage".getBytes(StandardCharsets.UTF_16LE);
        byte[] encrypted = java.util.Arrays.copyOf(ole, ole.length + marker.length);
        System.arraycopy(marker, 0, encrypted, ole.length, marker.length);
        Rejections.expect(RejectionCode.ENCRYPTED, () -> decoder.decode(encrypted, "locked.docx", DocumentHints.NONE));
    }

    @Test
    void archivesAndRtfAreUnsupported() {
        Rejections.expect(RejectionCode.UNSUPPORTED_FORMAT,
                () -> decoder.decode(new byte[] {0x1F, (byte) 0x8B, 8, 0, 0, 0}, "a.txt.gz", DocumentHints.NONE));
        Rejections.expect(RejectionCode.UNSUPPORTED_FORMAT,
                () -> decoder.decode(Samples.utf8("{\\rtf1\\ansi Hello}"), "a.rtf", DocumentHints.NONE));
        Rejections.expect(RejectionCode.UNSUPPORTED_FORMAT,
                () -> decoder.decode(new byte[] {'P', 'K', 5, 6, 0, 0, 0, 0}, "empty.zip", DocumentHints.NONE));
    }

    @ParameterizedTest
    @CsvSource({"sample.txt,TEXT", "sample.md,MARKDOWN", "sample.html,HTML", "sample.json,JSON", "sample.pdf,PDF",
            "sample.docx,DOCX"})
    void builtInPrimingSamplesDecodeAsTheirFormat(String name, DocumentFormat format) throws Exception {
        try (InputStream in = DocumentDecoder.class.getResourceAsStream("prime/" + name)) {
            DecodedDocument doc = decoder.decode(in, name, DocumentHints.NONE);
            assertEquals(format, doc.format());
            assertTrue(doc.text().contains("sample"), doc.text());
        }
        assertEquals(decoder, decoder.primed());
    }

    /** An upload that never ends, counting what was read from it. */
    private static final class EndlessText extends InputStream {
        int served;

        @Override
        public int read() {
            served++;
            return 'a';
        }

        @Override
        public int read(byte[] b, int off, int len) {
            java.util.Arrays.fill(b, off, off + len, (byte) 'a');
            served += len;
            return len;
        }
    }
}
