package dev.khabar.local.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.khabar.emulator.LambdaSqsEvent;
import dev.khabar.extract.event.EventParser;
import dev.khabar.extract.event.Invocation;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;

class LambdaSqsEventTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ARN = "arn:aws:sqs:us-east-1:123456789012:khabar-local-ingest-queue";

    @Test
    void hasTheShapeOfTheSampleLambdaEvent() throws Exception {
        JsonNode sample = JSON.readTree(Files.readString(Path.of(System.getProperty("khabar.root"), "events", "sqs-s3-put.json")))
                .path("Records").get(0);
        Message message = Message.builder().messageId(sample.path("messageId").asText())
                .receiptHandle(sample.path("receiptHandle").asText()).body(sample.path("body").asText())
                .md5OfBody(sample.path("md5OfBody").asText())
                .attributes(Map.of(MessageSystemAttributeName.APPROXIMATE_RECEIVE_COUNT, "2",
                        MessageSystemAttributeName.SENT_TIMESTAMP, "1715677951412"))
                .build();

        JsonNode record = JSON.readTree(LambdaSqsEvent.json(List.of(message), ARN, "us-east-1")).path("Records").get(0);

        List<String> sampleFields = iterate(sample.fieldNames());
        assertEquals(sampleFields, iterate(record.fieldNames()), "the same fields in the same order as Lambda's");
        assertEquals("aws:sqs", record.path("eventSource").asText());
        assertEquals(ARN, record.path("eventSourceARN").asText());
        assertEquals("2", record.path("attributes").path("ApproximateReceiveCount").asText());
        assertEquals(sample.path("body").asText(), record.path("body").asText());
    }

    @Test
    void theExtractFunctionReadsItAsAnSqsBatch() throws Exception {
        String body = """
                {"Records":[{"eventSource":"aws:s3","eventTime":"2026-01-02T03:04:05.000Z","eventName":"ObjectCreated:Put",\
                "s3":{"bucket":{"name":"b"},"object":{"key":"a+b%C3%A9.txt","sequencer":"0A"}}}]}""";
        List<Message> batch = List.of(
                Message.builder().messageId("m1").receiptHandle("r1").body(body).build(),
                Message.builder().messageId("m2").receiptHandle("r2").body("not json").build());

        Invocation invocation = new EventParser().parse(new ByteArrayInputStream(LambdaSqsEvent.json(batch, ARN, "us-east-1")));

        assertTrue(invocation.fromSqs());
        assertEquals(2, invocation.messages().size());
        assertEquals("m1", invocation.messages().get(0).id());
        assertEquals("a bé.txt", invocation.messages().get(0).events().get(0).key());
        assertTrue(invocation.messages().get(1).malformed(), "a bad body is the function's to report, not dropped here");
    }

    private static List<String> iterate(Iterator<String> names) {
        List<String> list = new ArrayList<>();
        names.forEachRemaining(list::add);
        return list;
    }
}
