package dev.khabar.store.write;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.DeleteRequest;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * BatchWriteItem in chunks of 25, resending unprocessed items with backoff. Gives up after a bounded number of
 * rounds with {@link UnprocessedItemsException}: a transient failure, which SQS retries.
 */
final class BatchWriter {
    private static final int BATCH = 25;
    private static final int MAX_ROUNDS = 8;
    private static final long FIRST_BACKOFF_MILLIS = 50;

    private final DynamoDbClient dynamo;
    private final String table;

    BatchWriter(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    void put(Collection<Map<String, AttributeValue>> items) {
        write(items.stream()
                .map(item -> WriteRequest.builder().putRequest(PutRequest.builder().item(item).build()).build())
                .toList());
    }

    void delete(Collection<ItemKey> keys) {
        write(keys.stream()
                .map(key -> WriteRequest.builder().deleteRequest(DeleteRequest.builder().key(key.toKey()).build())
                        .build())
                .toList());
    }

    private void write(List<WriteRequest> requests) {
        for (int from = 0; from < requests.size(); from += BATCH) {
            writeChunk(requests.subList(from, Math.min(from + BATCH, requests.size())));
        }
    }

    private void writeChunk(List<WriteRequest> chunk) {
        List<WriteRequest> pending = new ArrayList<>(chunk);
        long backoff = FIRST_BACKOFF_MILLIS;
        for (int round = 1; ; round++) {
            BatchWriteItemResponse response = dynamo.batchWriteItem(b -> b.requestItems(Map.of(table, pending)));
            List<WriteRequest> unprocessed = response.unprocessedItems().getOrDefault(table, List.of());
            if (unprocessed.isEmpty()) {
                return;
            }
            if (round == MAX_ROUNDS) {
                throw new UnprocessedItemsException(unprocessed.size(), table);
            }
            pending.clear();
            pending.addAll(unprocessed);
            sleep(backoff);
            backoff *= 2;
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while backing off a batch write", e);
        }
    }

    /** DynamoDB kept refusing part of a batch (throttling): retry the whole message later. */
    static final class UnprocessedItemsException extends RuntimeException {
        UnprocessedItemsException(int count, String table) {
            super(count + " items still unprocessed by " + table + " after " + MAX_ROUNDS + " rounds");
        }
    }
}
