package dev.khabar.core;

import java.time.LocalDate;

/**
 * What the extractor reads: the article's plain text and what is known about it beforehand.
 *
 * @param id        document id (from bucket and key, or the file name)
 * @param text      the article body as plain text; evidence offsets point into it
 * @param title     the headline when the source format carries one, else null (the extractor may find one in the text)
 * @param published publication date when known, else null; relative dates resolve against it
 */
public record SourceText(String id, String text, String title, LocalDate published) {
    public SourceText {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("a document needs an id");
        }
        if (text == null) {
            throw new IllegalArgumentException("a document needs a text (empty is allowed)");
        }
    }
}
