package dev.khabar.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughput;

/** Creates the template's DynamoDB table: attribute definitions, key schema and global secondary indexes as declared. */
final class TableMaker {
    private final DynamoDbClient dynamoDb;

    TableMaker(DynamoDbClient dynamoDb) {
        this.dynamoDb = dynamoDb;
    }

    /** Properties that shape the table; others (tags, encryption, recovery) do not matter to an emulator. */
    private static final List<String> USED_PROPERTIES = List.of("BillingMode", "AttributeDefinitions", "KeySchema",
            "GlobalSecondaryIndexes", "ProvisionedThroughput");

    void create(String name, JsonNode declared, TemplateProvisioner.Resolver resolver) {
        ObjectNode properties = JsonNodeFactory.instance.objectNode();
        for (String property : USED_PROPERTIES) {
            if (declared.has(property)) {
                properties.set(property, resolver.resolve(declared.get(property), name + "." + property));
            }
        }
        BillingMode billing = BillingMode.fromValue(properties.path("BillingMode").asText("PROVISIONED"));
        CreateTableRequest.Builder request = CreateTableRequest.builder()
                .tableName(name)
                .billingMode(billing)
                .attributeDefinitions(attributeDefinitions(properties.path("AttributeDefinitions")))
                .keySchema(keySchema(properties.path("KeySchema")));
        if (billing == BillingMode.PROVISIONED) {
            request.provisionedThroughput(throughput(properties.path("ProvisionedThroughput")));
        }
        List<GlobalSecondaryIndex> indexes = new ArrayList<>();
        for (JsonNode index : properties.path("GlobalSecondaryIndexes")) {
            GlobalSecondaryIndex.Builder gsi = GlobalSecondaryIndex.builder()
                    .indexName(index.path("IndexName").asText())
                    .keySchema(keySchema(index.path("KeySchema")))
                    .projection(projection(index.path("Projection")));
            if (billing == BillingMode.PROVISIONED) {
                gsi.provisionedThroughput(throughput(index.path("ProvisionedThroughput")));
            }
            indexes.add(gsi.build());
        }
        if (!indexes.isEmpty()) {
            request.globalSecondaryIndexes(indexes);
        }
        dynamoDb.createTable(request.build());
        dynamoDb.waiter().waitUntilTableExists(b -> b.tableName(name));
    }

    private static List<AttributeDefinition> attributeDefinitions(JsonNode declared) {
        List<AttributeDefinition> definitions = new ArrayList<>();
        declared.forEach(d -> definitions.add(AttributeDefinition.builder()
                .attributeName(d.path("AttributeName").asText())
                .attributeType(d.path("AttributeType").asText())
                .build()));
        return definitions;
    }

    private static List<KeySchemaElement> keySchema(JsonNode declared) {
        List<KeySchemaElement> keys = new ArrayList<>();
        declared.forEach(k -> keys.add(KeySchemaElement.builder()
                .attributeName(k.path("AttributeName").asText())
                .keyType(k.path("KeyType").asText())
                .build()));
        return keys;
    }

    private static Projection projection(JsonNode declared) {
        Projection.Builder projection = Projection.builder().projectionType(declared.path("ProjectionType").asText("ALL"));
        if (declared.has("NonKeyAttributes")) {
            List<String> attributes = new ArrayList<>();
            declared.get("NonKeyAttributes").forEach(a -> attributes.add(a.asText()));
            projection.nonKeyAttributes(attributes);
        }
        return projection.build();
    }

    private static ProvisionedThroughput throughput(JsonNode declared) {
        return ProvisionedThroughput.builder()
                .readCapacityUnits(declared.path("ReadCapacityUnits").asLong(1))
                .writeCapacityUnits(declared.path("WriteCapacityUnits").asLong(1))
                .build();
    }
}
