package dev.khabar.documents;

/** Why a document was refused; stable machine codes for logs, metrics and API clients. */
public enum RejectionCode {
    /** zero bytes */
    EMPTY,
    /** over the byte limit, or expands (zip) or decodes (text) beyond the configured limits */
    TOO_LARGE,
    /** a known format we do not read (images, spreadsheets, legacy .doc, archives…) */
    UNSUPPORTED_FORMAT,
    /** password-protected PDF or Office document */
    ENCRYPTED,
    /** corrupt or binary content that no decoder can read */
    UNREADABLE,
    /** decoded fine but carries no text at all (a scanned PDF, a blank page) */
    NO_TEXT,
    /** metadata the uploader stated explicitly (S3 user metadata, JSON fields) that cannot be read */
    BAD_METADATA
}
