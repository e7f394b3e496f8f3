package dev.khabar.store.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/**
 * Runs one Query until a page is full. Items are filtered here rather than with a FilterExpression: the read cost is
 * the same, and the continuation can then point at the last item returned, so a page never skips a match.
 * A sparse filter stops after {@link #MAX_ROUNDS} requests with a continuation at the last item evaluated,
 * which bounds the work of one request.
 */
final class PagedQuery {
    static final int MAX_ROUNDS = 10;
    private static final int FILTERED_PAGE_SIZE = 100;

    private PagedQuery() {
    }

    static <T> Page<T> run(DynamoDbClient dynamo, QueryRequest query, KeyShape shape, PageRequest page,
                           Function<Map<String, AttributeValue>, T> decode, Predicate<T> keep, boolean filtered) {
        Map<String, AttributeValue> start = null;
        if (page.after() != null) {
            shape.check(page.after());
            start = toAttributes(page.after());
        }
        List<T> kept = new ArrayList<>();
        Map<String, AttributeValue> lastKept = null;
        for (int round = 1; ; round++) {
            int size = filtered ? FILTERED_PAGE_SIZE : page.limit() + 1 - kept.size();
            QueryResponse response = dynamo.query(query.toBuilder().exclusiveStartKey(start).limit(size).build());
            for (Map<String, AttributeValue> item : response.items()) {
                T value = decode.apply(item);
                if (!keep.test(value)) {
                    continue;
                }
                if (kept.size() == page.limit()) {
                    return new Page<>(kept, positionOf(lastKept, shape));
                }
                kept.add(value);
                lastKept = item;
            }
            start = response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty()
                    ? response.lastEvaluatedKey() : null;
            if (start == null) {
                return new Page<>(kept, null);
            }
            if (round == MAX_ROUNDS) {
                return new Page<>(kept, positionOf(start, shape));
            }
        }
    }

    private static Position positionOf(Map<String, AttributeValue> item, KeyShape shape) {
        Map<String, String> key = new HashMap<>();
        for (String name : shape.attributes()) {
            key.put(name, item.get(name).s());
        }
        return new Position(key);
    }

    private static Map<String, AttributeValue> toAttributes(Position position) {
        Map<String, AttributeValue> key = new HashMap<>();
        position.key().forEach((name, value) -> key.put(name, AttributeValue.fromS(value)));
        return key;
    }
}
