package dev.khabar.documents;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import static dev.khabar.documents.Samples.paragraph;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DocxTest {
    private final DocumentDecoder decoder = new DocumentDecoder();

    @Test
    void textWithCorePropertiesTitleAndCreated() throws Exception {
        String body = paragraph(Samples.ARABIC)
                + "<w:p><w:r><w:t>Harbor Robotics</w:t></w:r><w:r><w:t xml:space=\"preserve\"> raised </w:t></w:r>"
                + "<w:r><w:tab/><w:t>$45 million</w:t><w:br/><w:t>from Cedar Ventures.</w:t></w:r></w:p>"
                + "<w:p><w:del><w:r><w:delText>withdrawn words</w:delText></w:r></w:del>"
                + "<w:r><w:instrText>HYPERLINK \"x\"</w:instrText><w:t>Kept.</w:t></w:r></w:p>"
                + "<w:tbl><w:tr><w:tc>" + paragraph("Investor") + "</w:tc><w:tc>" + paragraph("Cedar") + "</w:tc></w:tr></w:tbl>"
                + "<w:p><w:r><mc:AlternateContent><mc:Choice><w:t>Box text</w:t></mc:Choice>"
                + "<mc:Fallback><w:t>Box text</w:t></mc:Fallback></mc:AlternateContent></w:r></w:p>";
        byte[] docx = Samples.docx(body, "صفقة النخيل", "2025-01-20T21:15:00Z");
        DecodedDocument doc = decoder.decode(docx, "memo.docx", DocumentHints.NONE);
        assertEquals(DocumentFormat.DOCX, doc.format());
        assertEquals("صفقة النخيل", doc.title());
        assertEquals(LocalDate.of(2025, 1, 20), doc.published());
        assertEquals(Samples.ARABIC + "\n\nHarbor Robotics raised $45 million\nfrom Cedar Ventures.\n\nKept.\n\n"
                + "Investor\n\nCedar\n\nBox text", doc.text());
    }

    @Test
    void titleStyledParagraphWhenCorePropertiesAreMissing() throws Exception {
        String body = "<w:p><w:pPr><w:pStyle w:val=\"Title\"/></w:pPr><w:r><w:t>Quarterly hires</w:t></w:r></w:p>"
                + paragraph("Nadia Saleh joined as chief financial officer.");
        DecodedDocument doc = decoder.decode(Samples.docx(body, null, null), "hires.docx", DocumentHints.NONE);
        assertEquals("Quarterly hires", doc.title());
        assertNull(doc.published());
        assertEquals("Quarterly hires\n\nNadia Saleh joined as chief financial officer.", doc.text());
    }

    @Test
    void zipThatIsNotWordIsUnsupported() {
        byte[] zip = Samples.zip(Map.of("notes.txt", Samples.utf8("hello"), "photo.jpg", new byte[] {1, 2, 3}));
        DocumentRejectedException e = Rejections.expect(RejectionCode.UNSUPPORTED_FORMAT,
                () -> decoder.decode(zip, "article.docx", DocumentHints.NONE));
        assertTrue(e.reason().contains("zip archive"), e.reason());
    }

    @Test
    void spreadsheetIsNamedAsSuch() {
        byte[] xlsx = Samples.zip(Map.of("[Content_Types].xml", Samples.utf8("<Types/>"), "xl/workbook.xml", Samples.utf8("<workbook/>")));
        DocumentRejectedException e = Rejections.expect(RejectionCode.UNSUPPORTED_FORMAT,
                () -> decoder.decode(xlsx, "figures.docx", DocumentHints.NONE));
        assertTrue(e.reason().contains("Excel"), e.reason());
    }

    @Test
    void zipBombIsRefusedByInflatedBytesNotHeaders() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("word/media/padding.bin", new byte[8 << 20]); // zeros: compresses to a few KB
        entries.put("word/document.xml", Samples.utf8(Samples.wordDocument(paragraph("never reached"))));
        byte[] bomb = Samples.zip(entries);
        assertTrue(bomb.length < 100_000, "the test zip should be small: " + bomb.length);
        DocumentDecoder decoder = new DocumentDecoder(DecoderLimits.DEFAULTS.withMaxUncompressedBytes(1 << 20));
        Rejections.expect(RejectionCode.TOO_LARGE, () -> decoder.decode(bomb, "bomb.docx", DocumentHints.NONE));
    }

    @Test
    void externalEntitiesAreNeverResolved() {
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE w:document [<!ENTITY secret SYSTEM "file:///etc/hostname">]>
                <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
                <w:body><w:p><w:r><w:t>&secret;</w:t></w:r></w:p></w:body></w:document>""";
        byte[] docx = Samples.zip(Map.of("word/document.xml", Samples.utf8(xxe)));
        Rejections.expect(RejectionCode.UNREADABLE, () -> decoder.decode(docx, "xxe.docx", DocumentHints.NONE));
    }

    @Test
    void damagedXmlIsUnreadable() {
        byte[] docx = Samples.zip(Map.of("word/document.xml", Samples.utf8("<w:document><w:body><w:p>unclosed")));
        Rejections.expect(RejectionCode.UNREADABLE, () -> decoder.decode(docx, "bad.docx", DocumentHints.NONE));
    }

    @Test
    void truncatedZipIsUnreadable() {
        byte[] docx = Samples.docx(paragraph("Some words that the cut will lose."), "t", null);
        byte[] cut = java.util.Arrays.copyOf(docx, docx.length / 2);
        DocumentRejectedException e = Rejections.expect(RejectionCode.UNREADABLE,
                () -> decoder.decode(cut, "cut.docx", DocumentHints.NONE));
        assertFalse(e.reason().isBlank());
    }
}
