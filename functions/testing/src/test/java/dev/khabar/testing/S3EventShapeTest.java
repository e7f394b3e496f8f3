package dev.khabar.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.khabar.emulator.ProvisionedResources;
import dev.khabar.emulator.RepoRoot;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;

/** The emulator's S3 notifications carry every field of the samples in events/ (which follow S3's documentation); removals carry no size or eTag. */
@WithEmulator
class S3EventShapeTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void sampleKeysDecodeToTheArabicFileName() throws IOException {
        for (String sample : List.of("s3-put.json", "s3-delete.json", "s3-delete-marker.json")) {
            JsonNode record = S3EventRecords.of(sample(sample).toString()).getFirst();
            assertEquals("أخبار/2024/تقرير السوق الشهري.txt", S3EventRecords.decodedKey(record), sample);
        }
        JsonNode sqsPut = sample("sqs-s3-put.json").path("Records").get(0);
        assertEquals(sample("s3-put.json"), JSON.readTree(sqsPut.path("body").asText()), "the SQS sample wraps the S3 sample");
        assertEquals(List.of(), S3EventRecords.of(sample("s3-test-event.json").toString()), "a test event has no records");
    }

    @Test
    void emulatedEventsHaveTheFieldsOfTheSamples(Emulator emulator) throws IOException {
        ProvisionedResources aws = emulator.provision();
        try (S3Client s3 = emulator.s3(); SqsClient sqs = emulator.sqs()) {
            s3.putObject(b -> b.bucket(aws.bucket()).key("news/مقال اليوم.html"), RequestBody.fromString("<p>نص</p>", StandardCharsets.UTF_8));
            s3.deleteObject(b -> b.bucket(aws.bucket()).key("news/مقال اليوم.html"));
            List<Message> messages = QueueMessages.receive(sqs, aws.queueUrl(), 2, Duration.ofSeconds(20));
            assertEquals(2, messages.size(), "messages received");

            JsonNode put = JSON.readTree(messages.get(0).body());
            JsonNode removal = JSON.readTree(messages.get(1).body());
            assertEquals(Set.of(), missing(sample("s3-put.json"), put), "put event fields missing: " + put);
            String removalSample = aws.versioned() ? "s3-delete-marker.json" : "s3-delete.json";
            assertEquals(Set.of(), missing(sample(removalSample), removal), "removal event fields missing: " + removal);
            JsonNode removedObject = removal.path("Records").get(0).path("s3").path("object");
            assertEquals(List.of(false, false), List.of(removedObject.has("size"), removedObject.has("eTag")),
                    "S3 sends no size or eTag for a removal: " + removedObject);
            assertEquals("news/مقال+اليوم.html".replace("مقال", "%D9%85%D9%82%D8%A7%D9%84").replace("اليوم", "%D8%A7%D9%84%D9%8A%D9%88%D9%85"),
                    put.path("Records").get(0).path("s3").path("object").path("key").asText(),
                    "keys are form-encoded with slashes kept, as S3 sends them");
        }
    }

    private static JsonNode sample(String name) throws IOException {
        return JSON.readTree(Files.readString(RepoRoot.find().resolve("events").resolve(name)));
    }

    /** The field paths of {@code expected} that {@code actual} lacks. */
    private static Set<String> missing(JsonNode expected, JsonNode actual) {
        Set<String> missing = fieldPaths(expected);
        missing.removeAll(fieldPaths(actual));
        return missing;
    }

    /** Every object field's path, e.g. {@code Records[].s3.object.key}: the shape without the values. */
    private static Set<String> fieldPaths(JsonNode node) {
        Set<String> paths = new TreeSet<>();
        collect(node, "", paths);
        return paths;
    }

    private static void collect(JsonNode node, String path, Set<String> paths) {
        if (node.isObject()) {
            node.properties().forEach(e -> {
                String child = path.isEmpty() ? e.getKey() : path + "." + e.getKey();
                paths.add(child);
                collect(e.getValue(), child, paths);
            });
        } else if (node.isArray()) {
            node.forEach(item -> collect(item, path + "[]", paths));
        }
    }
}
