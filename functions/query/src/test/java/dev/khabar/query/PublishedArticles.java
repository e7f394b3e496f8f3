package dev.khabar.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.khabar.emulator.LambdaSqsEvent;
import dev.khabar.emulator.ProvisionedResources;
import dev.khabar.extract.ExtractConfig;
import dev.khabar.extract.ExtractHandler;
import dev.khabar.extract.text.DocumentTextDecoder;
import dev.khabar.store.AwsClients;
import dev.khabar.store.TableKeys;
import dev.khabar.testing.Emulator;
import dev.khabar.testing.QueueMessages;
import dev.khabar.testing.SharedEmulator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;

/**
 * The table the query tests read, filled once per JVM the way production fills it: articles uploaded to the
 * emulator's bucket, their S3 events taken from the ingest queue and handed to the real extract function.
 * The Arabic seed and an English article of our own both speak of Meta; a third object is not text and fails.
 * Resources are named with a fixed prefix, so document ids are known in advance (events/api-*.json use them).
 */
final class PublishedArticles {
    static final String PREFIX = "query-fixture";
    static final String SEED_KEY = "seeds/000_acbe007552a08bad.txt";
    static final String ENGLISH_KEY = "en/meta-figure.txt";
    static final String BROKEN_KEY = "broken/not-text.txt";
    static final byte[] CURSOR_KEY = "test-cursor-key-of-at-least-32-bytes!".getBytes(StandardCharsets.UTF_8);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static PublishedArticles instance;

    final ProvisionedResources aws;
    final String seedDoc;
    final String englishDoc;
    final String brokenDoc;
    final DynamoDbClient dynamo;
    final ApiCalls api;

    private PublishedArticles() {
        Emulator emulator = SharedEmulator.get();
        aws = emulator.provision(PREFIX);
        seedDoc = TableKeys.docId(aws.bucket(), SEED_KEY);
        englishDoc = TableKeys.docId(aws.bucket(), ENGLISH_KEY);
        brokenDoc = TableKeys.docId(aws.bucket(), BROKEN_KEY);
        try (S3Client s3 = emulator.s3(); SqsClient sqs = emulator.sqs()) {
            upload(s3, SEED_KEY, read(OpenApiContract.REPO.resolve(SEED_KEY)), "2025-08-30");
            upload(s3, ENGLISH_KEY, resource("articles/meta-figure.txt"), "2025-10-14");
            upload(s3, BROKEN_KEY, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0}, null);
            List<Message> messages = QueueMessages.receive(sqs, aws.queueUrl(), 3, Duration.ofSeconds(30));
            assertEquals(3, messages.size(), "one S3 event per upload reaches the ingest queue");
            extract(emulator, messages);
            QueueMessages.delete(sqs, aws.queueUrl(), messages);
        }
        dynamo = emulator.dynamoDb();
        api = new ApiCalls(new QueryHandler(QueryHandler.api(dynamo, aws.table(), CURSOR_KEY)));
    }

    static synchronized PublishedArticles get() {
        if (instance == null) {
            instance = new PublishedArticles();
        }
        return instance;
    }

    private void upload(S3Client s3, String key, byte[] bytes, String published) {
        s3.putObject(b -> b.bucket(aws.bucket()).key(key).contentType("text/plain; charset=utf-8")
                .metadata(published == null ? Map.of() : Map.of("published", published)), RequestBody.fromBytes(bytes));
    }

    /** Runs the extract function on the messages as Lambda's SQS event source would deliver them. */
    private void extract(Emulator emulator, List<Message> messages) {
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DynamoDbClient dynamo = emulator.dynamoDb();
             InputStream in = new ByteArrayInputStream(
                     LambdaSqsEvent.json(messages, aws.queueArn(), emulator.region().id()))) {
            ExtractConfig config = ExtractConfig.fromEnv(Map.of("TABLE_NAME", aws.table()));
            ExtractHandler handler = new ExtractHandler(config, AwsClients.s3Objects(), dynamo, new DocumentTextDecoder(config.maxObjectBytes()),
                    Clock.systemUTC(), new PrintStream(log, true, StandardCharsets.UTF_8));
            handler.handleRequest(in, out, null);
            JsonNode response = JSON.readTree(out.toByteArray());
            assertEquals(0, response.path("batchItemFailures").size(),
                    () -> "every upload is processed: " + response + "\n" + log.toString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] read(java.nio.file.Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] resource(String name) {
        try (InputStream in = PublishedArticles.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("test resource " + name + " is missing");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
