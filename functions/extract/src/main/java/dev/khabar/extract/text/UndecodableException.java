package dev.khabar.extract.text;

/** The object's bytes are not a readable document: deterministic, so the document is marked FAILED, not retried. */
public final class UndecodableException extends Exception {
    public UndecodableException(String reason) {
        super(reason);
    }
}
