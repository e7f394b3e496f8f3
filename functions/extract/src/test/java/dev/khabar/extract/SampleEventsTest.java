package dev.khabar.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.khabar.extract.event.EventParser;
import dev.khabar.store.ItemAttributes;
import dev.khabar.testing.Emulator;
import dev.khabar.testing.WithEmulator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.BucketAlreadyOwnedByYouException;

/** Every file of events/ (what {@code sam local invoke -e} is given) goes through the function as it stands. */
@WithEmulator
class SampleEventsTest {
    static final Path EVENTS = ExtractHandlerTest.repoRoot().resolve("events");

    @Test
    void everySampleEventIsHandled(Emulator emulator) throws IOException {
        List<String> files;
        try (var listing = Files.list(EVENTS)) {
            files = listing.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json") && (n.startsWith("s3-") || n.startsWith("sqs-"))).sorted().toList();
        }
        assertEquals(List.of("s3-delete-marker.json", "s3-delete.json", "s3-put.json", "s3-test-event.json",
                "sqs-s3-delete.json", "sqs-s3-put.json", "sqs-s3-test-event.json"), files,
                "a new sample event needs its expectation here");

        try (Pipeline pipeline = new Pipeline(emulator, ExtractHandlerTest.MAX_BYTES); S3Client admin = emulator.s3()) {
            JsonNode put = read("s3-put.json").path("Records").get(0).path("s3");
            String bucket = put.path("bucket").path("name").asText();
            String key = EventParser.decodeKey(put.path("object").path("key").asText());
            try {
                admin.createBucket(b -> b.bucket(bucket));
            } catch (BucketAlreadyOwnedByYouException alreadyThere) {
                // another run of this test in the same emulator made it
            }
            admin.putObject(b -> b.bucket(bucket).key(key),
                    software.amazon.awssdk.core.sync.RequestBody.fromString("تقرير السوق الشهري.", StandardCharsets.UTF_8));

            assertEquals("{}", invoke(pipeline, "s3-test-event.json").toString());
            assertEquals(0, invoke(pipeline, "sqs-s3-test-event.json").path("batchItemFailures").size());
            assertEquals("{}", invoke(pipeline, "s3-put.json").toString());
            assertEquals(0, invoke(pipeline, "sqs-s3-put.json").path("batchItemFailures").size());
            Map<String, software.amazon.awssdk.services.dynamodb.model.AttributeValue> document =
                    pipeline.dynamo.getItem(b -> b.tableName(pipeline.aws.table()).consistentRead(true).key(Map.of(
                            "PK", software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromS(
                                    "DOC#" + dev.khabar.store.TableKeys.docId(bucket, key)),
                            "SK", software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromS("META")))).item();
            assertEquals("DONE", document.get(ItemAttributes.STATUS).s());
            assertEquals(key, document.get(ItemAttributes.OBJECT_KEY).s());

            assertEquals("{}", invoke(pipeline, "s3-delete.json").toString());
            assertEquals(0, invoke(pipeline, "sqs-s3-delete.json").path("batchItemFailures").size());
            assertEquals("{}", invoke(pipeline, "s3-delete-marker.json").toString());
            assertEquals("{}", invoke(pipeline, "s3-put.json").toString());
            assertEquals(List.of("DONE", "STALE", "DELETED", "STALE", "STALE", "STALE"), pipeline.results(key));
        }
    }

    private static JsonNode read(String file) throws IOException {
        return Pipeline.JSON.readTree(Files.readString(EVENTS.resolve(file), StandardCharsets.UTF_8));
    }

    private static JsonNode invoke(Pipeline pipeline, String file) throws IOException {
        return pipeline.invoke(pipeline.handler, Files.readString(EVENTS.resolve(file), StandardCharsets.UTF_8));
    }
}
