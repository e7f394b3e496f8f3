package dev.khabar.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.khabar.emulator.ProvisionedResources;
import dev.khabar.emulator.SqsEventSource;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;

@WithEmulator
class SqsEventSourceTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration WAIT = Duration.ofSeconds(2);
    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @Test
    void reportedFailuresStayOnTheQueueAndTheRestIsDeleted(Emulator emulator) {
        ProvisionedResources aws = emulator.provision();
        try (SqsClient sqs = emulator.sqs()) {
            sqs.sendMessage(b -> b.queueUrl(aws.queueUrl()).messageBody("first"));
            sqs.sendMessage(b -> b.queueUrl(aws.queueUrl()).messageBody("second"));
            SqsEventSource source = new SqsEventSource(sqs, aws.queueUrl(), aws.queueArn(), emulator.region().id());
            List<JsonNode> seen = new ArrayList<>();
            while (seen.size() < 2) {
                int handed = source.pollOnce(event -> {
                    List<JsonNode> records = records(event);
                    seen.addAll(records);
                    return ids(records.stream().filter(r -> r.path("body").asText().equals("first")).toList());
                }, 10, WAIT, Duration.ZERO);
                assertEquals(true, handed > 0, "both messages arrive");
            }
            assertEquals(List.of(aws.queueArn(), aws.queueArn()), seen.stream().map(r -> r.path("eventSourceARN").asText()).toList());
            assertEquals("1", seen.getFirst().path("attributes").path("ApproximateReceiveCount").asText());

            List<Message> left = QueueMessages.receive(sqs, aws.queueUrl(), 1, PATIENCE);
            assertEquals(List.of("first"), left.stream().map(Message::body).toList());
        }
    }

    @Test
    void aThrowingHandlerGetsTheWholeBatchAgain(Emulator emulator) {
        ProvisionedResources aws = emulator.provision();
        try (SqsClient sqs = emulator.sqs()) {
            sqs.sendMessage(b -> b.queueUrl(aws.queueUrl()).messageBody("only"));
            SqsEventSource source = new SqsEventSource(sqs, aws.queueUrl(), aws.queueArn(), emulator.region().id());
            assertThrows(IllegalStateException.class, () -> source.pollOnce(event -> {
                throw new IllegalStateException("handler failed");
            }, 10, WAIT, Duration.ZERO));
            List<String> again = new ArrayList<>();
            source.pollOnce(event -> {
                records(event).forEach(r -> again.add(r.path("body").asText() + "@"
                        + r.path("attributes").path("ApproximateReceiveCount").asText()));
                return Set.of();
            }, 10, WAIT, Duration.ZERO);
            assertEquals(List.of("only@2"), again);
        }
    }

    @Test
    void aMessageThatAlwaysFailsEndsInTheDeadLetterQueue(Emulator emulator) {
        ProvisionedResources aws = emulator.provision();
        try (SqsClient sqs = emulator.sqs()) {
            sqs.sendMessage(b -> b.queueUrl(aws.queueUrl()).messageBody("poison"));
            SqsEventSource source = new SqsEventSource(sqs, aws.queueUrl(), aws.queueArn(), emulator.region().id());
            int deliveries = 0;
            for (int poll = 0; poll <= aws.maxReceiveCount() + 1; poll++) {
                deliveries += source.pollOnce(event -> ids(records(event)), 10, WAIT, Duration.ZERO);
            }
            assertEquals(aws.maxReceiveCount(), deliveries);
            List<Message> dead = QueueMessages.receive(sqs, aws.deadLetterQueueUrl(), 1, PATIENCE);
            assertEquals(List.of("poison"), dead.stream().map(Message::body).toList());
        }
    }

    private static List<JsonNode> records(byte[] event) {
        try {
            return StreamSupport.stream(JSON.readTree(event).path("Records").spliterator(), false).toList();
        } catch (IOException e) {
            throw new IllegalStateException("the event source wrote an event that is not JSON", e);
        }
    }

    private static Set<String> ids(List<JsonNode> records) {
        return records.stream().map(r -> r.path("messageId").asText()).collect(Collectors.toSet());
    }
}
