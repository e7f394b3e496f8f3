package dev.khabar.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CompletedPart;

/**
 * The whole local service as a user meets it: start {@code bin/khabar local}, upload an article with the AWS SDK,
 * read its facts over HTTP, copy it and upload it in parts, delete it, stop with SIGTERM, and find nothing left running.
 */
class LocalCommandIT {
    private static final Duration PROCESSING = Duration.ofSeconds(60);
    private static final String KEY = "e2e/orbital robotics.txt";
    private static final String COPY_KEY = "e2e/copy.txt";
    private static final String MULTIPART_KEY = "e2e/multipart.txt";
    private static final String ARTICLE = "Meta invested $2 billion in Orbital Robotics, a startup based in Austin,"
            + " the company said on Tuesday. Sarah Lin, the chief executive of Orbital Robotics, said the money would"
            + " pay for two new factories.";

    @Test
    void uploadedArticleIsQueryableThenStopLeavesNothingRunning() throws Exception {
        try (LocalCommand local = LocalCommand.start("--no-seeds")) {
            String bucket = local.bannerValue("bucket");
            try (S3Client s3 = local.emulator().s3()) {
                s3.putObject(b -> b.bucket(bucket).key(KEY).contentType("text/plain; charset=utf-8"), RequestBody.fromString(ARTICLE));
            }
            local.awaitLine(line -> line.contains(" DONE ") && line.contains(KEY), PROCESSING);

            Http api = new Http(local.api());
            Http.Answer documents = api.get("/documents");
            assertEquals(200, documents.status(), documents.text());
            JsonNode document = only(documents.body().path("items"), d -> KEY.equals(d.path("key").asText()));
            assertEquals("DONE", document.path("status").asText(), document.toString());
            String documentId = document.path("id").asText();

            Http.Answer facts = api.get("/documents/" + documentId + "/facts");
            assertEquals(200, facts.status(), facts.text());
            assertTrue(hasInvestmentOf(facts.body()), "no INVESTMENT fact in " + facts.text());

            Http.Answer entities = api.get("/entities?q=Meta");
            assertEquals(200, entities.status(), entities.text());
            JsonNode meta = only(entities.body().path("items"), e -> "Meta".equals(e.path("name").asText()));
            Http.Answer entityFacts = api.get("/entities/" + Http.encode(meta.path("id").asText()) + "/facts");
            assertEquals(200, entityFacts.status(), entityFacts.text());
            assertTrue(StreamSupport.stream(entityFacts.body().path("items").spliterator(), false)
                    .anyMatch(f -> "INVESTMENT".equals(f.path("type").asText()) && documentId.equals(f.path("documentId").asText())),
                    "Meta's facts do not include the investment of " + documentId + ": " + entityFacts.text());

            // the other ways an object is created notify too: a copy and a multipart upload
            try (S3Client s3 = local.emulator().s3()) {
                s3.copyObject(b -> b.sourceBucket(bucket).sourceKey(KEY).destinationBucket(bucket).destinationKey(COPY_KEY));
                String upload = s3.createMultipartUpload(b -> b.bucket(bucket).key(MULTIPART_KEY)).uploadId();
                String eTag = s3.uploadPart(b -> b.bucket(bucket).key(MULTIPART_KEY).uploadId(upload).partNumber(1),
                        RequestBody.fromString(ARTICLE)).eTag();
                s3.completeMultipartUpload(b -> b.bucket(bucket).key(MULTIPART_KEY).uploadId(upload)
                        .multipartUpload(m -> m.parts(CompletedPart.builder().partNumber(1).eTag(eTag).build())));
            }
            local.awaitLine(line -> line.contains(" DONE ") && line.contains(COPY_KEY), PROCESSING);
            local.awaitLine(line -> line.contains(" DONE ") && line.contains(MULTIPART_KEY), PROCESSING);

            Http.Answer unknownRoute = api.get("/nowhere");
            assertEquals(404, unknownRoute.status(), "API Gateway answers unknown routes itself");
            assertEquals("Not Found", unknownRoute.body().path("message").asText(), unknownRoute.text());

            // a delete in the versioned bucket creates a delete marker; the emulator must notify that too
            try (S3Client s3 = local.emulator().s3()) {
                s3.deleteObject(b -> b.bucket(bucket).key(KEY));
            }
            local.awaitLine(line -> line.contains(" DELETED ") && line.contains(KEY), PROCESSING);
            assertEquals(404, api.get("/documents/" + documentId).status(), "a deleted document is gone");

            List<ProcessHandle> children = local.handle().descendants().toList();
            assertFalse(children.isEmpty(), "the moto server runs as a child process");
            assertEquals(0, local.stop(), local.output());
            for (ProcessHandle child : children) {
                assertTrue(child.onExit().get(10, TimeUnit.SECONDS) != null && !child.isAlive(),
                        "child process " + child.pid() + " is still running");
            }
            assertTrue(LocalCommand.portIsFree(local.apiPort()), "the API port is still taken");
            assertTrue(LocalCommand.portIsFree(local.emulatorPort()), "the emulator port is still taken");
            assertTrue(local.output().contains("Stopped."), local.output());
        }
    }

    private static boolean hasInvestmentOf(JsonNode factsDocument) {
        JsonNode entities = factsDocument.path("entities");
        return StreamSupport.stream(factsDocument.path("facts").spliterator(), false)
                .filter(f -> "INVESTMENT".equals(f.path("type").asText()))
                .anyMatch(f -> "Meta".equals(nameOf(entities, f.path("subject").asText()))
                        && "Orbital Robotics".equals(nameOf(entities, f.path("object").asText())));
    }

    private static String nameOf(JsonNode entities, String id) {
        return StreamSupport.stream(entities.spliterator(), false).filter(e -> id.equals(e.path("id").asText()))
                .map(e -> e.path("name").asText()).findFirst().orElse(null);
    }

    private static JsonNode only(JsonNode items, Predicate<JsonNode> wanted) {
        List<JsonNode> found = StreamSupport.stream(items.spliterator(), false).filter(wanted).toList();
        assertEquals(1, found.size(), "expected exactly one match in " + items);
        return found.getFirst();
    }
}
