package dev.khabar.extract.event;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the function's raw input: an SQS event whose message bodies are S3 event notifications, or an S3 event
 * notification itself (direct invocation, {@code sam local invoke}). Reads the JSON tree by hand: no reflection.
 */
public final class EventParser {
    private static final String TEST_EVENT = "s3:TestEvent";

    private final ObjectMapper json;

    public EventParser(ObjectMapper json) {
        this.json = json;
    }

    public Invocation parse(InputStream input) throws IOException {
        JsonNode root = json.readTree(input);
        JsonNode records = root == null ? null : root.get("Records");
        if (records != null && records.isArray() && !records.isEmpty()
                && "aws:sqs".equals(records.get(0).path("eventSource").asText())) {
            List<Message> messages = new ArrayList<>();
            for (JsonNode record : records) {
                messages.add(fromBody(record.path("messageId").asText(null), record.path("body").asText("")));
            }
            return new Invocation(true, messages);
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("input is neither an SQS event nor an S3 event notification");
        }
        return new Invocation(false, List.of(fromNotification(null, root)));
    }

    /** One SQS message body: an S3 notification (or S3's test event); anything else is marked malformed. */
    Message fromBody(String messageId, String body) {
        JsonNode notification;
        try {
            notification = json.readTree(body);
        } catch (IOException e) {
            return new Message(messageId, List.of(), "message body is not JSON");
        }
        if (notification == null || !notification.isObject()) {
            return new Message(messageId, List.of(), "message body is not a JSON object");
        }
        return fromNotification(messageId, notification);
    }

    private Message fromNotification(String messageId, JsonNode notification) {
        if (TEST_EVENT.equals(notification.path("Event").asText())) {
            return new Message(messageId, List.of(), null);
        }
        JsonNode records = notification.get("Records");
        if (records == null || !records.isArray()) {
            return new Message(messageId, List.of(), "not an S3 event notification (no Records)");
        }
        List<ObjectEvent> events = new ArrayList<>();
        for (JsonNode record : records) {
            JsonNode s3 = record.path("s3");
            String bucket = s3.path("bucket").path("name").asText("");
            String rawKey = s3.path("object").path("key").asText("");
            if (!"aws:s3".equals(record.path("eventSource").asText()) || bucket.isEmpty() || rawKey.isEmpty()) {
                return new Message(messageId, List.of(), "record without aws:s3 source, bucket or object key");
            }
            Instant time;
            try {
                time = Instant.parse(record.path("eventTime").asText(""));
            } catch (DateTimeParseException e) {
                return new Message(messageId, List.of(), "record without a valid eventTime");
            }
            String key;
            try {
                key = decodeKey(rawKey);
            } catch (IllegalArgumentException e) {
                return new Message(messageId, List.of(), "object key is not URL-encoded: " + rawKey);
            }
            String eventName = record.path("eventName").asText("");
            JsonNode object = s3.path("object");
            events.add(new ObjectEvent(kind(eventName), eventName, bucket, key,
                    object.path("sequencer").asText(null), time, object.path("size").asLong(-1)));
        }
        return new Message(messageId, events, null);
    }

    /** S3 URL-encodes keys in notifications as form data: {@code +} for a space, {@code %XX} for other bytes. */
    public static String decodeKey(String raw) {
        return URLDecoder.decode(raw, StandardCharsets.UTF_8);
    }

    private static ObjectEvent.Kind kind(String eventName) {
        if (eventName.startsWith("ObjectCreated:")) {
            return ObjectEvent.Kind.CREATED;
        }
        if (eventName.startsWith("ObjectRemoved:")) {
            return ObjectEvent.Kind.REMOVED;
        }
        return ObjectEvent.Kind.OTHER;
    }
}
