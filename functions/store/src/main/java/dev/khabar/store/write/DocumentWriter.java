package dev.khabar.store.write;

import static dev.khabar.store.ItemAttributes.*;

import dev.khabar.core.model.DocumentInfo;
import dev.khabar.core.model.FactsDocument;
import dev.khabar.store.CompressedText;
import dev.khabar.store.DocumentStatus;
import dev.khabar.store.SideBySide;
import dev.khabar.store.TableKeys;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemResponse;

/**
 * Writes documents into the table as docs/table-design.md describes: claim, derived items, removal of the previous
 * version's leftovers, then DONE / FAILED / DELETED conditional on still holding the claim. Thread-safe.
 */
public final class DocumentWriter {
    private static final String CLAIMABLE = "attribute_not_exists(#pk)"
            + " OR (#seq < :seq AND (#status <> :processing OR #leaseUntil < :now))"
            + " OR (#seq = :seq AND #status = :processing AND #leaseUntil < :now)";
    private static final String HOLDS_CLAIM = "#leaseToken = :token";
    /** What a finished run removes of the pending keys: both the sets runs record and the earlier versions' one. */
    private static final String PENDING = "#pending, #pendingSets";

    private final DynamoDbClient dynamo;
    private final String table;
    private final Clock clock;
    private final Duration lease;
    private final BatchWriter batch;

    /**
     * @param lease how long a claim lasts: longer than one run of the function (its timeout), so a live run is never
     *              overtaken, short enough that a crashed run's document is taken over on the message's next delivery
     */
    public DocumentWriter(DynamoDbClient dynamo, String table, Clock clock, Duration lease) {
        this.dynamo = dynamo;
        this.table = table;
        this.clock = clock;
        this.lease = lease;
        this.batch = new BatchWriter(dynamo, table);
    }

    /** Step 1 for a removal or bad input: take the document for this version, with nothing to write. */
    public ClaimResult claim(DocumentVersion version) {
        return claim(version, null);
    }

    /**
     * Step 1: take the document for this version, or learn that the event is stale or the document busy. The claim
     * appends the keys of the items {@code document} becomes to the document item's pending key sets, so a run that
     * dies while writing them leaves nothing the next claim cannot find.
     */
    public ClaimResult claim(DocumentVersion version, FactsDocument document) {
        String docId = version.docId();
        WritePlan plan = document == null ? null : WritePlan.of(docId, document);
        String token = UUID.randomUUID().toString();
        long now = clock.millis();
        Map<String, String> names = names("#pk", TableKeys.PK, "#seq", SEQUENCER, "#status", STATUS,
                "#leaseUntil", LEASE_UNTIL, "#leaseToken", LEASE_TOKEN, "#bucket", BUCKET, "#objectKey", OBJECT_KEY,
                "#docId", DOC_ID, "#receivedAt", RECEIVED_AT, "#updatedAt", UPDATED_AT, "#gpk", TableKeys.GSI1PK,
                "#gsk", TableKeys.GSI1SK, "#reason", REASON);
        Map<String, AttributeValue> values = new HashMap<>();
        values.put(":seq", s(version.sequencer()));
        values.put(":processing", s(DocumentStatus.PROCESSING.name()));
        values.put(":now", n(now));
        long leaseUntil = now + lease.toMillis();
        values.put(":lease", n(leaseUntil));
        values.put(":token", s(token));
        values.put(":bucket", s(version.bucket()));
        values.put(":objectKey", s(version.key()));
        values.put(":docId", s(docId));
        values.put(":receivedAt", s(TableKeys.receivedAt(version.eventTime())));
        values.put(":updatedAt", s(TableKeys.receivedAt(clock.instant())));
        values.put(":docs", s(TableKeys.DOCS));
        values.put(":gsk", s(TableKeys.documentGsi1Sk(version.eventTime(), docId)));
        StringBuilder update = new StringBuilder("SET #status = :processing, #seq = :seq, #leaseUntil = :lease,"
                + " #leaseToken = :token, #bucket = :bucket, #objectKey = :objectKey, #docId = :docId,"
                + " #receivedAt = :receivedAt, #updatedAt = :updatedAt, #gpk = :docs, #gsk = :gsk");
        if (plan != null && !plan.keys.isEmpty()) {
            // appended, not set: the sets earlier runs that died recorded stay until a run completes
            update.append(", #pendingSets = list_append(if_not_exists(#pendingSets, :noSets), :keys)");
            names.put("#pendingSets", PENDING_KEY_SETS);
            values.put(":noSets", AttributeValue.fromL(List.of()));
            values.put(":keys", AttributeValue.fromL(List.of(ItemKey.encodeSet(plan.keys))));
        }
        try {
            UpdateItemResponse response = dynamo.updateItem(UpdateItemRequest.builder().tableName(table)
                    .key(documentKey(docId))
                    .conditionExpression(CLAIMABLE)
                    .updateExpression(update.append(" REMOVE #reason").toString())
                    .expressionAttributeNames(names)
                    .expressionAttributeValues(values)
                    .returnValues(ReturnValue.ALL_OLD)
                    .build());
            Map<String, AttributeValue> old = response.attributes() == null ? Map.of() : response.attributes();
            return ClaimResult.claimed(new Claim(version, docId, token, leaseUntil, previousKeys(old), plan));
        } catch (ConditionalCheckFailedException e) {
            return whyNotClaimed(version, docId, now);
        }
    }

