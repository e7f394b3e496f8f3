package dev.khabar.store.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.model.DocumentInfo;
import dev.khabar.core.model.Entity;
import dev.khabar.core.model.EntityType;
import dev.khabar.core.model.Fact;
import dev.khabar.core.model.FactType;
import dev.khabar.core.model.FactsDocument;
import dev.khabar.emulator.ProvisionedResources;
import dev.khabar.store.AwsClients;
import dev.khabar.store.CompressedText;
import dev.khabar.store.DocumentStatus;
import dev.khabar.store.ItemAttributes;
import dev.khabar.store.TableKeys;
import dev.khabar.store.write.ClaimResult.Outcome;
import dev.khabar.testing.Emulator;
import dev.khabar.testing.WithEmulator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;

@WithEmulator
class DocumentWriterTest {
    static final Duration LEASE = Duration.ofMinutes(5);
    static final Instant T0 = Instant.parse("2025-08-30T10:00:00Z");

    final TestClock clock = new TestClock(T0);
    ProvisionedResources aws;
    DynamoDbClient dynamo;
    DocumentWriter writer;

    @BeforeEach
    void provision(Emulator emulator) {
        aws = emulator.provision();
        dynamo = AwsClients.dynamoDb();
        writer = new DocumentWriter(dynamo, aws.table(), clock, LEASE);
    }

    static DocumentVersion version(String sequencer) {
        return new DocumentVersion("news", "a.txt", DocumentVersion.sequencerOf(sequencer, T0), T0);
    }

    @Test
    void aNewVersionRemovesWhatTheOldOneHadAndTheNewOneHasNot() {
        Claim first = claimed(writer.claim(version("0A"), DerivedItemsTest.sample()));
        assertEquals(DocumentStatus.DONE, writer.complete(first));
        Set<ItemKey> firstKeys = derivedKeys();
        assertEquals(8, firstKeys.size());
        Set<ItemKey> aliases = aliasKeys();
        assertEquals(5, aliases.size(), "every alias of the sample but Nova Labs, which its key spells");

        FactsDocument smaller = withoutDubaiAndTheLayoff(DerivedItemsTest.sample());
        Claim second = claimed(writer.claim(version("0B"), smaller));
        assertEquals(DocumentStatus.DONE, writer.complete(second));
        Set<ItemKey> secondKeys = derivedKeys();
        assertEquals(listedKeys(), secondKeys);
        assertEquals(8 - 3, secondKeys.size(), "Dubai's group, Nova's group and the type group of the layoff");
        assertTrue(firstKeys.containsAll(secondKeys));
        assertEquals(aliases, aliasKeys(), "alias items are shared by documents and stay; readers skip unnamed entities");
    }

    @Test
    void duplicatesAndOlderVersionsAreStaleOnceAVersionIsDone() {
        writer.complete(claimed(writer.claim(version("0B"), DerivedItemsTest.sample())));
        assertEquals(Outcome.STALE, writer.claim(version("0B")).outcome());
        assertEquals(Outcome.STALE, writer.claim(version("0A")).outcome());
        assertEquals(Outcome.STALE, writer.claim(version("0AFFFF")).outcome(), "0AFFFF is before 0B right-padded");
        assertEquals(Outcome.CLAIMED, writer.claim(version("0B01")).outcome());
    }

    @Test
    void aLiveLeaseMakesOthersWaitAndAnExpiredOneIsTakenOver() {
        Claim crashed = claimed(writer.claim(version("0A"), DerivedItemsTest.sample()));
        assertEquals(Outcome.BUSY, writer.claim(version("0A")).outcome(), "concurrent duplicate");
        assertEquals(Outcome.BUSY, writer.claim(version("0B")).outcome(), "newer version while one runs");

        clock.advance(LEASE.plusSeconds(1));
        Claim taker = claimed(writer.claim(version("0B"), DerivedItemsTest.sample()));
        assertThrows(LostClaimException.class, () -> writer.complete(crashed));
        assertEquals(DocumentStatus.DONE, writer.complete(taker));
        assertEquals(listedKeys(), derivedKeys());
        assertEquals(DocumentVersion.sequencerOf("0B", T0), document().get(ItemAttributes.SEQUENCER).s());
    }

    @Test
    void aReleasedClaimCanBeRetakenAtOnceBySqsRedelivery() {
        Claim failedRun = claimed(writer.claim(version("0A")));
        writer.release(failedRun);
        assertEquals(Outcome.CLAIMED, writer.claim(version("0A")).outcome());
    }

