package dev.khabar.extract.text;

import java.time.LocalDate;

/**
 * What a document format yields for extraction.
 *
 * @param title     the headline when the format carries one, else null
 * @param published a publication date the format states, else null
 */
public record DecodedText(String text, String title, LocalDate published) {
}
