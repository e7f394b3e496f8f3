package dev.khabar.documents;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JsonTest {
    private final DocumentDecoder decoder = new DocumentDecoder();

    private DecodedDocument decode(String json) throws DocumentRejectedException {
        return decoder.decode(Samples.utf8(json), "article.json", DocumentHints.NONE);
    }

    @Test
    void titleBodyAndPublished() throws Exception {
        DecodedDocument doc = decode("""
                {"id": 7, "tags": ["a", {"b": 1}], "title": "استحواذ جديد", "body": "%s\\n\\nSecond paragraph.",
                 "published": "2025-05-06T09:00:00+03:00"}""".formatted(Samples.ARABIC));
        assertEquals(DocumentFormat.JSON, doc.format());
        assertEquals("استحواذ جديد", doc.title());
        assertEquals(LocalDate.of(2025, 5, 6), doc.published());
        assertEquals(Samples.ARABIC + "\n\nSecond paragraph.", doc.text());
    }

    @Test
    void nullAndMissingMetadataAreNull() throws Exception {
        DecodedDocument doc = decode("{\"body\": \"Text only.\", \"title\": null}");
        assertNull(doc.title());
        assertNull(doc.published());
    }

    @Test
    void malformedJsonSaysWhere() {
        DocumentRejectedException e = Rejections.expect(RejectionCode.UNREADABLE, () -> decode("{\"body\": \"x\",\n \"title\" 5}"));
        assertTrue(e.reason().contains("line 2"), e.reason());
    }

    @Test
    void missingBodyIsUnreadable() {
        DocumentRejectedException e = Rejections.expect(RejectionCode.UNREADABLE, () -> decode("{\"title\": \"t\"}"));
        assertTrue(e.reason().contains("body"), e.reason());
    }

    @Test
    void bodyMustBeAString() {
        Rejections.expect(RejectionCode.UNREADABLE, () -> decode("{\"body\": [\"a\"]}"));
        Rejections.expect(RejectionCode.UNREADABLE, () -> decode("[\"body\"]"));
    }

    @Test
    void unreadablePublishedIsBadMetadata() {
        Rejections.expect(RejectionCode.BAD_METADATA, () -> decode("{\"body\": \"x\", \"published\": \"last week\"}"));
    }

    @Test
    void emptyBodyHasNoText() {
        Rejections.expect(RejectionCode.NO_TEXT, () -> decode("{\"body\": \"   \"}"));
    }
}
