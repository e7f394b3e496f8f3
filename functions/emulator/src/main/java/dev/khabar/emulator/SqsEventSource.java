package dev.khabar.emulator;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;

/**
 * Does for a handler what Lambda's SQS event source mapping does: receives a batch, hands it over as the
 * {@link SQSEvent} Lambda would build, then deletes the messages the handler did not report as failures
 * ({@code ReportBatchItemFailures}). Failed messages, or the whole batch when the handler throws, stay on the queue
 * and are received again after {@code retryDelay} (Lambda waits out the queue's visibility timeout; tests and the
 * local runner may choose less), until the queue's redrive policy moves them to the dead-letter queue.
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

    /** Up to {@code batchSize} (at most 10) messages as one event, waiting up to {@code wait} (whole seconds, at most 20); empty when none came. */
    public Optional<SQSEvent> receive(int batchSize, Duration wait) {
        List<Message> messages = sqs.receiveMessage(b -> b.queueUrl(queueUrl)
                .maxNumberOfMessages(batchSize)
                .waitTimeSeconds((int) Math.min(20, wait.toSeconds()))
                .messageSystemAttributeNames(MessageSystemAttributeName.ALL)
                .messageAttributeNames("All")).messages();
        if (messages.isEmpty()) {
            return Optional.empty();
        }
        SQSEvent event = new SQSEvent();
        event.setRecords(messages.stream().map(this::record).toList());
        return Optional.of(event);
    }

    /** Deletes every message of {@code event} that {@code response} does not list as failed; the failed come back after {@code retryDelay}. */
    public void complete(SQSEvent event, SQSBatchResponse response, Duration retryDelay) {
        Set<String> failed = new HashSet<>();
        if (response != null && response.getBatchItemFailures() != null) {
            response.getBatchItemFailures().forEach(f -> failed.add(f.getItemIdentifier()));
        }
        for (SQSEvent.SQSMessage message : event.getRecords()) {
            if (failed.contains(message.getMessageId())) {
                retryAfter(message, retryDelay);
            } else {
                sqs.deleteMessage(b -> b.queueUrl(queueUrl).receiptHandle(message.getReceiptHandle()));
            }
        }
    }

    /** The handler threw: the whole batch comes back after {@code retryDelay}. */
    public void fail(SQSEvent event, Duration retryDelay) {
        event.getRecords().forEach(message -> retryAfter(message, retryDelay));
    }

    /**
     * One poll: receive a batch, call the handler, complete or fail the batch as Lambda would. Returns the number of
     * messages handed to the handler (0 when none came). A handler's exception is rethrown after the batch is failed.
     */
    public int pollOnce(Function<SQSEvent, SQSBatchResponse> handler, int batchSize, Duration wait, Duration retryDelay) {
        Optional<SQSEvent> received = receive(batchSize, wait);
        if (received.isEmpty()) {
            return 0;
        }
        SQSEvent event = received.get();
        SQSBatchResponse response;
        try {
            response = handler.apply(event);
        } catch (RuntimeException | Error e) {
            fail(event, retryDelay);
            throw e;
        }
        complete(event, response, retryDelay);
        return event.getRecords().size();
    }

    private void retryAfter(SQSEvent.SQSMessage message, Duration retryDelay) {
        sqs.changeMessageVisibility(b -> b.queueUrl(queueUrl).receiptHandle(message.getReceiptHandle())
                .visibilityTimeout((int) Math.min(43_200, retryDelay.toSeconds())));
    }

    private SQSEvent.SQSMessage record(Message message) {
        SQSEvent.SQSMessage record = new SQSEvent.SQSMessage();
        record.setMessageId(message.messageId());
        record.setReceiptHandle(message.receiptHandle());
        record.setBody(message.body());
        record.setMd5OfBody(message.md5OfBody());
        record.setMd5OfMessageAttributes(message.md5OfMessageAttributes());
        record.setEventSource("aws:sqs");
        record.setEventSourceArn(queueArn);
        record.setAwsRegion(region);
        Map<String, String> attributes = new HashMap<>();
        message.attributes().forEach((name, value) -> attributes.put(name.toString(), value));
        record.setAttributes(attributes);
        Map<String, SQSEvent.MessageAttribute> messageAttributes = new HashMap<>();
        message.messageAttributes().forEach((name, value) -> messageAttributes.put(name, attribute(value)));
        record.setMessageAttributes(messageAttributes);
        return record;
    }

    private static SQSEvent.MessageAttribute attribute(MessageAttributeValue value) {
        SQSEvent.MessageAttribute attribute = new SQSEvent.MessageAttribute();
        attribute.setDataType(value.dataType());
        attribute.setStringValue(value.stringValue());
        if (value.binaryValue() != null) {
            attribute.setBinaryValue(value.binaryValue().asByteBuffer());
        }
        attribute.setStringListValues(value.stringListValues().isEmpty() ? null : new ArrayList<>(value.stringListValues()));
        return attribute;
    }
}
