package dev.khabar.documents;

import dev.khabar.documents.dates.PublishedDates;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

/**
 * What the uploader stated about the document outside its content (S3 user metadata). Explicit hints win over what
 * the format itself says.
 *
 * @param title     headline, or null
 * @param published publication date, or null
 */
public record DocumentHints(String title, LocalDate published) {
    public static final DocumentHints NONE = new DocumentHints(null, null);

    /**
     * Reads S3 user metadata ({@code x-amz-meta-title}, {@code x-amz-meta-published}); keys with or without the
     * {@code x-amz-meta-} prefix, any case. A published value that is present but unreadable is refused rather than
     * silently dropped: the uploader asked for that date.
     */
    public static DocumentHints fromMetadata(Map<String, String> metadata) throws DocumentRejectedException {
        if (metadata == null || metadata.isEmpty()) {
            return NONE;
        }
        String title = null;
        String published = null;
        for (Map.Entry<String, String> e : metadata.entrySet()) {
            String key = e.getKey().toLowerCase(Locale.ROOT).replaceFirst("^x-amz-meta-", "");
            if (key.equals("title")) {
                title = e.getValue();
            } else if (key.equals("published")) {
                published = e.getValue();
            }
        }
        LocalDate date = null;
        if (published != null && !published.isBlank()) {
            date = PublishedDates.parse(published);
            if (date == null) {
                throw new DocumentRejectedException(RejectionCode.BAD_METADATA,
                        "the published metadata \"" + published + "\" is not a date; use YYYY-MM-DD");
            }
        }
        return new DocumentHints(title == null || title.isBlank() ? null : title.strip(), date);
    }
}
