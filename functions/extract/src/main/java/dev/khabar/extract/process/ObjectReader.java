package dev.khabar.extract.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Reads at most {@code maxBytes} of an object's current version. Not pinned to the event's version: if the object
 * changed since, the newer content is stored under the older sequencer and the newer event, which follows, rewrites
 * the same result; so {@code sam local invoke} with a sample event works on whatever is at the key.
 */
final class ObjectReader {
    private static final int NOT_FOUND = 404;

    private final S3Client s3;
    private final long maxBytes;

    ObjectReader(S3Client s3, long maxBytes) {
        this.s3 = s3;
        this.maxBytes = maxBytes;
    }

    StoredObject read(String bucket, String key) {
        GetObjectRequest request = GetObjectRequest.builder().bucket(bucket).key(key).build();
        try (ResponseInputStream<GetObjectResponse> body = s3.getObject(request)) {
            GetObjectResponse response = body.response();
            long length = response.contentLength() == null ? -1 : response.contentLength();
            if (length > maxBytes) {
                body.abort();
                return StoredObject.without(StoredObject.Status.TOO_LARGE, length);
            }
            byte[] bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (bytes.length > maxBytes) {
                body.abort();
                return StoredObject.without(StoredObject.Status.TOO_LARGE, Math.max(length, bytes.length));
            }
            return new StoredObject(StoredObject.Status.READ, bytes, response.contentType(), response.metadata(),
                    bytes.length);
        } catch (NoSuchKeyException e) {
            return StoredObject.without(StoredObject.Status.NOT_FOUND, -1);
        } catch (S3Exception e) {
            if (e.statusCode() == NOT_FOUND) {
                return StoredObject.without(StoredObject.Status.NOT_FOUND, -1);
            }
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException("reading s3://" + bucket + "/" + key, e);
        }
    }
}
