package dev.khabar.extract.process;

import dev.khabar.store.objects.S3Object;
import dev.khabar.store.objects.S3ObjectGetter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * Reads at most {@code maxBytes} of an object's current version. Not pinned to the event's version: if the object
 * changed since, the newer content is stored under the older sequencer and the newer event, which follows, rewrites
 * the same result; so {@code sam local invoke} with a sample event works on whatever is at the key.
 */
final class ObjectReader {
    private final S3ObjectGetter s3;
    private final long maxBytes;

    ObjectReader(S3ObjectGetter s3, long maxBytes) {
        this.s3 = s3;
        this.maxBytes = maxBytes;
    }

    StoredObject read(String bucket, String key) {
        Optional<S3Object> found = s3.get(bucket, key);
        if (found.isEmpty()) {
            return StoredObject.without(StoredObject.Status.NOT_FOUND, -1);
        }
        try (S3Object object = found.get()) {
            long length = object.contentLength();
            if (length > maxBytes) {
                object.abort();
                return StoredObject.without(StoredObject.Status.TOO_LARGE, length);
            }
            byte[] bytes = object.body().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (bytes.length > maxBytes) {
                object.abort();
                return StoredObject.without(StoredObject.Status.TOO_LARGE, Math.max(length, bytes.length));
            }
            return new StoredObject(StoredObject.Status.READ, bytes, object.contentType(), object.metadata(),
                    bytes.length);
        } catch (IOException e) {
            throw new UncheckedIOException("reading s3://" + bucket + "/" + key, e);
        }
    }
}