    @Test
    void itemsOfARunThatDiedHalfWayAreFoundAndRemovedByTheNextRun(Emulator emulator) {
        FactsDocument big = layoffs(40);
        AtomicInteger batches = new AtomicInteger();
        try (DynamoDbClient failing = DynamoDbClient.builder().httpClient(UrlConnectionHttpClient.create())
                .overrideConfiguration(o -> o.addExecutionInterceptor(new FailSecondBatch(batches))).build()) {
            DocumentWriter dying = new DocumentWriter(failing, aws.table(), clock, LEASE);
            Claim claim = claimed(dying.claim(version("0A"), big));
            assertThrows(IllegalStateException.class, () -> dying.complete(claim));
            dying.release(claim);
        }
        int left = derivedKeys().size();
        assertTrue(left == 25 || left == 41 - 25, left + ": one of the two batches was written before the run died");
        assertEquals("PROCESSING", document().get(ItemAttributes.STATUS).s());

        Claim retry = claimed(writer.claim(version("0A"), DerivedItemsTest.sample()));
        writer.complete(retry);
        assertEquals(listedKeys(), derivedKeys());
        assertEquals(8, derivedKeys().size());
    }

    @Test
    void keysOfTwoRunsThatDiedOneAfterTheOtherAreAllRemovedByTheThird() {
        for (FactsDocument dying : List.of(layoffs(40), withoutDubaiAndTheLayoff(DerivedItemsTest.sample()))) {
            AtomicInteger batches = new AtomicInteger();
            try (DynamoDbClient failing = DynamoDbClient.builder().httpClient(UrlConnectionHttpClient.create())
                    .overrideConfiguration(o -> o.addExecutionInterceptor(new FailSecondBatch(batches))).build()) {
                DocumentWriter run = new DocumentWriter(failing, aws.table(), clock, LEASE);
                Claim claim = claimed(run.claim(version("0A"), withMoreItems(dying)));
                assertThrows(RuntimeException.class, () -> run.complete(claim));
                run.release(claim);
            }
        }
        Claim third = claimed(writer.claim(version("0A"), DerivedItemsTest.sample()));
        writer.complete(third);
        assertEquals(listedKeys(), derivedKeys());
        assertEquals(8, derivedKeys().size());
    }

    @Test
    void aDocumentItemWrittenBeforeCompressionIsReadAndReplaced() {
        // an earlier version stored the key set as a string set and the facts as a string
        ItemKey old = earlierVersionsItem();
        putDocumentItem("DONE", "01", Map.of(
                ItemAttributes.FACTS, AttributeValue.fromS("{\"schemaVersion\":1}"),
                ItemAttributes.ITEM_KEYS, AttributeValue.fromSs(List.of(old.encode()))));
        assertEquals("{\"schemaVersion\":1}", CompressedText.read(document().get(ItemAttributes.FACTS)));

        writer.complete(claimed(writer.claim(version("0A"), DerivedItemsTest.sample())));
        assertEquals(listedKeys(), derivedKeys(), "the old version's item is gone");
        assertTrue(document().get(ItemAttributes.ITEM_KEYS).b() != null);
        assertTrue(CompressedText.read(document().get(ItemAttributes.FACTS)).contains("Nova Labs"));
    }

    @Test
    void pendingKeysAnEarlierVersionRecordedAsOneSetAreStillRemoved() {
        // an earlier version's run died after recording its keys in the single pending set, then writing one item
        ItemKey orphan = earlierVersionsItem();
        putDocumentItem("PROCESSING", "0A", Map.of(ItemAttributes.LEASE_UNTIL, AttributeValue.fromN("0"),
                ItemAttributes.PENDING_KEYS, ItemKey.encodeSet(Set.of(orphan))));

        writer.complete(claimed(writer.claim(version("0A"), DerivedItemsTest.sample())));
        assertEquals(listedKeys(), derivedKeys(), "the orphan is gone");
        assertEquals(null, document().get(ItemAttributes.PENDING_KEYS));
        assertEquals(null, document().get(ItemAttributes.PENDING_KEY_SETS));
    }

    @Test
    void theClaimRecordsTheKeysItIsAboutToWrite() {
        Claim claim = claimed(writer.claim(version("0A"), DerivedItemsTest.sample()));
        List<AttributeValue> sets = document().get(ItemAttributes.PENDING_KEY_SETS).l();
        assertEquals(1, sets.size());
        assertEquals(8, ItemKey.decodeSet(sets.getFirst()).size());
        assertEquals(Set.of(), derivedKeys(), "nothing written yet");
        writer.complete(claim);
        assertEquals(ItemKey.decodeSet(sets.getFirst()), derivedKeys());
    }

