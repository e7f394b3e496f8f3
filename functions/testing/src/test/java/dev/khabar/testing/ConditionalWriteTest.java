package dev.khabar.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.khabar.emulator.ProvisionedResources;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/** The emulator lets exactly one of several concurrent conditional writes to an item succeed, as DynamoDB does. */
@WithEmulator
class ConditionalWriteTest {
    private static final int WRITERS = 12;
    private static final int ITEMS = 5;

    @Test
    void concurrentClaimsOfOneItemHaveOneWinner(Emulator emulator) throws Exception {
        ProvisionedResources aws = emulator.provision();
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        try (DynamoDbClient dynamoDb = emulator.dynamoDb()) {
            for (int item = 0; item < ITEMS; item++) {
                String pk = "DOC#race" + item;
                CountDownLatch start = new CountDownLatch(1);
                List<CompletableFuture<Boolean>> claims = new ArrayList<>();
                for (int writer = 0; writer < WRITERS; writer++) {
                    String owner = "writer" + writer;
                    claims.add(CompletableFuture.supplyAsync(() -> claim(dynamoDb, aws.table(), pk, owner, start), pool));
                }
                start.countDown();
                long winners = claims.stream().map(CompletableFuture::join).filter(won -> won).count();
                assertEquals(1, winners, "claims of " + pk + " that succeeded");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static boolean claim(DynamoDbClient dynamoDb, String table, String pk, String owner, CountDownLatch start) {
        try {
            start.await();
            dynamoDb.putItem(b -> b.tableName(table)
                    .item(Map.of("PK", AttributeValue.fromS(pk), "SK", AttributeValue.fromS("META"), "owner", AttributeValue.fromS(owner)))
                    .conditionExpression("attribute_not_exists(PK)"));
            return true;
        } catch (ConditionalCheckFailedException lost) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
