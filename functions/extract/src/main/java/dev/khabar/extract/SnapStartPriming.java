package dev.khabar.extract;

import dev.khabar.core.json.JsonText;
import dev.khabar.extract.text.DocumentTextDecoder;
import dev.khabar.store.objects.S3ObjectGetter;
import dev.khabar.store.priming.OfflineHttpClient;
import dev.khabar.store.priming.PrimingClients;
import dev.khabar.store.priming.RecordingDynamoDb;
import dev.khabar.store.priming.SnapStartHook;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * SnapStart priming: before Lambda snapshots the initialized function, one whole invocation runs in memory, so
 * what the first real invocation after a restore would load and compile (event parsing, the S3 read, the DynamoDB
 * marshallers and signer, the extraction core with its resources, the decoders of every upload format:
 * PDFBox, jsoup…) is already in the snapshot. The invocation goes through the real handler code over SDK clients
 * whose HTTP client answers in memory ({@link OfflineHttpClient}): no network call, nothing written anywhere,
 * nothing logged as a document.
 * Without SnapStart (or on a JVM without CRaC) the registration is all that happens.
 */
public final class SnapStartPriming {
    static final String BUCKET = "priming";
    static final String KEY = "priming/article.txt";
    /** Both languages, each with a fact, so the core's Arabic and English paths both run. */
    static final String ARTICLE = """
            Harbor Robotics raises $40 million as Meta invests in its warehouse platform
            Meta invested $40 million in Harbor Robotics, the Boston startup said on Tuesday. Its chief executive, \
            Dana Whitfield, said the money will fund a new plant in Ohio.
            استثمرت شركة ميتا 40 مليون دولار في شركة هاربر روبوتيكس الناشئة، وقالت الشركة إن المبلغ سيموّل مصنعاً جديداً.
            """;

    private SnapStartPriming() {
    }

    /** Called from the handler's static initializer: once per container. */
    static void register() {
        SnapStartHook.register(new Prime());
    }

    /** A class, not a method reference: registered at every cold start, with SnapStart or not (no bootstrap to run). */
    private static final class Prime implements SnapStartHook.Priming {
        @Override
        public Object run() throws Exception {
            return prime();
        }
    }

    /** Runs one SQS-delivered S3 event through a handler over in-memory clients; returns the batch response. */
    static String prime() throws IOException {
        byte[] article = ARTICLE.getBytes(StandardCharsets.UTF_8);
        OfflineHttpClient s3Http = new OfflineHttpClient((request, body) -> new OfflineHttpClient.Answer(200, Map.of(
                "Content-Type", List.of("text/plain; charset=utf-8"),
                "Content-Length", List.of(Integer.toString(article.length)),
                "ETag", List.of("\"priming\"")), article));
        RecordingDynamoDb table = new RecordingDynamoDb();
        S3ObjectGetter s3 = new S3ObjectGetter(s3Http, PrimingClients.credentials(), PrimingClients.REGION,
                PrimingClients.ENDPOINT);
        try (var dynamo = PrimingClients.dynamoDb(new OfflineHttpClient(table));
             PrintStream silent = new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8)) {
            ExtractConfig config = ExtractConfig.fromEnv(Map.of("TABLE_NAME", BUCKET));
            ExtractHandler handler = new ExtractHandler(config, s3, dynamo,
                    DocumentTextDecoder.primed(config.maxObjectBytes()), Clock.systemUTC(), silent);
            ByteArrayOutputStream output = new ByteArrayOutputStream();
            handler.handleRequest(new ByteArrayInputStream(sqsEvent(article.length)), output, null);
            String response = output.toString(StandardCharsets.UTF_8);
            if (response.contains("itemIdentifier")) {
                throw new IllegalStateException("the priming invocation reported a failure: " + response);
            }
            return response;
        }
    }

    /** An SQS event carrying an S3 ObjectCreated notification, as the event source mapping delivers it. */
    private static byte[] sqsEvent(int size) {
        JsonText notification = new JsonText().startObject().name("Records").startArray().startObject()
                .field("eventVersion", "2.1")
                .field("eventSource", "aws:s3")
                .field("awsRegion", PrimingClients.REGION.id())
                .field("eventTime", Instant.now().toString())
                .field("eventName", "ObjectCreated:Put")
                .name("s3").startObject()
                .name("bucket").startObject().field("name", BUCKET).endObject()
                .name("object").startObject().field("key", KEY).field("size", size).field("eTag", "priming")
                .field("sequencer", "0A1B2C3D4E5F60").endObject()
                .endObject()
                .endObject().endArray().endObject();
        JsonText event = new JsonText().startObject().name("Records").startArray().startObject()
                .field("messageId", "priming")
                .field("body", notification.toString())
                .field("eventSource", "aws:sqs")
                .endObject().endArray().endObject();
        return event.toString().getBytes(StandardCharsets.UTF_8);
    }
}