    @Test
    void theDocumentListingCopiesNeitherTheFactsNorTheKeySets() {
        writer.complete(claimed(writer.claim(version("0A"), DerivedItemsTest.sample())));
        List<Map<String, AttributeValue>> listed = dynamo.query(b -> b.tableName(aws.table())
                .indexName(TableKeys.GSI1).keyConditionExpression("#pk = :pk")
                .expressionAttributeNames(Map.of("#pk", TableKeys.GSI1PK))
                .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(TableKeys.DOCS)))).items();
        assertEquals(1, listed.size());
        Map<String, AttributeValue> entry = listed.getFirst();
        assertEquals("DONE", entry.get(ItemAttributes.STATUS).s());
        assertEquals("3", entry.get(ItemAttributes.ENTITY_COUNT).n());
        for (String left : List.of(ItemAttributes.FACTS, ItemAttributes.ITEM_KEYS, ItemAttributes.SEQUENCER,
                ItemAttributes.EXTRACTOR)) {
            assertTrue(!entry.containsKey(left), left + " is not projected into GSI1: " + entry.keySet());
        }
    }

    @Test
    void failureAndRemovalLeaveNoDerivedItems() {
        writer.complete(claimed(writer.claim(version("0A"), DerivedItemsTest.sample())));
        writer.fail(claimed(writer.claim(version("0B"))), "not UTF-8 text");
        assertEquals(Set.of(), derivedKeys());
        assertEquals("FAILED", document().get(ItemAttributes.STATUS).s());
        assertEquals("not UTF-8 text", document().get(ItemAttributes.REASON).s());

        writer.complete(claimed(writer.claim(version("0C"), DerivedItemsTest.sample())));
        assertEquals(null, document().get(ItemAttributes.REASON), "a later success clears the reason");
        writer.remove(claimed(writer.claim(version("0D"))));
        assertEquals(Set.of(), derivedKeys());
        assertEquals(5, aliasKeys().size(), "only the shared alias items are left");
        Map<String, AttributeValue> tombstone = document();
        assertEquals("DELETED", tombstone.get(ItemAttributes.STATUS).s());
        assertEquals(null, tombstone.get(TableKeys.GSI1PK));
        assertEquals(Outcome.STALE, writer.claim(version("0C")).outcome());
    }

    @Test
    void aliasItemsAlreadyInTheTableAreReadNotWrittenAgain() {
        writer.complete(claimed(writer.claim(version("0A"), DerivedItemsTest.sample())));
        List<String> aliasPuts = new CopyOnWriteArrayList<>();
        try (DynamoDbClient counting = DynamoDbClient.builder().httpClient(UrlConnectionHttpClient.create())
                .overrideConfiguration(o -> o.addExecutionInterceptor(new AliasPuts(aliasPuts))).build()) {
            DocumentWriter other = new DocumentWriter(counting, aws.table(), clock, LEASE);
            DocumentVersion b = new DocumentVersion("news", "b.txt", DocumentVersion.sequencerOf("01", T0), T0);
            other.complete(claimed(other.claim(b, DerivedItemsTest.sample())));
            assertEquals(List.of(), aliasPuts, "another document naming the same entities");

            FactsDocument withNewcomer = withMoreItems(DerivedItemsTest.sample());
            DocumentVersion c = new DocumentVersion("news", "c.txt", DocumentVersion.sequencerOf("01", T0), T0);
            other.complete(claimed(other.claim(c, withNewcomer)));
            assertEquals(30, aliasPuts.size(), "one for each company not seen before: " + aliasPuts);
        }
    }

    @Test
    void theBatchesOfOneDocumentAreSentSideBySide() {
        assertEquals(41, writtenMeeting(layoffs(40), BatchWriteItemRequest.class, BatchWriteItemRequest.class));
    }

    @Test
    void theAliasItemsAreReadWhileTheGroupsAreWritten() {
        assertEquals(8, writtenMeeting(DerivedItemsTest.sample(), BatchGetItemRequest.class,
                BatchWriteItemRequest.class));
        assertEquals(5, aliasKeys().size(), "written after the groups, once read");
    }

    /**
     * Writes {@code document} through a client that lets the first request of kind {@code one} through only once the
     * first of kind {@code other} is under way, and the reverse; the document's items, counted.
     */
    private int writtenMeeting(FactsDocument document, Class<?> one, Class<?> other) {
        try (DynamoDbClient meeting = DynamoDbClient.builder().httpClient(UrlConnectionHttpClient.create())
                .overrideConfiguration(o -> o.addExecutionInterceptor(new Meet(one, other))).build()) {
            DocumentWriter parallel = new DocumentWriter(meeting, aws.table(), clock, LEASE);
            Claim claim = claimed(parallel.claim(version("0A"), document));
            assertEquals(DocumentStatus.DONE, parallel.complete(claim), "neither request waited for the other to end");
        }
        assertEquals(listedKeys(), derivedKeys());
        return derivedKeys().size();
    }

    @Test
    void aFactsDocumentTooLargeForOneItemEndsFailed() {
        String longText = "س".repeat(1000);
        List<Fact> facts = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            facts.add(new Fact("f" + i, FactType.LAYOFF, "e1", null, null, i, null, null, null,
                    new dev.khabar.core.model.Evidence(longText, 0, 1000), 0.5));
        }
        FactsDocument huge = new FactsDocument(1, new DocumentInfo("x", "ar", null, null, "t"),
                List.of(new Entity("e1", "Q1", "Acme", EntityType.ORGANIZATION, List.of(), 1)), facts);
        assertEquals(DocumentStatus.FAILED, writer.complete(claimed(writer.claim(version("0A"), huge))));
        assertTrue(document().get(ItemAttributes.REASON).s().contains("bytes"));
        assertEquals(Set.of(), derivedKeys());
    }

    /** An item derived from this document by an earlier version of the function. */
    private ItemKey earlierVersionsItem() {
        ItemKey key = new ItemKey(TableKeys.entityPk("Q77"), "DOC#" + docId());
        dynamo.putItem(b -> b.tableName(aws.table()).item(Map.of(TableKeys.PK, AttributeValue.fromS(key.pk()),
                TableKeys.SK, AttributeValue.fromS(key.sk()), ItemAttributes.DOC_ID, AttributeValue.fromS(docId()))));
        return key;
    }

    /** The document item as an earlier version of the function left it. */
    private void putDocumentItem(String status, String sequencer, Map<String, AttributeValue> attributes) {
        Map<String, AttributeValue> item = new HashMap<>(attributes);
        item.put(TableKeys.PK, AttributeValue.fromS(TableKeys.docPk(docId())));
        item.put(TableKeys.SK, AttributeValue.fromS(TableKeys.META));
        item.put(ItemAttributes.STATUS, AttributeValue.fromS(status));
        item.put(ItemAttributes.SEQUENCER, AttributeValue.fromS(DocumentVersion.sequencerOf(sequencer, T0)));
        dynamo.putItem(b -> b.tableName(aws.table()).item(item));
    }

    private static FactsDocument withoutDubaiAndTheLayoff(FactsDocument document) {
        return new FactsDocument(1, document.document(),
                document.entities().stream().filter(e -> !e.id().equals("e3")).toList(),
                document.facts().stream().filter(f -> !f.id().equals("f2")).toList());
    }

    /** The document with 30 extra companies laying off, so that writing it takes two batches. */
    private static FactsDocument withMoreItems(FactsDocument document) {
        FactsDocument extra = layoffs(30);
        List<Fact> facts = new ArrayList<>(document.facts());
        facts.addAll(extra.facts().stream().map(f -> new Fact("x" + f.id(), f.type(), "x" + f.subject(), null, null,
                f.count(), null, null, null, null, 0.5)).toList());
        List<Entity> entities = new ArrayList<>(document.entities());
        entities.addAll(extra.entities().stream().map(e -> new Entity("x" + e.id(), "X" + e.key(), e.name(), e.type(),
                List.of(), 1)).toList());
        return new FactsDocument(1, document.document(), entities, facts);
    }

    /** {@code count} companies, each with one layoff: a group each, and one group of the type. */
    private static FactsDocument layoffs(int count) {
        List<Fact> facts = new ArrayList<>();
        List<Entity> entities = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            entities.add(new Entity("e" + i, "Q9" + i, "Other " + i, EntityType.ORGANIZATION, List.of(), 1));
            facts.add(new Fact("f" + i, FactType.LAYOFF, "e" + i, null, null, i, null, null, null, null, 0.5));
        }
        return new FactsDocument(1, new DocumentInfo("x", "ar", null, null, "t"), entities, facts);
    }

    private static Claim claimed(ClaimResult result) {
        assertEquals(Outcome.CLAIMED, result.outcome(), result.detail());
        return result.claim();
    }

    private String docId() {
        return version("0A").docId();
    }

    private Map<String, AttributeValue> document() {
        return dynamo.getItem(b -> b.tableName(aws.table()).consistentRead(true).key(Map.of(
                TableKeys.PK, AttributeValue.fromS(TableKeys.docPk(docId())),
                TableKeys.SK, AttributeValue.fromS(TableKeys.META)))).item();
    }

    /** Keys of the items the document owns: all but its own item and the shared alias items. */
    private Set<ItemKey> derivedKeys() {
        Set<ItemKey> keys = new HashSet<>();
        dynamo.scanPaginator(b -> b.tableName(aws.table()).consistentRead(true)).items().forEach(item -> {
            if (!item.get(TableKeys.SK).s().equals(TableKeys.META)
                    && !item.get(TableKeys.PK).s().startsWith(TableKeys.ALIAS_PREFIX)) {
                assertEquals(docId(), item.get(ItemAttributes.DOC_ID).s());
                keys.add(ItemKey.of(item));
            }
        });
        return keys;
    }

    private Set<ItemKey> aliasKeys() {
        Set<ItemKey> keys = new HashSet<>();
        dynamo.scanPaginator(b -> b.tableName(aws.table()).consistentRead(true)).items().forEach(item -> {
            if (item.get(TableKeys.PK).s().startsWith(TableKeys.ALIAS_PREFIX)) {
                keys.add(ItemKey.of(item));
            }
        });
        return keys;
    }

    private Set<ItemKey> listedKeys() {
        return ItemKey.decodeSet(document().get(ItemAttributes.ITEM_KEYS));
    }

    /** Lets the first BatchWriteItem through and breaks the second, as a run dying between two batches would. */
    private record FailSecondBatch(AtomicInteger batches) implements ExecutionInterceptor {
        @Override
        public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
            if (context.request() instanceof BatchWriteItemRequest && batches.incrementAndGet() == 2) {
                throw new IllegalStateException("the run dies here");
            }
        }
    }

    /**
     * Holds the first request of kind {@code one} until the first of kind {@code other} has started, and that one until
     * the first has: only requests sent side by side both pass (with two of the same kind, the first two).
     */
    private static final class Meet implements ExecutionInterceptor {
        private final Class<?> one;
        private final Class<?> other;
        private final AtomicBoolean oneTaken = new AtomicBoolean();
        private final AtomicBoolean otherTaken = new AtomicBoolean();
        private final CountDownLatch oneSent = new CountDownLatch(1);
        private final CountDownLatch otherSent = new CountDownLatch(1);

        Meet(Class<?> one, Class<?> other) {
            this.one = one;
            this.other = other;
        }

        @Override
        public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
            if (one.isInstance(context.request()) && oneTaken.compareAndSet(false, true)) {
                oneSent.countDown();
                await(otherSent);
            } else if (other.isInstance(context.request()) && otherTaken.compareAndSet(false, true)) {
                otherSent.countDown();
                await(oneSent);
            }
        }

        private static void await(CountDownLatch latch) {
            try {
                if (!latch.await(10, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("the other request was not sent meanwhile");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** Collects the partition keys of alias items put by BatchWriteItem. */
    private record AliasPuts(List<String> pks) implements ExecutionInterceptor {
        @Override
        public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
            if (context.request() instanceof BatchWriteItemRequest batch) {
                batch.requestItems().values().forEach(writes -> writes.stream()
                        .filter(w -> w.putRequest() != null)
                        .map(w -> w.putRequest().item().get(TableKeys.PK).s())
                        .filter(pk -> pk.startsWith(TableKeys.ALIAS_PREFIX))
                        .forEach(pks::add));
            }
        }
    }

    /** A clock the test moves, so lease expiry is tested without waiting. */
    static final class TestClock extends Clock {
        private final AtomicLong millis;

        TestClock(Instant start) {
            this.millis = new AtomicLong(start.toEpochMilli());
        }

        void advance(Duration duration) {
            millis.addAndGet(duration.toMillis());
        }

        @Override
        public Instant instant() {
            return Instant.ofEpochMilli(millis.get());
        }

        @Override
        public long millis() {
            return millis.get();
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
