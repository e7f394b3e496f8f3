package dev.khabar.extract.event;

import java.util.List;

/**
 * A decoded Lambda input.
 *
 * @param fromSqs whether the messages came from SQS (answer with a batch response) or directly from S3
 */
public record Invocation(boolean fromSqs, List<Message> messages) {
    public Invocation {
        messages = List.copyOf(messages);
    }
}
