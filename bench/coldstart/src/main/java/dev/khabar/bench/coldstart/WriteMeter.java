package dev.khabar.bench.coldstart;

import dev.khabar.store.TableKeys;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemResponse;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemResponse;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * A DynamoDB client that passes every call on and bills each write as DynamoDB on-demand would
 * ({@link TableBilling}): it reads the item before and after the write, so the units are those of the items the
 * store really wrote, updates included. One table, one thread; for the cost bench only.
 */
final class WriteMeter implements DynamoDbClient {
    private final DynamoDbClient dynamo;
    private final String table;
    private final TableBilling billing;
    private long tableUnits;
    private long indexUnits;
    private int requests;
    private long readHalfUnits;

    WriteMeter(DynamoDbClient dynamo, String table, TableBilling billing) {
        this.dynamo = dynamo;
        this.table = table;
        this.billing = billing;
    }

    long tableUnits() {
        return tableUnits;
    }

    long indexUnits() {
        return indexUnits;
    }

    /** Read units of the reads the writer makes (BatchGetItem, eventually consistent: half a unit per started 4 KB). */
    double readUnits() {
        return readHalfUnits / 2.0;
    }

    /** Write requests sent (a BatchWriteItem counts once). */
    int requests() {
        return requests;
    }

    @Override
    public PutItemResponse putItem(PutItemRequest request) {
        return billed(keyOf(request.item()), () -> dynamo.putItem(request));
    }

    @Override
    public UpdateItemResponse updateItem(UpdateItemRequest request) {
        return billed(request.key(), () -> dynamo.updateItem(request));
    }

    @Override
    public DeleteItemResponse deleteItem(DeleteItemRequest request) {
        return billed(request.key(), () -> dynamo.deleteItem(request));
    }

    @Override
    public BatchWriteItemResponse batchWriteItem(BatchWriteItemRequest request) {
        List<Map<String, AttributeValue>> keys = new ArrayList<>();
        List<Map<String, AttributeValue>> before = new ArrayList<>();
        for (WriteRequest write : request.requestItems().getOrDefault(table, List.of())) {
            Map<String, AttributeValue> k = write.putRequest() != null
                    ? keyOf(write.putRequest().item()) : write.deleteRequest().key();
            keys.add(k);
            before.add(read(k));
        }
        requests++;
        BatchWriteItemResponse response = dynamo.batchWriteItem(request);
        if (!response.unprocessedItems().getOrDefault(table, List.of()).isEmpty()) {
            throw new IllegalStateException("the emulator left items unprocessed; the meter cannot bill a partial batch");
        }
        for (int i = 0; i < keys.size(); i++) {
            bill(before.get(i), read(keys.get(i)));
        }
        return response;
    }

    @Override
    public BatchGetItemResponse batchGetItem(BatchGetItemRequest request) {
        KeysAndAttributes asked = request.requestItems().get(table);
        BatchGetItemResponse response = dynamo.batchGetItem(request);
        if (asked != null) {
            // each key is billed on the whole item (a projection does not shrink it), a missing one at the minimum
            for (Map<String, AttributeValue> key : asked.keys()) {
                readHalfUnits += Math.max(1, (TableBilling.size(read(key)) + 4095) / 4096);
            }
        }
        return response;
    }

    @Override
    public GetItemResponse getItem(GetItemRequest request) {
        return dynamo.getItem(request);
    }

    @Override
    public String serviceName() {
        return dynamo.serviceName();
    }

    @Override
    public void close() {
        // the caller owns the client it passed in
    }

    private <T> T billed(Map<String, AttributeValue> itemKey, Supplier<T> write) {
        Map<String, AttributeValue> before = read(itemKey);
        requests++;
        try {
            T response = write.get();
            bill(before, read(itemKey));
            return response;
        } catch (ConditionalCheckFailedException e) {
            // a write whose condition fails still consumes units, on the item as it stands
            tableUnits += billing.tableUnits(before, before);
            throw e;
        }
    }

    private void bill(Map<String, AttributeValue> before, Map<String, AttributeValue> after) {
        tableUnits += billing.tableUnits(before, after);
        indexUnits += billing.indexUnits(before, after);
    }

    private Map<String, AttributeValue> read(Map<String, AttributeValue> itemKey) {
        Map<String, AttributeValue> item = dynamo.getItem(b -> b.tableName(table).key(itemKey).consistentRead(true)).item();
        return item == null ? Map.of() : item;
    }

    private Map<String, AttributeValue> keyOf(Map<String, AttributeValue> item) {
        return Map.of(TableKeys.PK, item.get(TableKeys.PK), TableKeys.SK, item.get(TableKeys.SK));
    }
}
