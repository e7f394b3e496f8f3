package dev.khabar.emulator;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.ChangeMessageVisibilityBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.DeleteMessageBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;

/**
 * Does for a function what Lambda's SQS event source mapping does: receives a batch, hands it over as the JSON event
 * Lambda would build ({@link LambdaSqsEvent}), then deletes the messages the function did not report as batch item
 * failures ({@code ReportBatchItemFailures}). Failed messages, or the whole batch when the function throws, stay on
 * the queue: they come back after the queue's visibility timeout, as in AWS, or after a shorter {@code retryDelay}
 * that tests may choose, until the queue's redrive policy moves them to the dead-letter queue.
 */
public final class SqsEventSource {
    private final SqsClient sqs;
    private final String queueUrl;
    private final String queueArn;
    private final String region;

    public SqsEventSource(SqsClient sqs, String queueUrl, String queueArn, String region) {
        this.sqs = sqs;
        this.queueUrl = queueUrl;
        this.queueArn = queueArn;
        this.region = region;
    }

    /** Up to {@code batchSize} (at most 10) messages, waiting up to {@code wait} (whole seconds, at most 20); empty when none came. */
    public List<Message> receive(int batchSize, Duration wait) {
        return sqs.receiveMessage(b -> b.queueUrl(queueUrl)
                .maxNumberOfMessages(batchSize)
                .waitTimeSeconds((int) Math.min(20, wait.toSeconds()))
                .messageSystemAttributeNames(MessageSystemAttributeName.ALL)
                .messageAttributeNames("All")).messages();
    }

    /** The event Lambda hands the function for {@code batch}. */
    public byte[] event(List<Message> batch) {
        return LambdaSqsEvent.json(batch, queueArn, region);
    }

    /**
     * Deletes every message of {@code batch} not in {@code failedIds}; the failed come back after {@code retryDelay},
     * or after the queue's visibility timeout when it is null.
     *
     * @return why each message that could not be deleted was not (it will be delivered again)
     */
    public List<String> complete(List<Message> batch, Set<String> failedIds, Duration retryDelay) {
        List<DeleteMessageBatchRequestEntry> done = new ArrayList<>();
        List<Message> failed = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            Message message = batch.get(i);
            if (failedIds.contains(message.messageId())) {
                failed.add(message);
            } else {
                done.add(DeleteMessageBatchRequestEntry.builder().id(String.valueOf(i)).receiptHandle(message.receiptHandle()).build());
            }
        }
        if (retryDelay != null) {
            retryAfter(failed, retryDelay);
        }
        if (done.isEmpty()) {
            return List.of();
        }
        return sqs.deleteMessageBatch(b -> b.queueUrl(queueUrl).entries(done)).failed().stream()
                .map(f -> f.id() + ": " + f.message()).toList();
    }

    /** The function threw: as in Lambda, the whole batch comes back, after {@code retryDelay} (null: the visibility timeout). */
    public void fail(List<Message> batch, Duration retryDelay) {
        if (retryDelay != null) {
            retryAfter(batch, retryDelay);
        }
    }

    /** Hands messages received but not processed (while stopping) back to the queue at once. */
    public void release(List<Message> batch) {
        retryAfter(batch, Duration.ZERO);
    }

    /**
     * One poll: receive a batch, call the function (event → ids of the messages to retry), complete or fail the batch
     * as Lambda would. Returns the number of messages handed to the function (0 when none came). A function's exception
     * is rethrown after the batch is failed.
     */
    public int pollOnce(Function<byte[], Set<String>> function, int batchSize, Duration wait, Duration retryDelay) {
        List<Message> batch = receive(batchSize, wait);
        if (batch.isEmpty()) {
            return 0;
        }
        Set<String> failed;
        try {
            failed = function.apply(event(batch));
        } catch (RuntimeException | Error e) {
            fail(batch, retryDelay);
            throw e;
        }
        complete(batch, failed, retryDelay);
        return batch.size();
    }

    private void retryAfter(List<Message> messages, Duration delay) {
        if (messages.isEmpty()) {
            return;
        }
        List<ChangeMessageVisibilityBatchRequestEntry> entries = new ArrayList<>();
        for (int i = 0; i < messages.size(); i++) {
            entries.add(ChangeMessageVisibilityBatchRequestEntry.builder().id(String.valueOf(i))
                    .receiptHandle(messages.get(i).receiptHandle())
                    .visibilityTimeout((int) Math.min(43_200, delay.toSeconds())).build());
        }
        sqs.changeMessageVisibilityBatch(b -> b.queueUrl(queueUrl).entries(entries));
    }
}
