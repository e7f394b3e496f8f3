package dev.khabar.documents.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamReadException;
import dev.khabar.documents.DecodedDocument;
import dev.khabar.documents.DocumentFormat;
import dev.khabar.documents.DocumentRejectedException;
import dev.khabar.documents.RejectionCode;
import dev.khabar.documents.dates.PublishedDates;
import dev.khabar.documents.text.Tidy;

import java.io.IOException;
import java.time.LocalDate;

/** An article as JSON: {@code {"title": "...", "body": "...", "published": "YYYY-MM-DD"}}; other fields are ignored. */
public final class JsonArticle {
    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private JsonArticle() {
    }

    public static DecodedDocument decode(String json) throws DocumentRejectedException {
        String title = null;
        String body = null;
        String published = null;
        try (JsonParser parser = FACTORY.createParser(json)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw unreadable("the JSON must be an object with a \"body\" field");
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                switch (field) {
                    case "title" -> title = string(parser, value, field);
                    case "body" -> body = string(parser, value, field);
                    case "published" -> published = string(parser, value, field);
                    default -> parser.skipChildren();
                }
            }
            if (parser.nextToken() != null) {
                throw unreadable("the JSON has content after its closing brace");
            }
        } catch (StreamReadException e) {
            throw new DocumentRejectedException(RejectionCode.UNREADABLE,
                    "the JSON is malformed at line " + e.getLocation().getLineNr() + ", column "
                            + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new DocumentRejectedException(RejectionCode.UNREADABLE, "the JSON cannot be read: " + e.getMessage(), e);
        }
        if (body == null) {
            throw unreadable("the JSON has no \"body\" field with the article text");
        }
        LocalDate date = null;
        if (published != null && !published.isBlank()) {
            date = PublishedDates.parse(published);
            if (date == null) {
                throw new DocumentRejectedException(RejectionCode.BAD_METADATA,
                        "the JSON field \"published\" (\"" + published + "\") is not a date; use YYYY-MM-DD");
            }
        }
        return new DecodedDocument(Tidy.text(body), title == null || title.isBlank() ? null : title.strip(), date,
                DocumentFormat.JSON);
    }

    private static String string(JsonParser parser, JsonToken value, String field) throws IOException, DocumentRejectedException {
        if (value == JsonToken.VALUE_NULL) {
            return null;
        }
        if (value != JsonToken.VALUE_STRING) {
            throw unreadable("the JSON field \"" + field + "\" must be a string");
        }
        return parser.getText();
    }

    private static DocumentRejectedException unreadable(String reason) {
        return new DocumentRejectedException(RejectionCode.UNREADABLE, reason);
    }
}
