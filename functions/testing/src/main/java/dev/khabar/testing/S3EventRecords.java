package dev.khabar.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reading S3 event notifications as S3 puts them in SQS message bodies. */
public final class S3EventRecords {
    private static final ObjectMapper JSON = new ObjectMapper();

    private S3EventRecords() {}

    /** The records of an S3 event message body; none for an {@code s3:TestEvent}. */
    public static List<JsonNode> of(String messageBody) {
        JsonNode event;
        try {
            event = JSON.readTree(messageBody);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not an S3 event: " + messageBody, e);
        }
        List<JsonNode> records = new ArrayList<>();
        event.path("Records").forEach(records::add);
        return records;
    }

    /** The object key of a record, decoded: S3 sends it form-URL-encoded ({@code +} for space, UTF-8 percent escapes). */
    public static String decodedKey(JsonNode record) {
        return URLDecoder.decode(record.path("s3").path("object").path("key").asText(), StandardCharsets.UTF_8);
    }
}
