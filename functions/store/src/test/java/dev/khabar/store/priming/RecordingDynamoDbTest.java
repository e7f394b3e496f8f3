package dev.khabar.store.priming;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/** The in-memory table of priming: what the SDK marshals in comes back through the SDK's unmarshallers. */
class RecordingDynamoDbTest {
    private static Map<String, AttributeValue> item(String pk, String sk) {
        return Map.of("PK", AttributeValue.fromS(pk), "SK", AttributeValue.fromS(sk),
                "n", AttributeValue.fromN("42"), "tags", AttributeValue.fromSs(List.of("a", "b")),
                "nested", AttributeValue.fromM(Map.of("ok", AttributeValue.fromBool(true))));
    }

    @Test
    void queryReturnsTheItemsWrittenToItsPartitionOnly() {
        try (DynamoDbClient dynamo = PrimingClients.dynamoDb(new OfflineHttpClient(new RecordingDynamoDb()))) {
            dynamo.putItem(b -> b.tableName("t").item(item("ENT#a", "FACT#1")));
            dynamo.batchWriteItem(b -> b.requestItems(Map.of("t", List.of(
                    WriteRequest.builder().putRequest(p -> p.item(item("ENT#a", "FACT#2"))).build(),
                    WriteRequest.builder().putRequest(p -> p.item(item("ENT#b", "FACT#3"))).build()))));

            List<Map<String, AttributeValue>> found = dynamo.query(b -> b.tableName("t")
                    .keyConditionExpression("PK = :pk")
                    .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS("ENT#a")))).items();

            assertEquals(List.of(item("ENT#a", "FACT#1"), item("ENT#a", "FACT#2")), found);
        }
    }

    @Test
    void otherCallsSucceedWithEmptyAnswers() {
        try (DynamoDbClient dynamo = PrimingClients.dynamoDb(new OfflineHttpClient(new RecordingDynamoDb()))) {
            assertTrue(dynamo.getItem(b -> b.tableName("t").key(Map.of("PK", AttributeValue.fromS("x"),
                    "SK", AttributeValue.fromS("y")))).item().isEmpty());
            assertTrue(dynamo.updateItem(b -> b.tableName("t").key(Map.of("PK", AttributeValue.fromS("x"),
                    "SK", AttributeValue.fromS("y"))).updateExpression("SET a = :a")
                    .expressionAttributeValues(Map.of(":a", AttributeValue.fromS("b")))).attributes().isEmpty());
        }
    }
}
