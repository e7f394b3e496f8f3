package dev.khabar.bench.coldstart;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.khabar.emulator.EmulatorEndpoint;
import dev.khabar.emulator.LambdaSqsEvent;
import dev.khabar.emulator.MotoServer;
import dev.khabar.emulator.ProvisionedResources;
import dev.khabar.emulator.TemplateProvisioner;
import dev.khabar.store.CompressedText;
import dev.khabar.store.ItemAttributes;
import dev.khabar.store.TableKeys;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;

/**
 * The emulator side of the bench: a moto server with the template's bucket, queue and table, the seed uploaded under
 * as many keys as there will be extract invocations, and the S3 notifications moto sends for them, taken off the
 * queue and wrapped in SQS events as Lambda's event source mapping delivers them (one message per invocation).
 */
final class Fixture implements AutoCloseable {
    static final Region REGION = Region.US_EAST_1;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration DRAIN_TIMEOUT = Duration.ofSeconds(120);

    private final MotoServer moto;
    private final EmulatorEndpoint endpoint;
    private final ProvisionedResources resources;
    private final String cursorKey = HexFormat.of().formatHex(randomBytes(32));
    private final Deque<String> extractEvents = new ArrayDeque<>();

    private Fixture(MotoServer moto, ProvisionedResources resources) {
        this.moto = moto;
        this.endpoint = new EmulatorEndpoint(moto.endpoint(), REGION);
        this.resources = resources;
    }

    static Fixture start(Path repoRoot) {
        MotoServer moto = MotoServer.start(repoRoot);
        try {
            TemplateProvisioner provisioner = new TemplateProvisioner(repoRoot.resolve("infra/template.yaml"));
            String prefix = "bench" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
            return new Fixture(moto, provisioner.provision(new EmulatorEndpoint(moto.endpoint(), REGION), prefix));
        } catch (RuntimeException e) {
            moto.close();
            throw e;
        }
    }

    /** The environment of a function process: region, dummy credentials, the emulator as endpoint, the table. */
    Map<String, String> functionEnvironment() {
        Map<String, String> env = new HashMap<>();
        env.put("AWS_REGION", REGION.id());
        env.put("AWS_DEFAULT_REGION", REGION.id());
        env.put("AWS_ACCESS_KEY_ID", EmulatorEndpoint.ACCESS_KEY_ID);
        env.put("AWS_SECRET_ACCESS_KEY", EmulatorEndpoint.SECRET_ACCESS_KEY);
        env.put("AWS_ENDPOINT_URL", moto.endpoint().toString());
        env.put("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "1024");
        env.put("TABLE_NAME", resources.table());
        env.put("CURSOR_KEY", cursorKey);
        return env;
    }

    String table() {
        return resources.table();
    }

    DynamoDbClient dynamoDb() {
        return endpoint.dynamoDb();
    }

    /** Uploads {@code count} copies of the seed and keeps the SQS event of each for {@link #nextExtractEvent()}. */
    void prepareExtractEvents(byte[] seed, int count) throws IOException {
        String run = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
        try (S3Client s3 = endpoint.s3(); SqsClient sqs = endpoint.sqs()) {
            for (int i = 0; i < count; i++) {
                String key = String.format("bench/%s/%05d.txt", run, i);
                s3.putObject(b -> b.bucket(resources.bucket()).key(key)
                        .contentType("text/plain; charset=utf-8"), RequestBody.fromBytes(seed));
            }
            long deadline = System.nanoTime() + DRAIN_TIMEOUT.toNanos();
            while (extractEvents.size() < count) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("only " + extractEvents.size() + " of " + count
                            + " S3 notifications arrived in the queue within " + DRAIN_TIMEOUT.toSeconds() + " s");
                }
                List<Message> messages = sqs.receiveMessage(b -> b.queueUrl(resources.queueUrl())
                        .maxNumberOfMessages(10).waitTimeSeconds(1).messageSystemAttributeNamesWithStrings("All"))
                        .messages();
                for (Message message : messages) {
                    extractEvents.add(new String(LambdaSqsEvent.json(List.of(message), resources.queueArn(), REGION.id()),
                            StandardCharsets.UTF_8));
                    sqs.deleteMessage(b -> b.queueUrl(resources.queueUrl()).receiptHandle(message.receiptHandle()));
                }
            }
        }
    }

    /** The next unused extract event: each names a new object, so every invocation extracts and writes anew. */
    String nextExtractEvent() {
        String event = extractEvents.poll();
        if (event == null) {
            throw new IllegalStateException("no extract events left; prepareExtractEvents asked for too few");
        }
        return event;
    }

    /**
     * The entity with the most facts in a document the extract function wrote, read from the document item's facts
     * JSON; null when the document has no facts.
     */
    String busiestEntity(String docId) throws IOException {
        try (DynamoDbClient dynamo = endpoint.dynamoDb()) {
            Map<String, AttributeValue> item = dynamo.getItem(b -> b.tableName(resources.table())
                    .key(Map.of(TableKeys.PK, AttributeValue.fromS(TableKeys.docPk(docId)),
                            TableKeys.SK, AttributeValue.fromS(TableKeys.META))))
                    .item();
            String facts = item == null ? null : CompressedText.read(item.get(ItemAttributes.FACTS));
            if (facts == null) {
                return null;
            }
            JsonNode document = JSON.readTree(facts);
            Map<String, Integer> counts = new HashMap<>();
            for (JsonNode fact : document.path("facts")) {
                counts.merge(fact.path("subject").asText(), 1, Integer::sum);
                counts.merge(fact.path("object").asText(), 1, Integer::sum);
            }
            String best = null;
            int most = 0;
            for (JsonNode entity : document.path("entities")) {
                int count = counts.getOrDefault(entity.path("id").asText(), 0);
                if (count > most) {
                    most = count;
                    best = entity.path("key").asText();
                }
            }
            return best;
        }
    }

    String bucket() {
        return resources.bucket();
    }

    private static byte[] randomBytes(int n) {
        byte[] bytes = new byte[n];
        ThreadLocalRandom.current().nextBytes(bytes);
        return bytes;
    }

    @Override
    public void close() {
        moto.close();
    }

    static void writeString(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
