package dev.khabar.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.khabar.emulator.ProvisionedResources;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/** What the provisioner creates matches what infra/template.yaml declares. */
@WithEmulator
class TemplateProvisionerTest {
    @Test
    void theTableHasTheTemplatesKeysAndIndexes(Emulator emulator) {
        ProvisionedResources aws = emulator.provision();
        JsonNode declared = onlyResourceOfType(emulator.template(), "AWS::DynamoDB::Table");
        try (DynamoDbClient dynamoDb = emulator.dynamoDb()) {
            TableDescription table = dynamoDb.describeTable(b -> b.tableName(aws.table())).table();
            assertEquals(keys(declared.path("KeySchema")), keys(table.keySchema()));
            List<String> declaredIndexes = new ArrayList<>();
            declared.path("GlobalSecondaryIndexes").forEach(i -> declaredIndexes.add(i.path("IndexName").asText()
                    + keys(i.path("KeySchema")) + i.path("Projection").path("ProjectionType").asText()));
            List<String> createdIndexes = table.globalSecondaryIndexes().stream().map(TemplateProvisionerTest::describe).toList();
            assertEquals(declaredIndexes, createdIndexes);
            assertTrue(createdIndexes.size() >= 1, "the template declares GSI1");
        }
    }

    @Test
    void theIngestQueueRedrivesIntoTheDeadLetterQueue(Emulator emulator) {
        ProvisionedResources aws = emulator.provision();
        try (SqsClient sqs = emulator.sqs()) {
            Map<QueueAttributeName, String> attributes = sqs.getQueueAttributes(b -> b.queueUrl(aws.queueUrl())
                    .attributeNames(QueueAttributeName.REDRIVE_POLICY, QueueAttributeName.VISIBILITY_TIMEOUT)).attributes();
            String redrive = attributes.get(QueueAttributeName.REDRIVE_POLICY);
            assertTrue(redrive.contains(aws.deadLetterQueueArn()), redrive);
            assertTrue(redrive.replace(" ", "").contains("\"maxReceiveCount\":" + aws.maxReceiveCount())
                    || redrive.replace(" ", "").contains("\"maxReceiveCount\":\"" + aws.maxReceiveCount() + "\""), redrive);
            assertEquals(String.valueOf(aws.visibilityTimeoutSeconds()), attributes.get(QueueAttributeName.VISIBILITY_TIMEOUT));
        }
    }

    @Test
    void aBadPrefixIsRefusedWithTheRule(Emulator emulator) {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> emulator.provision("Bad_Prefix"));
        assertTrue(error.getMessage().contains("lowercase"), error.getMessage());
    }

    private static JsonNode onlyResourceOfType(JsonNode template, String type) {
        List<JsonNode> found = new ArrayList<>();
        template.path("Resources").forEach(r -> {
            if (type.equals(r.path("Type").asText())) {
                found.add(r.path("Properties"));
            }
        });
        assertEquals(1, found.size(), type);
        return found.getFirst();
    }

    private static String keys(JsonNode keySchema) {
        List<String> keys = new ArrayList<>();
        keySchema.forEach(k -> keys.add(k.path("AttributeName").asText() + ":" + k.path("KeyType").asText()));
        return keys.toString();
    }

    private static String keys(List<KeySchemaElement> keySchema) {
        return keySchema.stream().map(k -> k.attributeName() + ":" + k.keyTypeAsString()).toList().toString();
    }

    private static String describe(GlobalSecondaryIndexDescription index) {
        return index.indexName() + keys(index.keySchema()) + index.projection().projectionTypeAsString();
    }
}
