package dev.khabar.documents;

/**
 * The document cannot be decoded and retrying will not help: the reason is written for the person who uploaded it.
 * Transient failures (a stream that breaks while reading) are IOExceptions instead, so callers can retry those.
 */
public final class DocumentRejectedException extends Exception {
    private final RejectionCode code;

    public DocumentRejectedException(RejectionCode code, String reason) {
        this(code, reason, null);
    }

    public DocumentRejectedException(RejectionCode code, String reason, Throwable cause) {
        super(reason, cause);
        this.code = code;
    }

    public RejectionCode code() {
        return code;
    }

    public String reason() {
        return getMessage();
    }
}
