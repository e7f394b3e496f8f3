package dev.khabar.store.read;

import static dev.khabar.store.read.Attributes.string;

import dev.khabar.core.model.FactType;
import dev.khabar.store.FactEntry;
import dev.khabar.store.ItemAttributes;
import dev.khabar.store.TableKeys;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/**
 * Facts newest first: those of one entity (as subject or object, across documents), or all of one type. Both read
 * fact groups (one item per entity or type, sort date and document, docs/table-design.md) in sort-key order and
 * page over the facts inside them: a position is the key of the group to resume in and how many of its facts are
 * done. Groups are filtered here rather than with a FilterExpression: the read cost is the same, and the position
 * can then point at the very fact to continue with, so a page never skips a match. A sparse filter stops after
 * {@link PagedQuery#MAX_ROUNDS} requests at the last group examined, which bounds the work of one request.
 */
public final class FactReader {
    /** Position attribute: facts of the group at the position's key already returned or passed over. */
    static final String DONE = "done";
    private static final Set<String> POSITION = Set.of(TableKeys.PK, TableKeys.SK, DONE);
    private static final int FILTERED_PAGE_SIZE = 100;

    private final DynamoDbClient dynamo;
    private final String table;

    public FactReader(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    public Page<StoredFact> ofEntity(String entityKey, FactFilter filter, PageRequest page) {
        return read(TableKeys.entityPk(entityKey), filter, filter.filtersBeyondKeys(false), page);
    }

    public Page<StoredFact> ofType(FactType type, FactFilter filter, PageRequest page) {
        FactFilter sameType = new FactFilter(type, filter.dates(), filter.minAmount(), filter.currency());
        return read(TableKeys.typePk(type.name()), sameType, sameType.filtersBeyondKeys(true), page);
    }

    private Page<StoredFact> read(String partition, FactFilter filter, boolean filtered, PageRequest page) {
        String low = TableKeys.factSkFrom(filter.dates().from());
        String high = TableKeys.factSkTo(filter.dates().to());
        String resumeAt = null;
        int done = 0;
        if (page.after() != null) {
            new KeyShape(POSITION, TableKeys.PK, partition, TableKeys.SK, low, high).check(page.after());
            resumeAt = page.after().key().get(TableKeys.SK);
            done = count(page.after().key().get(DONE));
            high = resumeAt;
        }
        QueryRequest query = QueryRequest.builder().tableName(table)
                .keyConditionExpression("#pk = :pk AND #sk BETWEEN :low AND :high")
                .expressionAttributeNames(Map.of("#pk", TableKeys.PK, "#sk", TableKeys.SK))
                .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(partition),
                        ":low", AttributeValue.fromS(low), ":high", AttributeValue.fromS(high)))
                .scanIndexForward(false)
                .build();
        Predicate<StoredFact> keep = filter::matches;
        List<StoredFact> kept = new ArrayList<>();
        Map<String, AttributeValue> start = null;
        for (int round = 1; ; round++) {
            int size = filtered ? FILTERED_PAGE_SIZE : page.limit() + 1 - kept.size();
            QueryResponse response = dynamo.query(query.toBuilder().exclusiveStartKey(start).limit(size).build());
            String lastSk = null;
            int lastSize = 0;
            for (Map<String, AttributeValue> item : response.items()) {
                String sk = string(item, TableKeys.SK);
                List<StoredFact> facts = decode(item);
                int first = sk.equals(resumeAt) ? Math.min(done, facts.size()) : 0;
                resumeAt = null;
                for (int i = first; i < facts.size(); i++) {
                    if (!keep.test(facts.get(i))) {
                        continue;
                    }
                    if (kept.size() == page.limit()) {
                        return new Page<>(kept, position(partition, sk, i));
                    }
                    kept.add(facts.get(i));
                }
                lastSk = sk;
                lastSize = facts.size();
            }
            start = response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty()
                    ? response.lastEvaluatedKey() : null;
            if (start == null) {
                return new Page<>(kept, null);
            }
            if (round >= PagedQuery.MAX_ROUNDS && lastSk != null) {
                return new Page<>(kept, position(partition, lastSk, lastSize));
            }
        }
    }

    /** The facts of one group in stored order (newest id first), with the group's document and date. */
    private static List<StoredFact> decode(Map<String, AttributeValue> item) {
        String docId = string(item, ItemAttributes.DOC_ID);
        String date = string(item, ItemAttributes.DATE);
        List<FactEntry> entries;
        try {
            entries = FactEntry.decode(item.get(ItemAttributes.FACT_LIST));
        } catch (IllegalStateException | IllegalArgumentException | java.io.UncheckedIOException e) {
            throw new IllegalStateException("fact group " + string(item, TableKeys.PK) + " / "
                    + string(item, TableKeys.SK) + " holds no readable facts", e);
        }
        return entries.stream()
                .map(e -> new StoredFact(docId, e.fact(), date, e.subject(), e.object(), e.side()))
                .toList();
    }

    private static Position position(String partition, String sk, int done) {
        return new Position(Map.of(TableKeys.PK, partition, TableKeys.SK, sk, DONE, Integer.toString(done)));
    }

    private static int count(String done) {
        try {
            int value = Integer.parseInt(done);
            if (value >= 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new InvalidPositionException("position has no count of facts done");
    }
}
