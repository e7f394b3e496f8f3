package dev.khabar.store.read;

/** A position that does not belong to the query it was offered to (another partition, another range, another shape). */
public final class InvalidPositionException extends IllegalArgumentException {
    public InvalidPositionException(String message) {
        super(message);
    }
}
