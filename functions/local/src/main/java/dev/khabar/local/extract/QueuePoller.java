package dev.khabar.local.extract;

import dev.khabar.emulator.LambdaSqsEvent;
import dev.khabar.local.aws.LocalResources;
import dev.khabar.store.AwsClients;
import dev.khabar.store.objects.S3ObjectGetter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.ChangeMessageVisibilityBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.DeleteMessageBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;

/**
 * Lambda's SQS event source, locally: consumer threads long-poll the ingest queue, hand each batch (up to 10
 * messages, as the template's BatchSize) to their own extract function, delete the messages it did not report as
 * failures, and leave the failures to become visible again after the queue's visibility timeout, so SQS counts
 * their receives and moves them to the dead-letter queue after maxReceiveCount, as in AWS.
 */
public final class QueuePoller implements AutoCloseable {
    private static final int BATCH_SIZE = 10;
    /** Short enough that stopping waits at most this long for a receive to return. */
    private static final int WAIT_SECONDS = 2;
    private static final long RETRY_PAUSE_MILLIS = 1000;

    private final SqsClient sqs;
    private final LocalResources resources;
    private final Progress progress;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final List<Thread> consumers = new ArrayList<>();

    public QueuePoller(LocalResources resources, int consumerCount, Progress progress) {
        this.sqs = SqsClient.builder().httpClient(UrlConnectionHttpClient.create()).build();
        this.resources = resources;
        this.progress = progress;
        S3ObjectGetter s3 = AwsClients.s3Objects();
        DynamoDbClient dynamo = AwsClients.dynamoDb();
        for (int i = 1; i <= consumerCount; i++) {
            ExtractFunction function = new ExtractFunction(resources.table(), s3, dynamo, resources.region(), progress.handlerLog());
            consumers.add(Thread.ofPlatform().name("extract-consumer-" + i).unstarted(() -> consume(function)));
        }
    }

    public void start() {
        consumers.forEach(Thread::start);
    }

    /** Stops receiving; batches being processed are finished and acknowledged, messages received meanwhile released. */
    @Override
    public void close() {
        running.set(false);
        for (Thread consumer : consumers) {
            try {
                consumer.join(TimeUnit.SECONDS.toMillis(60));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        sqs.close();
    }

    private void consume(ExtractFunction function) {
        while (running.get()) {
            List<Message> batch;
            try {
                batch = sqs.receiveMessage(b -> b.queueUrl(resources.queueUrl())
                        .maxNumberOfMessages(BATCH_SIZE)
                        .waitTimeSeconds(WAIT_SECONDS)
                        .messageSystemAttributeNames(MessageSystemAttributeName.ALL)
                        .messageAttributeNames("All")).messages();
            } catch (SdkException e) {
                if (running.get()) {
                    progress.note(String.format("%-10s cannot receive from the queue: %s", "ERROR", e.getMessage()));
                    pause();
                }
                continue;
            }
            if (batch.isEmpty()) {
                continue;
            }
            if (!running.get()) {
                release(batch);
                return;
            }
            handle(function, batch);
        }
    }

    private void handle(ExtractFunction function, List<Message> batch) {
        Set<String> failed;
        try {
            failed = function.invoke(LambdaSqsEvent.json(batch, resources.queueArn(), resources.region()));
        } catch (Exception | Error e) {
            // as in Lambda, an invocation that throws fails the whole batch: every message comes back
            progress.note(String.format("%-10s the extract function failed on a batch of %d: %s", "ERROR", batch.size(), e));
            return;
        }
        List<DeleteMessageBatchRequestEntry> done = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            if (!failed.contains(batch.get(i).messageId())) {
                done.add(DeleteMessageBatchRequestEntry.builder().id(String.valueOf(i))
                        .receiptHandle(batch.get(i).receiptHandle()).build());
            }
        }
        if (done.isEmpty()) {
            return;
        }
        try {
            var response = sqs.deleteMessageBatch(b -> b.queueUrl(resources.queueUrl()).entries(done));
            response.failed().forEach(f -> progress.note(String.format("%-10s cannot delete message %s: %s (it will be delivered again)",
                    "WARN", f.id(), f.message())));
        } catch (SdkException e) {
            progress.note(String.format("%-10s cannot delete %d processed messages (they will be delivered again): %s",
                    "WARN", done.size(), e.getMessage()));
        }
    }

    /** Makes messages received while stopping visible again at once, for the next consumer. */
    private void release(List<Message> batch) {
        try {
            List<ChangeMessageVisibilityBatchRequestEntry> entries = new ArrayList<>();
            for (int i = 0; i < batch.size(); i++) {
                entries.add(ChangeMessageVisibilityBatchRequestEntry.builder()
                        .id(String.valueOf(i)).receiptHandle(batch.get(i).receiptHandle()).visibilityTimeout(0).build());
            }
            sqs.changeMessageVisibilityBatch(b -> b.queueUrl(resources.queueUrl()).entries(entries));
        } catch (SdkException e) {
            progress.note(String.format("%-10s could not release %d messages; they return after the visibility timeout: %s",
                    "WARN", batch.size(), e.getMessage()));
        }
    }

    private static void pause() {
        try {
            Thread.sleep(RETRY_PAUSE_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