    /** Steps 2–4 for a document claimed with its facts; FAILED instead when they cannot fit the document item. */
    public DocumentStatus complete(Claim claim) {
        WritePlan plan = claim.plan();
        if (plan == null) {
            throw new IllegalArgumentException("claimed without a facts document: " + claim.docId());
        }
        if (plan.unstorable != null) {
            fail(claim, plan.unstorable);
            return DocumentStatus.FAILED;
        }
        if (clock.millis() >= claim.leaseUntil()) {
            // its keys are recorded, but another run may hold the document by now and finish before these writes
            throw new LostClaimException(claim.docId());
        }
        // the alias items are read while the groups are written, and written after them, so that an alias never
        // leads to an entity whose documents are not written yet
        SideBySide.Started<Collection<Map<String, AttributeValue>>> newAliases =
                SideBySide.start(List.of(() -> batch.missing(plan.shared)));
        batch.put(plan.owned);
        Set<ItemKey> leftovers = new HashSet<>(claim.previousKeys());
        leftovers.removeAll(plan.keys);
        batch.delete(leftovers);
        batch.put(newAliases.results().get(0));

        FactsDocument document = plan.document;
        DocumentInfo info = document.document();
        Map<String, String> names = names("#status", STATUS, "#facts", FACTS, "#entityCount", ENTITY_COUNT,
                "#factCount", FACT_COUNT, "#updatedAt", UPDATED_AT, "#itemKeys", ITEM_KEYS,
                "#leaseUntil", LEASE_UNTIL, "#title", TITLE, "#language", LANGUAGE,
                "#published", PUBLISHED_DATE, "#extractor", EXTRACTOR);
        Map<String, AttributeValue> values = new HashMap<>();
        values.put(":done", s(DocumentStatus.DONE.name()));
        values.put(":facts", CompressedText.of(plan.json));
        values.put(":entityCount", n(document.entities().size()));
        values.put(":factCount", n(document.facts().size()));
        values.put(":updatedAt", s(TableKeys.receivedAt(clock.instant())));
        StringBuilder set = new StringBuilder("SET #status = :done, #facts = :facts, #entityCount = :entityCount,"
                + " #factCount = :factCount, #updatedAt = :updatedAt");
        StringBuilder remove = new StringBuilder(" REMOVE ").append(PENDING).append(", #leaseUntil, #leaseToken");
        optional(set, remove, values, "#itemKeys", plan.keys.isEmpty() ? null : ItemKey.encodeSet(plan.keys));
        optional(set, remove, values, "#title", info == null ? null : str(info.title()));
        optional(set, remove, values, "#language", info == null ? null : str(info.language()));
        optional(set, remove, values, "#published", info == null ? null : str(info.publishedDate()));
        optional(set, remove, values, "#extractor", info == null ? null : str(info.extractor()));
        holding(claim, set.append(remove).toString(), withPending(names), values);
        return DocumentStatus.DONE;
    }

    /** Bad input: no derived items, status FAILED with the reason. */
    public void fail(Claim claim, String reason) {
        batch.delete(claim.previousKeys());
        holding(claim, "SET #status = :failed, #reason = :reason, #updatedAt = :updatedAt"
                        + " REMOVE #facts, #itemKeys, " + PENDING + ", #leaseUntil, #leaseToken, #entityCount,"
                        + " #factCount",
                withPending(names("#status", STATUS, "#reason", REASON, "#updatedAt", UPDATED_AT, "#facts", FACTS,
                        "#itemKeys", ITEM_KEYS, "#leaseUntil", LEASE_UNTIL,
                        "#entityCount", ENTITY_COUNT, "#factCount", FACT_COUNT)),
                Map.of(":failed", s(DocumentStatus.FAILED.name()), ":reason", s(reason),
                        ":updatedAt", s(TableKeys.receivedAt(clock.instant()))));
    }

