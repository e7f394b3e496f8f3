package dev.khabar.store.objects;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
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
        String length = response.firstMatchingHeader("Content-Length").orElse(null);
        return length == null ? -1 : Long.parseLong(length);
    }

    public String contentType() {
        return response.firstMatchingHeader("Content-Type").orElse(null);
    }

    /** User metadata: {@code x-amz-meta-*} headers without the prefix, names in lower case (as the S3 client gives). */
    public Map<String, String> metadata() {
        Map<String, String> metadata = new TreeMap<>();
        // a loop, not forEachHeader's lambda: one class fewer for a cold start to spin up
        for (Map.Entry<String, List<String>> header : response.headers().entrySet()) {
            String lower = header.getKey().toLowerCase(Locale.ROOT);
            List<String> values = header.getValue();
            if (lower.startsWith(METADATA_PREFIX) && !values.isEmpty()) {
                metadata.put(lower.substring(METADATA_PREFIX.length()), values.get(0));
            }
        }
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
