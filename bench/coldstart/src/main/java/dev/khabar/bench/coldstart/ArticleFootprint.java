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
 * write units are those of the requests the function makes (claim with the pending keys, derived items, alias
 * check, completion), billed on the items as they were before and after each one. Alias items are shared by every
 * document naming an entity and written only where missing, so the article is written twice: once as if none of its
 * entities were known (its alias items removed first: the most it costs), once with all of them known (the least).
 * Sizes and storage are read from the items the function wrote.
 *
 * @param itemBytes            billed size of each item the document owns (its groups); {@code indexed} says which
 *                             ones have an index entry
 * @param aliasItems           alias items of the article's entities (shared with other documents naming them)
 * @param writeUnits           write request units of the table for one article whose entities are all new
 * @param indexWriteUnits      write request units of the index upkeep for the same writes
 * @param writeRequests        write requests sent (one per BatchWriteItem of up to 25 items)
 * @param readUnits            read request units of the writer's alias check (the same either way)
 * @param knownWriteUnits      write units when every entity's alias items are already in the table
 * @param knownIndexWriteUnits index upkeep of the same
 * @param storedBytes          table and index storage of the document item, its groups and its alias items, with
 *                             overheads (alias items counted in full, as for an article whose entities are new)
 * @param aliasStoredBytes     the part of {@code storedBytes} that is alias items
 */
record ArticleFootprint(int sourceBytes, int sourceCharacters, int entities, int facts, int documentItemBytes,
                        List<Integer> itemBytes, List<Boolean> indexed, int aliasItems, long writeUnits,
                        long indexWriteUnits, int writeRequests, double readUnits, long knownWriteUnits,
                        long knownIndexWriteUnits, long storedBytes, long aliasStoredBytes) {

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
        List<Map<String, AttributeValue>> aliases = aliasItems(dynamo, table, facts);
        long aliasStored = 0;
        for (Map<String, AttributeValue> alias : aliases) {
            aliasStored += billing.storedBytes(alias);
        }

        // entities new: the seed's alias items go first (unmetered), so the metered copy writes them again
        for (Map<String, AttributeValue> alias : aliases) {
            dynamo.deleteItem(b -> b.tableName(table).key(Map.of(TableKeys.PK, alias.get(TableKeys.PK),
                    TableKeys.SK, alias.get(TableKeys.SK))));
        }
        WriteMeter fresh = new WriteMeter(dynamo, table, billing);
        replay(dynamo, fresh, table, facts, "seed-entities-new.txt");
        WriteMeter known = new WriteMeter(dynamo, table, billing);
        replay(dynamo, known, table, facts, "seed-entities-known.txt");
        return new ArticleFootprint(source.length, new String(source, StandardCharsets.UTF_8).length(),
                facts.entities().size(), facts.facts().size(), TableBilling.size(document), sizes, indexed,
                aliases.size(), fresh.tableUnits(), fresh.indexUnits(), fresh.requests(), fresh.readUnits(),
                known.tableUnits(), known.indexUnits(), stored + aliasStored, aliasStored);
    }

    /** The alias items the article's entities have in the table: every name and alias, normalized, per entity. */
    private static List<Map<String, AttributeValue>> aliasItems(DynamoDbClient dynamo, String table,
                                                               FactsDocument facts) {
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        java.util.Set<ItemKey> seen = new java.util.HashSet<>();
        for (var entity : facts.entities()) {
            List<String> forms = new ArrayList<>(entity.aliases());
            forms.add(entity.name());
            for (String form : forms) {
                String normalized = dev.khabar.store.AliasKeys.normalize(form);
                ItemKey key = new ItemKey(TableKeys.aliasPk(normalized), TableKeys.aliasSk(TableKeys.entityKey(entity)));
                if (!normalized.isEmpty() && seen.add(key)) {
                    Map<String, AttributeValue> item = get(dynamo, table, key);
                    if (!item.isEmpty()) {
                        items.add(item);
                    }
                }
            }
        }
        return items;
    }

    /** The function's writes for a new object with these facts; the copy is then removed (a tombstone, unlisted). */
    private static void replay(DynamoDbClient dynamo, WriteMeter meter, String table, FactsDocument facts, String key) {
        Instant now = Instant.now();
        DocumentVersion version = new DocumentVersion("cost-meter", key, DocumentVersion.sequencerOf(null, now), now);
        DocumentWriter writer = new DocumentWriter(meter, table, Clock.systemUTC(), Duration.ofMinutes(5));
        ClaimResult claimed = writer.claim(version, facts);
        if (claimed.outcome() != ClaimResult.Outcome.CLAIMED
                || writer.complete(claimed.claim()) != DocumentStatus.DONE) {
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
