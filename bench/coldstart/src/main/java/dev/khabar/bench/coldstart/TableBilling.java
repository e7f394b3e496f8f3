package dev.khabar.bench.coldstart;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;

/**
 * How DynamoDB bills writes and storage of one table, with its global secondary indexes as the emulator created
 * them from the template (key schema and projection):
 * <ul>
 * <li>a write request unit writes up to 1 KB; PutItem and UpdateItem are billed on the larger of the item before
 *     and after, DeleteItem on the item deleted, 1 unit at least (Developer Guide, "Read/write capacity mode",
 *     "Item sizes and formats");</li>
 * <li>an index is written when an item enters it (its projected size), leaves it (the old entry), changes its index
 *     key (both), or changes a projected attribute (the larger entry); nothing when the item is in neither state or
 *     only attributes outside the projection change (Developer Guide, GSI.html#GSI.ThroughputConsiderations);</li>
 * <li>storage is the item size plus 100 bytes of overhead per item and per index entry.</li>
 * </ul>
 */
final class TableBilling {
    static final int ITEM_OVERHEAD_BYTES = 100;

    private final List<String> tableKey;
    private final List<Index> indexes;

    private record Index(List<String> key, ProjectionType type, List<String> nonKeyAttributes) {
    }

    private TableBilling(List<String> tableKey, List<Index> indexes) {
        this.tableKey = tableKey;
        this.indexes = indexes;
    }

    static TableBilling of(DynamoDbClient dynamo, String table) {
        TableDescription description = dynamo.describeTable(b -> b.tableName(table)).table();
        List<Index> indexes = description.globalSecondaryIndexes().stream().map(TableBilling::index).toList();
        return new TableBilling(names(description.keySchema()), indexes);
    }

    private static Index index(GlobalSecondaryIndexDescription index) {
        return new Index(names(index.keySchema()), index.projection().projectionType(),
                index.projection().nonKeyAttributes());
    }

    private static List<String> names(List<KeySchemaElement> key) {
        return key.stream().map(KeySchemaElement::attributeName).toList();
    }

    /** Units a table write costs, the item being {@code before} and then {@code after} (empty when absent). */
    long tableUnits(Map<String, AttributeValue> before, Map<String, AttributeValue> after) {
        return Math.max(1, Math.max(units(size(before)), units(size(after))));
    }

    /** Units the indexes' upkeep costs for the same change. */
    long indexUnits(Map<String, AttributeValue> before, Map<String, AttributeValue> after) {
        long units = 0;
        for (Index index : indexes) {
            boolean was = hasAll(before, index.key());
            boolean is = hasAll(after, index.key());
            Map<String, AttributeValue> old = was ? project(index, before) : Map.of();
            Map<String, AttributeValue> now = is ? project(index, after) : Map.of();
            if (was && is && !sameKey(index, before, after)) {
                units += units(size(old)) + units(size(now));
            } else if (was != is || !old.equals(now)) {
                units += Math.max(units(size(old)), units(size(now)));
            }
        }
        return units;
    }

    /** Bytes an item occupies in the table and in every index it is in. */
    long storedBytes(Map<String, AttributeValue> item) {
        long bytes = size(item) + ITEM_OVERHEAD_BYTES;
        for (Index index : indexes) {
            if (hasAll(item, index.key())) {
                bytes += size(project(index, item)) + ITEM_OVERHEAD_BYTES;
            }
        }
        return bytes;
    }

    /** Whether the item has an entry in some index. */
    boolean indexed(Map<String, AttributeValue> item) {
        return indexes.stream().anyMatch(index -> hasAll(item, index.key()));
    }

    private Map<String, AttributeValue> project(Index index, Map<String, AttributeValue> item) {
        if (index.type() == ProjectionType.ALL) {
            return item;
        }
        Map<String, AttributeValue> projected = new HashMap<>();
        item.forEach((name, value) -> {
            if (tableKey.contains(name) || index.key().contains(name)
                    || (index.type() == ProjectionType.INCLUDE && index.nonKeyAttributes().contains(name))) {
                projected.put(name, value);
            }
        });
        return projected;
    }

    private static boolean sameKey(Index index, Map<String, AttributeValue> a, Map<String, AttributeValue> b) {
        return index.key().stream().allMatch(name -> a.get(name).equals(b.get(name)));
    }

    private static boolean hasAll(Map<String, AttributeValue> item, List<String> names) {
        return !item.isEmpty() && names.stream().allMatch(item::containsKey);
    }

    private static long units(int bytes) {
        return (bytes + 1023) / 1024;
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
            case SS -> value.ss().stream().mapToInt(TableBilling::utf8).sum();
            case NS -> value.ns().stream().mapToInt(TableBilling::number).sum();
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
