package dev.khabar.documents;

import java.time.LocalDate;

/**
 * A decoded document.
 *
 * @param text      the body as plain text, paragraphs separated by blank lines, never blank
 * @param title     the headline, or null when neither the uploader nor the format states one
 * @param published the publication date as written by the publisher (its own time zone), or null
 * @param format    what the content turned out to be
 */
public record DecodedDocument(String text, String title, LocalDate published, DocumentFormat format) {
}