    /** The object was removed: no derived items, a DELETED tombstone (kept out of the document list). */
    public void remove(Claim claim) {
        batch.delete(claim.previousKeys());
        holding(claim, "SET #status = :deleted, #updatedAt = :updatedAt REMOVE #gpk, #gsk, #facts, #itemKeys,"
                        + " " + PENDING + ", #leaseUntil, #leaseToken, #entityCount, #factCount, #title, #language,"
                        + " #published, #extractor",
                withPending(names("#status", STATUS, "#updatedAt", UPDATED_AT, "#gpk", TableKeys.GSI1PK,
                        "#gsk", TableKeys.GSI1SK, "#facts", FACTS, "#itemKeys", ITEM_KEYS,
                        "#leaseUntil", LEASE_UNTIL, "#entityCount", ENTITY_COUNT, "#factCount", FACT_COUNT,
                        "#title", TITLE, "#language", LANGUAGE, "#published", PUBLISHED_DATE,
                        "#extractor", EXTRACTOR)),
                Map.of(":deleted", s(DocumentStatus.DELETED.name()),
                        ":updatedAt", s(TableKeys.receivedAt(clock.instant()))));
    }

    /**
     * After a transient error: end the lease now, so SQS's redelivery can claim again at once instead of waiting for
     * it to expire. Best effort: if this fails too, the lease simply runs out.
     */
    public void release(Claim claim) {
        try {
            holding(claim, "SET #leaseUntil = :zero", names("#leaseUntil", LEASE_UNTIL), Map.of(":zero", n(0)));
        } catch (LostClaimException | SdkException ignored) {
            // nothing to undo: the document stays PROCESSING until a later run claims it
        }
    }

    private ClaimResult whyNotClaimed(DocumentVersion version, String docId, long now) {
        Map<String, AttributeValue> stored = dynamo.getItem(GetItemRequest.builder().tableName(table)
                .key(documentKey(docId)).consistentRead(true).build()).item();
        if (stored == null || stored.isEmpty()) {
            return ClaimResult.busy("document changed while claiming");
        }
        String storedSequencer = stored.containsKey(SEQUENCER) ? stored.get(SEQUENCER).s() : "";
        String status = stored.containsKey(STATUS) ? stored.get(STATUS).s() : "";
        int order = storedSequencer.compareTo(version.sequencer());
        boolean live = DocumentStatus.PROCESSING.name().equals(status) && stored.containsKey(LEASE_UNTIL)
                && Long.parseLong(stored.get(LEASE_UNTIL).n()) >= now;
        if (order > 0) {
            return ClaimResult.stale("a newer version (" + status + ") is stored");
        }
        if (order == 0 && !live) {
            return ClaimResult.stale("this version is already " + status);
        }
        return ClaimResult.busy("another run holds the document");
    }

    private void holding(Claim claim, String update, Map<String, String> names, Map<String, AttributeValue> values) {
        Map<String, String> allNames = new HashMap<>(names);
        allNames.put("#leaseToken", LEASE_TOKEN);
        Map<String, AttributeValue> allValues = new HashMap<>(values);
        allValues.put(":token", s(claim.token()));
        try {
            dynamo.updateItem(UpdateItemRequest.builder().tableName(table).key(documentKey(claim.docId()))
                    .conditionExpression(HOLDS_CLAIM)
                    .updateExpression(update)
                    .expressionAttributeNames(allNames)
                    .expressionAttributeValues(allValues)
                    .build());
        } catch (ConditionalCheckFailedException e) {
            throw new LostClaimException(claim.docId());
        }
    }

    /** SET name = value when there is a value, else REMOVE name (an update must not leave a stale one). */
    private static void optional(StringBuilder set, StringBuilder remove, Map<String, AttributeValue> values,
                                 String name, AttributeValue value) {
        if (value == null) {
            remove.append(", ").append(name);
        } else {
            String placeholder = ":" + name.substring(1);
            set.append(", ").append(name).append(" = ").append(placeholder);
            values.put(placeholder, value);
        }
    }

    /** The keys earlier runs left: the finished version's, and those recorded by runs that did not finish. */
    private static Set<ItemKey> previousKeys(Map<String, AttributeValue> old) {
        Set<ItemKey> previous = ItemKey.decodeSet(old.get(ITEM_KEYS));
        previous.addAll(ItemKey.decodeSet(old.get(PENDING_KEYS)));
        AttributeValue sets = old.get(PENDING_KEY_SETS);
        if (sets != null && sets.hasL()) {
            for (AttributeValue set : sets.l()) {
                previous.addAll(ItemKey.decodeSet(set));
            }
        }
        return previous;
    }

    /** {@link #PENDING}'s names added to {@code names}. */
    private static Map<String, String> withPending(Map<String, String> names) {
        names.put("#pending", PENDING_KEYS);
        names.put("#pendingSets", PENDING_KEY_SETS);
        return names;
    }

    private static Map<String, AttributeValue> documentKey(String docId) {
        return Map.of(TableKeys.PK, s(TableKeys.docPk(docId)), TableKeys.SK, s(TableKeys.META));
    }

    private static Map<String, String> names(String... pairs) {
        Map<String, String> names = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            names.put(pairs[i], pairs[i + 1]);
        }
        return names;
    }

    private static AttributeValue str(String value) {
        return value == null || value.isEmpty() ? null : s(value);
    }

    private static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    private static AttributeValue n(long value) {
        return AttributeValue.fromN(Long.toString(value));
    }
}
