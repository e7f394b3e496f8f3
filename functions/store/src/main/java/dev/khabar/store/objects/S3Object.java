package dev.khabar.store.objects;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import software.amazon.awssdk.http.AbortableInputStream;
import software.amazon.awssdk.http.SdkHttpResponse;

/** An object S3 is sending: its headers, and its body to read (close it, or abort to drop the connection). */
public final class S3Object implements AutoCloseable {
    private static final String METADATA_PREFIX = "x-amz-meta-";

    private final SdkHttpResponse response;
    private final AbortableInputStream body;

    S3Object(SdkHttpResponse response, AbortableInputStream body) {
        this.response = response;
        this.body = body;
    }

    /** The Content-Length header, or -1 when absent. */
    public long contentLength() {
        return response.firstMatchingHeader("Content-Length").map(Long::parseLong).orElse(-1L);
    }

    public String contentType() {
        return response.firstMatchingHeader("Content-Type").orElse(null);
    }

    /** User metadata: {@code x-amz-meta-*} headers without the prefix, names in lower case (as the S3 client gives). */
    public Map<String, String> metadata() {
        Map<String, String> metadata = new TreeMap<>();
        response.forEachHeader((name, values) -> {
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.startsWith(METADATA_PREFIX) && !values.isEmpty()) {
                metadata.put(lower.substring(METADATA_PREFIX.length()), values.get(0));
            }
        });
        return metadata;
    }

    public InputStream body() {
        return body;
    }

    /** Drops the connection instead of reading the rest of the body. */
    public void abort() {
        body.abort();
    }

    @Override
    public void close() throws IOException {
        body.close();
    }
}
