package dev.khabar.store.priming;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemResponse;

/**
 * The calls a document's write makes, answered with empty successes before anything is marshalled: no HTTP client,
 * no signer, no second SDK client to build. Running the store's write path over it loads and interprets the
 * store's own code and the request and response model classes, which a real client would then only marshal.
 * Any other call fails, as the interface's defaults do.
 */
public final class UnsentDynamoDb implements DynamoDbClient {
    private int calls;

    @Override
    public synchronized UpdateItemResponse updateItem(UpdateItemRequest request) {
        calls++;
        return UpdateItemResponse.builder().build();
    }

    @Override
    public synchronized BatchWriteItemResponse batchWriteItem(BatchWriteItemRequest request) {
        calls++;
        return BatchWriteItemResponse.builder().build();
    }

    @Override
    public synchronized BatchGetItemResponse batchGetItem(BatchGetItemRequest request) {
        calls++;
        return BatchGetItemResponse.builder().build();
    }

    /** How many calls it has answered. */
    public synchronized int calls() {
        return calls;
    }

    @Override
    public String serviceName() {
        return SERVICE_NAME;
    }

    @Override
    public void close() {
        // holds nothing
    }
}
