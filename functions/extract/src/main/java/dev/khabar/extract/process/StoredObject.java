package dev.khabar.extract.process;

import java.util.Map;

/**
 * An object read from S3, or why it could not be.
 *
 * @param metadata user metadata without the {@code x-amz-meta-} prefix, lower-case names
 */
record StoredObject(Status status, byte[] bytes, String contentType, Map<String, String> metadata, long size) {
    enum Status {
        READ,
        /** Gone since the event: a removal event follows (or came first). */
        NOT_FOUND,
        /** Larger than the function reads. */
        TOO_LARGE
    }

    static StoredObject without(Status status, long size) {
        return new StoredObject(status, null, null, Map.of(), size);
    }
}
