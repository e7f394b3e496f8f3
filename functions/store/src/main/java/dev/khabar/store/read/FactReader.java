package dev.khabar.store.read;

import dev.khabar.core.model.FactType;
import dev.khabar.store.TableKeys;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

/** Facts newest first: those of one entity (as subject or object, across documents), or all of one type. */
public final class FactReader {
    private static final Set<String> TABLE_KEY = Set.of(TableKeys.PK, TableKeys.SK);
    private static final Set<String> GSI_KEY = Set.of(TableKeys.PK, TableKeys.SK, TableKeys.GSI1PK, TableKeys.GSI1SK);

    private final DynamoDbClient dynamo;
    private final String table;

    public FactReader(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    public Page<StoredFact> ofEntity(String entityKey, FactFilter filter, PageRequest page) {
        String partition = TableKeys.entityPk(entityKey);
        String low = TableKeys.factSkFrom(filter.dates().from());
        String high = TableKeys.factSkTo(filter.dates().to());
        QueryRequest query = QueryRequest.builder().tableName(table)
                .keyConditionExpression("#pk = :pk AND #sk BETWEEN :low AND :high")
                .expressionAttributeNames(Map.of("#pk", TableKeys.PK, "#sk", TableKeys.SK))
                .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(partition),
                        ":low", AttributeValue.fromS(low), ":high", AttributeValue.fromS(high)))
                .scanIndexForward(false)
                .build();
        KeyShape shape = new KeyShape(TABLE_KEY, TableKeys.PK, partition, TableKeys.SK, low, high);
        return PagedQuery.run(dynamo, query, shape, page, FactItems::decode, filter::matches,
                filter.filtersBeyondKeys(false));
    }

    public Page<StoredFact> ofType(FactType type, FactFilter filter, PageRequest page) {
        String partition = TableKeys.typeGsi1Pk(type.name());
        String high = TableKeys.factGsi1SkTo(filter.dates().to());
        Map<String, AttributeValue> values = new HashMap<>(Map.of(
                ":pk", AttributeValue.fromS(partition), ":high", AttributeValue.fromS(high)));
        String low = null;
        String condition = "#pk = :pk AND #sk <= :high";
        // a key condition cannot compare with an empty string, so an open start is a one-sided condition
        if (filter.dates().from() != null) {
            low = TableKeys.factGsi1SkFrom(filter.dates().from());
            values.put(":low", AttributeValue.fromS(low));
            condition = "#pk = :pk AND #sk BETWEEN :low AND :high";
        }
        QueryRequest query = QueryRequest.builder().tableName(table).indexName(TableKeys.GSI1)
                .keyConditionExpression(condition)
                .expressionAttributeNames(Map.of("#pk", TableKeys.GSI1PK, "#sk", TableKeys.GSI1SK))
                .expressionAttributeValues(values)
                .scanIndexForward(false)
                .build();
        KeyShape shape = new KeyShape(GSI_KEY, TableKeys.GSI1PK, partition, TableKeys.GSI1SK, low, high);
        FactFilter sameType = new FactFilter(type, filter.dates(), filter.minAmount(), filter.currency());
        return PagedQuery.run(dynamo, query, shape, page, FactItems::decode, sameType::matches,
                sameType.filtersBeyondKeys(true));
    }
}
