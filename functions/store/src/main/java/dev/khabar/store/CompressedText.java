package dev.khabar.store;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Large text attributes (the facts JSON, the key sets) stored gzip-compressed as binary: a write is billed per KB, and
 * JSON with repeated Arabic evidence shrinks to about a quarter. Reading also accepts the plain string such an
 * attribute held before it was compressed, so items written by an earlier version stay readable.
 */
public final class CompressedText {
    private CompressedText() {
    }

    public static AttributeValue of(String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length() / 3 + 64);
        try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
            gzip.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("gzip into memory failed", e);
        }
        return AttributeValue.fromB(SdkBytes.fromByteArray(bytes.toByteArray()));
    }

    /** The text of a compressed (binary) or plain (string) attribute; null when absent. */
    public static String read(AttributeValue value) {
        if (value == null) {
            return null;
        }
        if (value.s() != null) {
            return value.s();
        }
        if (value.b() == null) {
            throw new IllegalStateException("neither text nor compressed text: " + value.type());
        }
        try (GZIPInputStream gzip = new GZIPInputStream(value.b().asInputStream())) {
            return new String(gzip.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("a compressed attribute is not gzip", e);
        }
    }
}
