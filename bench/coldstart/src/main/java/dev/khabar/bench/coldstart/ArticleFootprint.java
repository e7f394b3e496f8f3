package dev.khabar.bench.coldstart;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.khabar.store.ItemAttributes;
import dev.khabar.store.TableKeys;
import dev.khabar.store.write.ItemKey;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * What one extracted article leaves in the table, read back after the extract function wrote it: the document
 * item and every derived item with its size as DynamoDB bills it, and which of them GSI1 copies. The cost script
 * turns this into write and storage units.
 *
 * @param itemBytes billed size of each derived item; {@code indexed} says which ones carry GSI1 keys
 */
record ArticleFootprint(int sourceBytes, int sourceCharacters, int entities, int facts, int documentItemBytes,
                        boolean documentIndexed, int factsJsonBytes, List<Integer> itemBytes, List<Boolean> indexed) {
    private static final ObjectMapper JSON = new ObjectMapper();

    static ArticleFootprint read(DynamoDbClient dynamo, String table, String docId, byte[] source) throws IOException {
        Map<String, AttributeValue> document = get(dynamo, table, new ItemKey(TableKeys.docPk(docId), TableKeys.META));
        if (document.isEmpty()) {
            throw new IllegalStateException("the extract function wrote no document item for " + docId);
        }
        String factsJson = document.containsKey(ItemAttributes.FACTS) ? document.get(ItemAttributes.FACTS).s() : "{}";
        JsonNode facts = JSON.readTree(factsJson);
        List<Integer> sizes = new ArrayList<>();
        List<Boolean> indexed = new ArrayList<>();
        AttributeValue keys = document.get(ItemAttributes.ITEM_KEYS);
        for (String encoded : keys == null ? List.<String>of() : keys.ss()) {
            Map<String, AttributeValue> item = get(dynamo, table, ItemKey.decode(encoded));
            sizes.add(size(item));
            indexed.add(item.containsKey(TableKeys.GSI1PK));
        }
        return new ArticleFootprint(source.length, new String(source, StandardCharsets.UTF_8).length(),
                facts.path("entities").size(), facts.path("facts").size(), size(document),
                document.containsKey(TableKeys.GSI1PK), factsJson.getBytes(StandardCharsets.UTF_8).length, sizes, indexed);
    }

    private static Map<String, AttributeValue> get(DynamoDbClient dynamo, String table, ItemKey key) {
        return dynamo.getItem(b -> b.tableName(table).consistentRead(true).key(Map.of(
                TableKeys.PK, AttributeValue.fromS(key.pk()), TableKeys.SK, AttributeValue.fromS(key.sk())))).item();
    }

    /** DynamoDB's item size: attribute names plus values (strings and binaries by length, numbers about half). */
    static int size(Map<String, AttributeValue> item) {
        int bytes = 0;
        for (Map.Entry<String, AttributeValue> e : item.entrySet()) {
            bytes += utf8(e.getKey()) + size(e.getValue());
        }
        return bytes;
    }

    private static int size(AttributeValue value) {
        return switch (value.type()) {
            case S -> utf8(value.s());
            case N -> number(value.n());
            case B -> value.b().asByteArray().length;
            case SS -> value.ss().stream().mapToInt(ArticleFootprint::utf8).sum();
            case NS -> value.ns().stream().mapToInt(ArticleFootprint::number).sum();
            case BS -> value.bs().stream().mapToInt(b -> b.asByteArray().length).sum();
            case M -> 3 + value.m().entrySet().stream().mapToInt(e -> utf8(e.getKey()) + size(e.getValue()) + 1).sum();
            case L -> 3 + value.l().stream().mapToInt(v -> size(v) + 1).sum();
            case BOOL, NUL -> 1;
            case UNKNOWN_TO_SDK_VERSION -> 0;
        };
    }

    private static int number(String n) {
        return (n.replaceAll("[^0-9]", "").length() + 1) / 2 + 1;
    }

    private static int utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }
}
