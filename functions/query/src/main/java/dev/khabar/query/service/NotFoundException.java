package dev.khabar.query.service;

/** The thing asked for does not exist (or no longer does). */
public final class NotFoundException extends RuntimeException {
    public NotFoundException(String message) {
        super(message, null, false, false);
    }
}
