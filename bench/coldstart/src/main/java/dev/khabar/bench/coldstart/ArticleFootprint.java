package dev.khabar.bench.coldstart;

import dev.khabar.core.model.FactsDocument;
import dev.khabar.core.model.FactsJson;
import dev.khabar.store.CompressedText;
import dev.khabar.store.DocumentStatus;
import dev.khabar.store.ItemAttributes;
import dev.khabar.store.TableKeys;
import dev.khabar.store.write.ClaimResult;
import dev.khabar.store.write.DocumentVersion;
import dev.khabar.store.write.DocumentWriter;
import dev.khabar.store.write.ItemKey;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * What one extracted article costs in the table. The extract function's facts document for the seed is read back
 * and written again, as a new object, through the store's own {@link DocumentWriter} on a {@link WriteMeter}: the
 * write units are those of the requests the function makes (claim, pending keys, derived items, completion), billed
 * on the items as they were before and after each one. Sizes and storage are read from the items the function wrote.
 *
 * @param itemBytes        billed size of each derived item; {@code indexed} says which ones have an index entry
 * @param writeUnits       write request units of the table for one article, as measured
 * @param indexWriteUnits  write request units of the index upkeep for the same writes
 * @param writeRequests    write requests sent (one per BatchWriteItem of up to 25 items)
 * @param storedBytes      table and index storage of the document item and every derived item, with overheads
 */
record ArticleFootprint(int sourceBytes, int sourceCharacters, int entities, int facts, int documentItemBytes,
                        List<Integer> itemBytes, List<Boolean> indexed, long writeUnits, long indexWriteUnits,
                        int writeRequests, long storedBytes) {

    static ArticleFootprint measure(DynamoDbClient dynamo, String table, String docId, byte[] source) {
        TableBilling billing = TableBilling.of(dynamo, table);
        Map<String, AttributeValue> document = get(dynamo, table, new ItemKey(TableKeys.docPk(docId), TableKeys.META));
        if (document.isEmpty() || !document.containsKey(ItemAttributes.FACTS)) {
            throw new IllegalStateException("the extract function wrote no facts for " + docId);
        }
        FactsDocument facts = FactsJson.read(CompressedText.read(document.get(ItemAttributes.FACTS)));
        List<Integer> sizes = new ArrayList<>();
        List<Boolean> indexed = new ArrayList<>();
        long stored = billing.storedBytes(document);
        for (ItemKey key : ItemKey.decodeSet(document.get(ItemAttributes.ITEM_KEYS))) {
            Map<String, AttributeValue> item = get(dynamo, table, key);
            sizes.add(TableBilling.size(item));
            indexed.add(billing.indexed(item));
            stored += billing.storedBytes(item);
        }
        WriteMeter meter = new WriteMeter(dynamo, table, billing);
        replay(dynamo, meter, table, facts);
        return new ArticleFootprint(source.length, new String(source, StandardCharsets.UTF_8).length(),
                facts.entities().size(), facts.facts().size(), TableBilling.size(document), sizes, indexed,
                meter.tableUnits(), meter.indexUnits(), meter.requests(), stored);
    }

    /** The function's writes for a new object with these facts; the copy is then removed (a tombstone, unlisted). */
    private static void replay(DynamoDbClient dynamo, WriteMeter meter, String table, FactsDocument facts) {
        Instant now = Instant.now();
        DocumentVersion version = new DocumentVersion("cost-meter", "seed.txt",
                DocumentVersion.sequencerOf(null, now), now);
        DocumentWriter writer = new DocumentWriter(meter, table, Clock.systemUTC(), Duration.ofMinutes(5));
        ClaimResult claimed = writer.claim(version);
        if (claimed.outcome() != ClaimResult.Outcome.CLAIMED
                || writer.complete(claimed.claim(), facts) != DocumentStatus.DONE) {
            throw new IllegalStateException("the metered copy of the seed was not written: " + claimed.detail());
        }
        // unmetered: the removal is not part of an article's cost, and the copy must not change the query bench
        DocumentWriter cleaner = new DocumentWriter(dynamo, table, Clock.systemUTC(), Duration.ofMinutes(5));
        Instant later = now.plusSeconds(1);
        cleaner.remove(cleaner.claim(new DocumentVersion(version.bucket(), version.key(),
                DocumentVersion.sequencerOf(null, later), later)).claim());
    }

    private static Map<String, AttributeValue> get(DynamoDbClient dynamo, String table, ItemKey key) {
        Map<String, AttributeValue> item = dynamo.getItem(b -> b.tableName(table).consistentRead(true).key(Map.of(
                TableKeys.PK, AttributeValue.fromS(key.pk()), TableKeys.SK, AttributeValue.fromS(key.sk())))).item();
        return item == null ? Map.of() : item;
    }
}
