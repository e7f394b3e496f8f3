package dev.khabar.store.write;

import dev.khabar.store.SideBySide;
import dev.khabar.store.TableKeys;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.DeleteRequest;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * BatchWriteItem in chunks of 25, sent side by side (and BatchGetItem in chunks of 100), resending unprocessed items
 * with backoff. Gives up after a bounded number of rounds with {@link UnprocessedItemsException}: a transient failure,
 * which SQS retries.
 */
final class BatchWriter {
    private static final int BATCH = 25;
    private static final int GET_BATCH = 100;
    private static final int MAX_ROUNDS = 8;
    private static final long FIRST_BACKOFF_MILLIS = 50;

    private final DynamoDbClient dynamo;
    private final String table;

    BatchWriter(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    void put(Collection<Map<String, AttributeValue>> items) {
        List<WriteRequest> requests = new ArrayList<>(items.size());
        for (Map<String, AttributeValue> item : items) {
            requests.add(WriteRequest.builder().putRequest(PutRequest.builder().item(item).build()).build());
        }
        write(requests);
    }

    /**
     * The items whose keys are not in the table yet. Reading a key costs half a read unit (eventually consistent,
     * under 4 KB), writing one a whole write unit, and a conditional put that fails is billed a write unit all the
     * same: so read first, then write only what is missing. Two writers racing on a missing key both put it, which is
     * harmless for items that are the same whoever writes them.
     */
    Collection<Map<String, AttributeValue>> missing(Collection<Map<String, AttributeValue>> items) {
        Map<ItemKey, Map<String, AttributeValue>> missing = new LinkedHashMap<>();
        for (Map<String, AttributeValue> item : items) {
            missing.put(ItemKey.of(item), item);
        }
        List<ItemKey> keys = new ArrayList<>(missing.keySet());
        for (int from = 0; from < keys.size(); from += GET_BATCH) {
            for (ItemKey found : existing(keys.subList(from, Math.min(from + GET_BATCH, keys.size())))) {
                missing.remove(found);
            }
        }
        return missing.values();
    }

    private List<ItemKey> existing(List<ItemKey> keys) {
        List<ItemKey> found = new ArrayList<>();
        List<Map<String, AttributeValue>> keyMaps = new ArrayList<>(keys.size());
        for (ItemKey key : keys) {
            keyMaps.add(key.toKey());
        }
        Map<String, KeysAndAttributes> pending = Map.of(table, KeysAndAttributes.builder()
                .keys(keyMaps)
                .projectionExpression("#pk, #sk")
                .expressionAttributeNames(Map.of("#pk", TableKeys.PK, "#sk", TableKeys.SK))
                .build());
        long backoff = FIRST_BACKOFF_MILLIS;
        for (int round = 1; ; round++) {
            BatchGetItemResponse response = dynamo.batchGetItem(
                    BatchGetItemRequest.builder().requestItems(pending).build());
            for (Map<String, AttributeValue> item : response.responses().getOrDefault(table, List.of())) {
                found.add(ItemKey.of(item));
            }
            KeysAndAttributes unprocessed = response.unprocessedKeys().get(table);
            if (unprocessed == null || unprocessed.keys().isEmpty()) {
                return found;
            }
            if (round == MAX_ROUNDS) {
                throw new UnprocessedItemsException(unprocessed.keys().size(), table);
            }
            pending = Map.of(table, unprocessed);
            sleep(backoff);
            backoff *= 2;
        }
    }

    void delete(Collection<ItemKey> keys) {
        List<WriteRequest> requests = new ArrayList<>(keys.size());
        for (ItemKey key : keys) {
            requests.add(WriteRequest.builder().deleteRequest(DeleteRequest.builder().key(key.toKey()).build())
                    .build());
        }
        write(requests);
    }

    /** The chunks are independent: more than one are sent side by side. */
    private void write(List<WriteRequest> requests) {
        List<Callable<Void>> chunks = new ArrayList<>();
        for (int from = 0; from < requests.size(); from += BATCH) {
            List<WriteRequest> chunk = requests.subList(from, Math.min(from + BATCH, requests.size()));
            chunks.add(() -> {
                writeChunk(chunk);
                return null;
            });
        }
        if (chunks.size() == 1) {
            writeChunk(requests);
        } else {
            SideBySide.start(chunks).results();
        }
    }

    private void writeChunk(List<WriteRequest> chunk) {
        List<WriteRequest> pending = new ArrayList<>(chunk);
        long backoff = FIRST_BACKOFF_MILLIS;
        for (int round = 1; ; round++) {
            BatchWriteItemResponse response = dynamo.batchWriteItem(
                    BatchWriteItemRequest.builder().requestItems(Map.of(table, pending)).build());
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
