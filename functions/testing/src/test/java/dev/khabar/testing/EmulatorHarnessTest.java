package dev.khabar.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.khabar.emulator.ProvisionedResources;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;

@WithEmulator
class EmulatorHarnessTest {
    private static final Duration PATIENCE = Duration.ofSeconds(20);

    /** Built like production code builds it: no endpoint, region or credentials in code. */
    private static S3Client defaultChainS3() {
        return S3Client.builder().httpClient(UrlConnectionHttpClient.create()).build();
    }

    @Test
    void objectEventsReachTheQueueWithEncodedKeysAndIncreasingSequencers(Emulator emulator) {
        ProvisionedResources aws = emulator.provision();
        String key = "أخبار/تقرير السوق 2024.txt";
        try (S3Client s3 = defaultChainS3(); SqsClient sqs = emulator.sqs()) {
            s3.putObject(b -> b.bucket(aws.bucket()).key(key), RequestBody.fromString("نص الخبر", StandardCharsets.UTF_8));
            JsonNode created = onlyRecord(sqs, aws.queueUrl());
            assertTrue(created.path("eventName").asText().startsWith("ObjectCreated:"), created::toString);
            assertEquals(aws.bucket(), created.path("s3").path("bucket").path("name").asText());
            assertEquals(key, S3EventRecords.decodedKey(created));
            assertFalse(created.path("s3").path("object").path("key").asText().contains(" "), "S3 sends keys URL-encoded");

            s3.deleteObject(b -> b.bucket(aws.bucket()).key(key));
            JsonNode removed = onlyRecord(sqs, aws.queueUrl());
            assertTrue(removed.path("eventName").asText().startsWith("ObjectRemoved:"), removed::toString);
            assertEquals(key, S3EventRecords.decodedKey(removed));
            assertTrue(sequencer(removed).compareTo(sequencer(created)) > 0,
                    "a later event on a key has a larger sequencer: " + created + " then " + removed);
        }
    }

    @Test
    void aMessageReceivedMaxReceiveCountTimesWithoutSuccessMovesToTheDeadLetterQueue(Emulator emulator) {
        ProvisionedResources aws = emulator.provision();
        try (SqsClient sqs = emulator.sqs()) {
            sqs.sendMessage(b -> b.queueUrl(aws.queueUrl()).messageBody("poison"));
            int receives = 0;
            while (receives <= aws.maxReceiveCount()) {
                List<Message> got = sqs.receiveMessage(b -> b.queueUrl(aws.queueUrl()).waitTimeSeconds(1)).messages();
                if (got.isEmpty()) {
                    break;
                }
                receives++;
                // a failed attempt: the consumer neither deletes it nor waits out the visibility timeout
                sqs.changeMessageVisibility(b -> b.queueUrl(aws.queueUrl()).receiptHandle(got.getFirst().receiptHandle()).visibilityTimeout(0));
            }
            assertEquals(aws.maxReceiveCount(), receives, "receives before the message left the ingest queue");
            List<Message> dead = QueueMessages.receive(sqs, aws.deadLetterQueueUrl(), 1, PATIENCE);
            assertEquals(List.of("poison"), dead.stream().map(Message::body).toList());
        }
    }

    @Test
    void provisionedQueuesStartEmptyAndFollowTheTemplate(Emulator emulator) {
        ProvisionedResources aws = emulator.provision();
        JsonNode redrive = emulator.template().path("Resources").path("IngestQueue").path("Properties").path("RedrivePolicy");
        assertEquals(redrive.path("maxReceiveCount").asInt(), aws.maxReceiveCount());
        try (SqsClient sqs = emulator.sqs()) {
            assertEquals(List.of(), sqs.receiveMessage(b -> b.queueUrl(aws.queueUrl()).waitTimeSeconds(1)).messages(),
                    "the s3:TestEvent is consumed by provisioning");
        }
    }

    private static JsonNode onlyRecord(SqsClient sqs, String queueUrl) {
        List<Message> messages = QueueMessages.receive(sqs, queueUrl, 1, PATIENCE);
        assertEquals(1, messages.size(), "messages received");
        QueueMessages.delete(sqs, queueUrl, messages);
        List<JsonNode> records = S3EventRecords.of(messages.getFirst().body());
        assertEquals(1, records.size(), messages.getFirst().body());
        return records.getFirst();
    }

    private static BigInteger sequencer(JsonNode record) {
        String sequencer = record.path("s3").path("object").path("sequencer").asText();
        assertFalse(sequencer.isEmpty(), "the event carries a sequencer: " + record);
        return new BigInteger(sequencer, 16);
    }
}
