package dev.khabar.testing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;

/** Receiving from a queue in tests, where delivery (LocalStack's especially) is asynchronous. */
public final class QueueMessages {
    private QueueMessages() {}

    /**
     * Receives until {@code count} messages have arrived or {@code patience} has passed, and returns what arrived
     * (the caller asserts on it). Messages are left on the queue, invisible for the queue's visibility timeout.
     */
    public static List<Message> receive(SqsClient sqs, String queueUrl, int count, Duration patience) {
        List<Message> received = new ArrayList<>();
        long deadline = System.nanoTime() + patience.toNanos();
        do {
            int wanted = Math.min(10, count - received.size());
            received.addAll(sqs.receiveMessage(b -> b.queueUrl(queueUrl)
                    .maxNumberOfMessages(wanted)
                    .waitTimeSeconds(1)
                    .messageSystemAttributeNames(MessageSystemAttributeName.APPROXIMATE_RECEIVE_COUNT)).messages());
        } while (received.size() < count && System.nanoTime() < deadline);
        return received;
    }

    /** Deletes the messages from the queue. */
    public static void delete(SqsClient sqs, String queueUrl, List<Message> messages) {
        messages.forEach(m -> sqs.deleteMessage(b -> b.queueUrl(queueUrl).receiptHandle(m.receiptHandle())));
    }
}
