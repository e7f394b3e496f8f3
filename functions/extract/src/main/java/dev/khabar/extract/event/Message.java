package dev.khabar.extract.event;

import java.util.List;

/**
 * What one unit of work says: the object events of one SQS message (or of a direct S3 invocation).
 *
 * @param id     the SQS message id, reported back when the message must be retried; null for direct invocations
 * @param events empty for S3's test event
 * @param error  set when the message is not an S3 notification at all
 */
public record Message(String id, List<ObjectEvent> events, String error) {
    public Message {
        events = List.copyOf(events);
    }

    public boolean malformed() {
        return error != null;
    }
}
