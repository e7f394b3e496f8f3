package dev.khabar.query.service;

/** The thing exists but cannot be shown yet (or at all): a document whose extraction has not finished or failed. */
public final class NotReadyException extends RuntimeException {
    public NotReadyException(String message) {
        super(message, null, false, false);
    }
}
