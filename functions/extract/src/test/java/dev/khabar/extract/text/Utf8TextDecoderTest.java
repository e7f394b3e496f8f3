package dev.khabar.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Utf8TextDecoderTest {
    final Utf8TextDecoder decoder = new Utf8TextDecoder();

    @Test
    void decodesArabicAndDropsTheByteOrderMark() throws UndecodableException {
        byte[] bytes = "\uFEFFاستثمرت الشركة".getBytes(StandardCharsets.UTF_8);
        assertEquals("استثمرت الشركة", decoder.decode(bytes, "a.txt", "text/plain").text());
    }

    @Test
    void refusesMalformedUtf8WithAReason() {
        byte[] latin1 = "Café".getBytes(StandardCharsets.ISO_8859_1);
        UndecodableException e = assertThrows(UndecodableException.class, () -> decoder.decode(latin1, "a.txt", null));
        assertTrue(e.getMessage().startsWith("not UTF-8"), e.getMessage());
    }

    @Test
    void refusesBinaryContent() {
        byte[] binary = {'%', 'P', 'D', 'F', 0, 1, 2};
        assertThrows(UndecodableException.class, () -> decoder.decode(binary, "a.pdf", "application/pdf"));
    }
}
