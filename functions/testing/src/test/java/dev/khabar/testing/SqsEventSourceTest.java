package dev.khabar.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import dev.khabar.emulator.ProvisionedResources;
import dev.khabar.emulator.SqsEventSource;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;

@WithEmulator
class SqsEventSourceTest {
    private static final Duration WAIT = Duration.ofSeconds(2);
    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @Test
    void reportedFailuresStayOnTheQueueAndTheRestIsDeleted(Emulator emulator) {
        ProvisionedResources aws = emulator.provision();
        try (SqsClient sqs = emulator.sqs()) {
            sqs.sendMessage(b -> b.queueUrl(aws.queueUrl()).messageBody("first"));
            sqs.sendMessage(b -> b.queueUrl(aws.queueUrl()).messageBody("second"));
            SqsEventSource source = new SqsEventSource(sqs, aws.queueUrl(), aws.queueArn(), emulator.region().id());
            List<SQSEvent.SQSMessage> seen = new ArrayList<>();
            while (seen.size() < 2) {
                int handed = source.pollOnce(event -> {
                    seen.addAll(event.getRecords());
                    return failures(event.getRecords().stream().filter(r -> r.getBody().equals("first")).toList());
                }, 10, WAIT, Duration.ZERO);
                assertEquals(true, handed > 0, "both messages arrive");
            }
            assertEquals(List.of(aws.queueArn(), aws.queueArn()), seen.stream().map(SQSEvent.SQSMessage::getEventSourceArn).toList());
            assertEquals("1", seen.getFirst().getAttributes().get("ApproximateReceiveCount"));

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
                event.getRecords().forEach(r -> again.add(r.getBody() + "@" + r.getAttributes().get("ApproximateReceiveCount")));
                return new SQSBatchResponse(List.of());
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
                deliveries += source.pollOnce(event -> failures(event.getRecords()), 10, WAIT, Duration.ZERO);
            }
            assertEquals(aws.maxReceiveCount(), deliveries);
            List<Message> dead = QueueMessages.receive(sqs, aws.deadLetterQueueUrl(), 1, PATIENCE);
            assertEquals(List.of("poison"), dead.stream().map(Message::body).toList());
        }
    }

    private static SQSBatchResponse failures(List<SQSEvent.SQSMessage> failed) {
        return new SQSBatchResponse(failed.stream().map(m -> new SQSBatchResponse.BatchItemFailure(m.getMessageId())).toList());
    }
}
