package dev.khabar.extract.event;

import dev.khabar.extract.json.JsonValues;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.protocols.jsoncore.JsonNode;

/**
 * Reads the function's raw input: an SQS event whose message bodies are S3 event notifications, or an S3 event
 * notification itself (direct invocation, {@code sam local invoke}). Reads the JSON as the SDK's JSON values
 * ({@link JsonValues}): no databind.
 */
public final class EventParser {
    private static final String TEST_EVENT = "s3:TestEvent";

    public Invocation parse(InputStream input) throws IOException {
        JsonNode root = JsonValues.read(input);
        List<JsonNode> records = JsonValues.array(JsonValues.object(root).get("Records"));
        if (records != null && !records.isEmpty()
                && "aws:sqs".equals(JsonValues.text(JsonValues.object(records.get(0)), "eventSource", ""))) {
            List<Message> messages = new ArrayList<>();
            for (JsonNode element : records) {
                Map<String, JsonNode> record = JsonValues.object(element);
                messages.add(fromBody(JsonValues.text(record, "messageId", null), JsonValues.text(record, "body", "")));
            }
            return new Invocation(true, messages);
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("input is neither an SQS event nor an S3 event notification");
        }
        return new Invocation(false, List.of(fromNotification(null, root.asObject())));
    }

    /** One SQS message body: an S3 notification (or S3's test event); anything else is marked malformed. */
    Message fromBody(String messageId, String body) {
        JsonNode notification;
        try {
            notification = JsonValues.read(body);
        } catch (IOException e) {
            return new Message(messageId, List.of(), "message body is not JSON");
        }
        if (notification == null || !notification.isObject()) {
            return new Message(messageId, List.of(), "message body is not a JSON object");
        }
        return fromNotification(messageId, notification.asObject());
    }

    private Message fromNotification(String messageId, Map<String, JsonNode> notification) {
        if (TEST_EVENT.equals(JsonValues.text(notification, "Event", ""))) {
            return new Message(messageId, List.of(), null);
        }
        List<JsonNode> records = JsonValues.array(notification.get("Records"));
        if (records == null) {
            return new Message(messageId, List.of(), "not an S3 event notification (no Records)");
        }
        List<ObjectEvent> events = new ArrayList<>();
        for (JsonNode element : records) {
            Map<String, JsonNode> record = JsonValues.object(element);
            Map<String, JsonNode> s3 = JsonValues.object(record, "s3");
            Map<String, JsonNode> object = JsonValues.object(s3, "object");
            String bucket = JsonValues.text(JsonValues.object(s3, "bucket"), "name", "");
            String rawKey = JsonValues.text(object, "key", "");
            if (!"aws:s3".equals(JsonValues.text(record, "eventSource", "")) || bucket.isEmpty() || rawKey.isEmpty()) {
                return new Message(messageId, List.of(), "record without aws:s3 source, bucket or object key");
            }
            Instant time;
            try {
                time = Instant.parse(JsonValues.text(record, "eventTime", ""));
            } catch (DateTimeParseException e) {
                return new Message(messageId, List.of(), "record without a valid eventTime");
            }
            String key;
            try {
                key = decodeKey(rawKey);
            } catch (IllegalArgumentException e) {
                return new Message(messageId, List.of(), "object key is not URL-encoded: " + rawKey);
            }
            String eventName = JsonValues.text(record, "eventName", "");
            events.add(new ObjectEvent(kind(eventName), eventName, bucket, key,
                    JsonValues.text(object, "sequencer", null), time, JsonValues.number(object, "size", -1)));
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
