package dev.khabar.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.khabar.emulator.LambdaSqsEvent;
import dev.khabar.emulator.ProvisionedResources;
import dev.khabar.extract.text.DocumentTextDecoder;
import dev.khabar.store.AwsClients;
import dev.khabar.store.ItemAttributes;
import dev.khabar.store.TableKeys;
import dev.khabar.store.objects.S3ObjectGetter;
import dev.khabar.store.write.ItemKey;
import dev.khabar.testing.Emulator;
import dev.khabar.testing.QueueMessages;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;

/**
 * The extract function wired to freshly provisioned emulator resources, driven the way Lambda's SQS event source
 * drives it: receive S3's real notifications from the queue, invoke with them, delete what was not reported failed.
 */
final class Pipeline implements AutoCloseable {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration PATIENCE = Duration.ofSeconds(20);

    final ProvisionedResources aws;
    final S3Client s3;
    final S3ObjectGetter objects = AwsClients.s3Objects();
    final DynamoDbClient dynamo = AwsClients.dynamoDb();
    final SqsClient sqs;
    final ExtractHandler handler;
    private final ByteArrayOutputStream logBytes = new ByteArrayOutputStream();

    Pipeline(Emulator emulator, long maxObjectBytes) {
        this.aws = emulator.provision();
        this.s3 = emulator.s3();
        this.sqs = emulator.sqs();
        this.handler = newHandler(maxObjectBytes);
    }

    /** Another function instance (another Lambda container) on the same resources. */
    ExtractHandler newHandler(long maxObjectBytes) {
        return new ExtractHandler(new ExtractConfig(aws.table(), maxObjectBytes, Duration.ofMinutes(5)), objects, dynamo,
                new DocumentTextDecoder(maxObjectBytes), Clock.systemUTC(), new PrintStream(logBytes, true, StandardCharsets.UTF_8));
    }

    void put(String key, String text) {
        put(key, text.getBytes(StandardCharsets.UTF_8), Map.of());
    }

    void put(String key, byte[] bytes, Map<String, String> metadata) {
        s3.putObject(b -> b.bucket(aws.bucket()).key(key).metadata(metadata), RequestBody.fromBytes(bytes));
    }

    void delete(String key) {
        s3.deleteObject(b -> b.bucket(aws.bucket()).key(key));
    }

    /** The next {@code count} notifications S3 put on the ingest queue. */
    List<Message> receive(int count) {
        List<Message> messages = QueueMessages.receive(sqs, aws.queueUrl(), count, PATIENCE);
        assertEquals(count, messages.size(), "notifications received");
        return messages;
    }

    /** One invocation with these messages as its SQS event; acknowledged ones are deleted. Returns failed ids. */
    Set<String> deliver(List<Message> messages) {
        return deliver(handler, messages);
    }

    Set<String> deliver(ExtractHandler function, List<Message> messages) {
        JsonNode response = invoke(function,
                new String(LambdaSqsEvent.json(messages, aws.queueArn(), "us-east-1"), StandardCharsets.UTF_8));
        Set<String> failed = new HashSet<>();
        response.path("batchItemFailures").forEach(f -> failed.add(f.path("itemIdentifier").asText()));
        List<Message> done = messages.stream().filter(m -> !failed.contains(m.messageId())).toList();
        QueueMessages.delete(sqs, aws.queueUrl(), done);
        return failed;
    }

    JsonNode invoke(ExtractHandler function, String input) {
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        try {
            function.handleRequest(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), output, null);
            return JSON.readTree(output.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String docId(String key) {
        return TableKeys.docId(aws.bucket(), key);
    }

    Map<String, AttributeValue> document(String key) {
        return dynamo.getItem(b -> b.tableName(aws.table()).consistentRead(true)
                .key(Map.of(TableKeys.PK, AttributeValue.fromS(TableKeys.docPk(docId(key))),
                        TableKeys.SK, AttributeValue.fromS(TableKeys.META)))).item();
    }

    String status(String key) {
        Map<String, AttributeValue> item = document(key);
        return item.isEmpty() ? "(none)" : item.get(ItemAttributes.STATUS).s();
    }

    Map<String, AttributeValue> item(String pk, String sk) {
        Map<String, AttributeValue> item = dynamo.getItem(b -> b.tableName(aws.table()).consistentRead(true)
                .key(Map.of(TableKeys.PK, AttributeValue.fromS(pk), TableKeys.SK, AttributeValue.fromS(sk)))).item();
        if (item == null || item.isEmpty()) {
            throw new AssertionError("no item " + pk + " / " + sk);
        }
        return item;
    }

    /** The items of one partition. */
    List<Map<String, AttributeValue>> query(String pk) {
        return dynamo.queryPaginator(b -> b.tableName(aws.table()).keyConditionExpression("#pk = :pk")
                .expressionAttributeNames(Map.of("#pk", TableKeys.PK))
                .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(pk)))).items().stream().toList();
    }

    /** Every item of the table (each test provisions its own). */
    List<Map<String, AttributeValue>> items() {
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        dynamo.scanPaginator(b -> b.tableName(aws.table()).consistentRead(true)).items().forEach(items::add);
        return items;
    }

    /** The keys of the items derived from a document: every item naming it, except its own. */
    Set<ItemKey> derivedKeys(String key) {
        String docId = docId(key);
        Set<ItemKey> keys = new HashSet<>();
        for (Map<String, AttributeValue> item : items()) {
            AttributeValue owner = item.get(ItemAttributes.DOC_ID);
            if (owner != null && docId.equals(owner.s()) && !TableKeys.META.equals(item.get(TableKeys.SK).s())) {
                keys.add(ItemKey.of(item));
            }
        }
        return keys;
    }

    /** The derived keys the document item lists as its own. */
    Set<ItemKey> listedKeys(String key) {
        return ItemKey.decodeSet(document(key).get(ItemAttributes.ITEM_KEYS));
    }

    /** The JSON log lines the function printed so far, in order. */
    List<JsonNode> logLines() {
        List<JsonNode> lines = new ArrayList<>();
        for (String line : logBytes.toString(StandardCharsets.UTF_8).split("\n")) {
            if (!line.isBlank()) {
                try {
                    lines.add(JSON.readTree(line));
                } catch (IOException e) {
                    throw new AssertionError("log line is not JSON: " + line, e);
                }
            }
        }
        return lines;
    }

    /** The results logged for one object key, in order. */
    List<String> results(String key) {
        return logLines().stream().filter(l -> key.equals(l.path("key").asText(null)))
                .map(l -> l.path("result").asText()).toList();
    }

    @Override
    public void close() {
        s3.close();
        dynamo.close();
        sqs.close();
    }
}
