package dev.khabar.local.extract;

import dev.khabar.emulator.SqsEventSource;
import dev.khabar.local.aws.LocalResources;
import dev.khabar.store.AwsClients;
import dev.khabar.store.objects.S3ObjectGetter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;

/**
 * Lambda's SQS event source, locally: consumer threads long-poll the ingest queue, hand each batch (up to 10
 * messages, as the template's BatchSize) to their own extract function, delete the messages it did not report as
 * failures, and leave the failures to become visible again after the queue's visibility timeout, so SQS counts
 * their receives and moves them to the dead-letter queue after maxReceiveCount, as in AWS.
 */
public final class QueuePoller implements AutoCloseable {
    private static final int BATCH_SIZE = 10;
    /** Short enough that stopping waits at most this long for a receive to return. */
    private static final Duration WAIT = Duration.ofSeconds(2);
    private static final long RETRY_PAUSE_MILLIS = 1000;

    private final SqsClient sqs;
    private final SqsEventSource source;
    private final Progress progress;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final List<Thread> consumers = new ArrayList<>();

    public QueuePoller(LocalResources resources, int consumerCount, Progress progress) {
        this.sqs = SqsClient.builder().httpClient(UrlConnectionHttpClient.create()).build();
        this.source = new SqsEventSource(sqs, resources.queueUrl(), resources.queueArn(), resources.region());
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
                batch = source.receive(BATCH_SIZE, WAIT);
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

    /** Failed messages, and every message of a batch whose invocation threw, wait out the visibility timeout. */
    private void handle(ExtractFunction function, List<Message> batch) {
        Set<String> failed;
        try {
            failed = function.invoke(source.event(batch));
        } catch (Exception | Error e) {
            progress.note(String.format("%-10s the extract function failed on a batch of %d: %s", "ERROR", batch.size(), e));
            return;
        }
        try {
            source.complete(batch, failed, null).forEach(why -> progress.note(String.format(
                    "%-10s cannot delete message %s (it will be delivered again)", "WARN", why)));
        } catch (SdkException e) {
            progress.note(String.format("%-10s cannot delete %d processed messages (they will be delivered again): %s",
                    "WARN", batch.size() - failed.size(), e.getMessage()));
        }
    }

    private void release(List<Message> batch) {
        try {
            source.release(batch);
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
