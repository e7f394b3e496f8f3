package dev.khabar.documents;

import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static dev.khabar.documents.Samples.ARABIC;
import static dev.khabar.documents.Samples.ENGLISH;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class PlainTextTest {
    private final DocumentDecoder decoder = new DocumentDecoder();
    private static final String MIXED = ARABIC + "\n\n" + ENGLISH;

    private DecodedDocument decode(byte[] bytes) throws DocumentRejectedException {
        return decoder.decode(bytes, "article.txt", DocumentHints.NONE);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        return ByteBuffer.allocate(a.length + b.length).put(a).put(b).array();
    }

    @Test
    void utf8WithoutBom() throws Exception {
        DecodedDocument doc = decode(Samples.utf8(MIXED));
        assertEquals(MIXED, doc.text());
        assertEquals(DocumentFormat.TEXT, doc.format());
        assertNull(doc.title());
        assertNull(doc.published());
    }

    @Test
    void utf8WithBomLosesTheBom() throws Exception {
        assertEquals(MIXED, decode(concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Samples.utf8(MIXED))).text());
    }

    @Test
    void utf16LittleEndianWithBom() throws Exception {
        byte[] bytes = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, MIXED.getBytes(StandardCharsets.UTF_16LE));
        assertEquals(MIXED, decode(bytes).text());
    }

    @Test
    void utf16BigEndianWithBom() throws Exception {
        byte[] bytes = concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, MIXED.getBytes(StandardCharsets.UTF_16BE));
        assertEquals(MIXED, decode(bytes).text());
    }

    @Test
    void utf16WithoutBomArabicAndLatin() throws Exception {
        assertEquals(ARABIC, decode(ARABIC.getBytes(StandardCharsets.UTF_16LE)).text());
        assertEquals(ENGLISH, decode(ENGLISH.getBytes(StandardCharsets.UTF_16BE)).text());
    }

    @Test
    void windows1256ArabicIsDetected() throws Exception {
        String text = ARABIC + "\n\nوقال الرئيس التنفيذي إن الصفقة ستكتمل قبل نهاية العام. Cloud, AI.";
        assertEquals(text, decode(text.getBytes(Charset.forName("windows-1256"))).text());
    }

    @Test
    void windows1252AccentedLatinIsNotMistakenForArabic() throws Exception {
        String french = "La société Brûlé & Frères a annoncé l'acquisition de Château Élan pour 3 millions d'euros.";
        assertEquals(french, decode(french.getBytes(Charset.forName("windows-1252"))).text());
    }

    @Test
    void lineEndsAndBlankRunsAreTidied() throws Exception {
        assertEquals("first line\nsecond line\n\nnext paragraph",
                decode(Samples.utf8("  first line  \r\nsecond line\r\n\r\n\r\n\r\nnext paragraph\r\n")).text());
    }

    @Test
    void binaryGarbageIsUnreadable() {
        byte[] garbage = new byte[4096];
        new java.util.Random(7).nextBytes(garbage);
        garbage[0] = 0x01; // not accidentally a signature
        Rejections.expect(RejectionCode.UNREADABLE, () -> decode(garbage));
    }

    @Test
    void nulBytesAreUnreadable() {
        Rejections.expect(RejectionCode.UNREADABLE, () -> decode(new byte[1000]));
    }

    @Test
    void whitespaceOnlyHasNoText() {
        Rejections.expect(RejectionCode.NO_TEXT, () -> decode(Samples.utf8(" \n\t\r\n  ")));
    }

    @Test
    void textWithoutFactsIsNotAnError() throws Exception {
        assertEquals("صباح الخير. Good morning.", decode(Samples.utf8("صباح الخير. Good morning.")).text());
    }
}
