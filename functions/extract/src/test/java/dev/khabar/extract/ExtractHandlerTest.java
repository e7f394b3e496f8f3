package dev.khabar.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.khabar.core.model.FactsDocument;
import dev.khabar.core.model.FactsJson;
import dev.khabar.store.CompressedText;
import dev.khabar.store.FactEntry;
import dev.khabar.store.FactSide;
import dev.khabar.store.ItemAttributes;
import dev.khabar.store.TableKeys;
import dev.khabar.store.objects.S3ObjectGetter;
import dev.khabar.testing.Emulator;
import dev.khabar.testing.WithEmulator;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import dev.khabar.extract.text.DocumentTextDecoder;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.sqs.model.Message;

@WithEmulator
class ExtractHandlerTest {
    static final long MAX_BYTES = 64 * 1024;
    static final String SEED_KEY = "seeds/000_acbe007552a08bad.txt";

    static String seed() throws IOException {
        return Files.readString(repoRoot().resolve(SEED_KEY), StandardCharsets.UTF_8);
    }

    static Path repoRoot() {
        return Path.of(System.getProperty("khabar.root", "../.."));
    }

    @Test
    void theSeedBecomesADoneDocumentWhoseItemsAreExactlyTheOnesItLists(Emulator emulator) throws IOException {
        try (Pipeline pipeline = new Pipeline(emulator, MAX_BYTES)) {
            pipeline.put(SEED_KEY, seed().getBytes(StandardCharsets.UTF_8), Map.of("published", "2025-08-30"));
            assertEquals(Set.of(), pipeline.deliver(pipeline.receive(1)));

            Map<String, AttributeValue> document = pipeline.document(SEED_KEY);
            assertEquals("DONE", document.get(ItemAttributes.STATUS).s());
            assertEquals(SEED_KEY, document.get(ItemAttributes.OBJECT_KEY).s());
            assertEquals(pipeline.aws.bucket(), document.get(ItemAttributes.BUCKET).s());
            assertEquals(TableKeys.DOCS, document.get(TableKeys.GSI1PK).s());
            assertNull(document.get(ItemAttributes.LEASE_TOKEN), "the claim is released");
            FactsDocument facts = FactsJson.read(CompressedText.read(document.get(ItemAttributes.FACTS)));
            assertEquals(pipeline.docId(SEED_KEY), facts.document().id());
            assertEquals("2025-08-30", facts.document().publishedDate(), "x-amz-meta-published reaches the extractor");
            assertEquals(String.valueOf(facts.facts().size()), document.get(ItemAttributes.FACT_COUNT).n());
            assertEquals(pipeline.listedKeys(SEED_KEY), pipeline.derivedKeys(SEED_KEY));

            assertSeedFactsAreFoundThroughEveryIndex(pipeline, facts);

            List<JsonNode> logged = pipeline.logLines();
            assertEquals(1, logged.size(), logged.toString());
            assertEquals("DONE", logged.getFirst().path("result").asText());
            assertEquals(pipeline.docId(SEED_KEY), logged.getFirst().path("docId").asText());
        }
    }

    /** The seed says Meta (ميتا) invested 14.3 billion dollars in Scale AI last June. */
    private static void assertSeedFactsAreFoundThroughEveryIndex(Pipeline pipeline, FactsDocument facts) {
        var meta = facts.entities().stream().filter(e -> e.name().equals("Meta")).findFirst().orElseThrow();
        var scale = facts.entities().stream().filter(e -> e.name().equals("Scale AI")).findFirst().orElseThrow();
        var investment = facts.facts().stream().filter(f -> f.type() == dev.khabar.core.model.FactType.INVESTMENT
                && f.subject().equals(meta.id()) && scale.id().equals(f.object())).findFirst().orElseThrow();
        assertEquals("USD", investment.amount().currency());

        String docId = pipeline.docId(SEED_KEY);
        String sk = TableKeys.factGroupSk(TableKeys.sortDate(investment.date().value(), "2025-08-30"), docId);
        FactEntry subjectCopy = entry(pipeline.item(TableKeys.entityPk(meta.key()), sk), investment.id());
        assertEquals(FactSide.SUBJECT, subjectCopy.side());
        assertEquals("Scale AI", subjectCopy.object().name());
        assertEquals(FactSide.OBJECT, entry(pipeline.item(TableKeys.entityPk(scale.key()), sk), investment.id()).side());

        // a search for ميتا (as the query function makes it) reaches Meta's key
        List<String> viaAlias = pipeline.query(TableKeys.aliasPk(dev.khabar.store.AliasKeys.normalize("ميتا")))
                .stream().map(i -> i.get(ItemAttributes.ENTITY_KEY).s()).toList();
        assertEquals(List.of(meta.key()), viaAlias);
        List<String> investments = pipeline.query(TableKeys.typePk("INVESTMENT")).stream()
                .flatMap(i -> FactEntry.decode(i.get(ItemAttributes.FACT_LIST)).stream())
                .map(e -> e.fact().id())
                .toList();
        assertTrue(investments.contains(investment.id()), investments.toString());
        assertEquals(facts.facts().stream().filter(f -> f.type().name().equals("INVESTMENT")).count(),
                investments.size(), "each fact once under its type");
    }

    private static FactEntry entry(Map<String, AttributeValue> group, String factId) {
        return FactEntry.decode(group.get(ItemAttributes.FACT_LIST)).stream()
                .filter(e -> e.fact().id().equals(factId)).findFirst()
                .orElseThrow(() -> new AssertionError("no fact " + factId + " in " + group.get(TableKeys.SK)));
    }

    @Test
    void aRedeliveredEventIsAcknowledgedWithoutWritingAnything(Emulator emulator) throws IOException {
        try (Pipeline pipeline = new Pipeline(emulator, MAX_BYTES)) {
            pipeline.put(SEED_KEY, seed());
            List<Message> event = pipeline.receive(1);
            assertEquals(Set.of(), pipeline.deliver(event));
            List<Map<String, AttributeValue>> before = pipeline.items();

            assertEquals(Set.of(), pipeline.deliver(event));
            assertEquals(before.size(), pipeline.items().size());
            assertEquals(Set.copyOf(before), Set.copyOf(pipeline.items()), "not even updatedAt changes");
            assertEquals(List.of("DONE", "STALE"), pipeline.results(SEED_KEY));
        }
    }

    @Test
    void concurrentDuplicatesAreSerializedNotInterleaved(Emulator emulator) throws Exception {
        try (Pipeline pipeline = new Pipeline(emulator, MAX_BYTES)) {
            pipeline.put(SEED_KEY, seed());
            List<Message> event = pipeline.receive(1);
            ExtractHandler second = pipeline.newHandler(MAX_BYTES);
            var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
            var start = new java.util.concurrent.CountDownLatch(1);
            Set<String> failed = new java.util.HashSet<>();
            try {
                var a = pool.submit(() -> {
                    start.await();
                    return pipeline.deliver(pipeline.handler, event);
                });
                var b = pool.submit(() -> {
                    start.await();
                    return pipeline.deliver(second, event);
                });
                start.countDown();
                failed.addAll(a.get());
                failed.addAll(b.get());
            } finally {
                pool.shutdownNow();
            }
            List<String> results = pipeline.results(SEED_KEY);
            assertEquals(2, results.size(), pipeline.logLines().toString());
            assertEquals(1, results.stream().filter("DONE"::equals).count(), results.toString());
            // the other run saw the finished document (STALE) or met the live claim (BUSY: redelivered later)
            assertTrue(results.contains("STALE") || results.contains("BUSY"), results.toString());
            assertEquals(results.contains("BUSY") ? Set.of(event.getFirst().messageId()) : Set.of(), failed);
            if (!failed.isEmpty()) {
                assertEquals(Set.of(), pipeline.deliver(event));
                assertEquals("STALE", pipeline.results(SEED_KEY).getLast());
            }
            assertEquals("DONE", pipeline.status(SEED_KEY));
            assertEquals(pipeline.listedKeys(SEED_KEY), pipeline.derivedKeys(SEED_KEY));
        }
    }

    @Test
    void anOverwriteReplacesTheDocumentAndLeavesNothingOfTheOldVersion(Emulator emulator) throws IOException {
        try (Pipeline pipeline = new Pipeline(emulator, MAX_BYTES)) {
            String key = "articles/update.txt";
            pipeline.put(key, seed());
            assertEquals(Set.of(), pipeline.deliver(pipeline.receive(1)));
            String firstSequencer = pipeline.document(key).get(ItemAttributes.SEQUENCER).s();
            Set<dev.khabar.store.write.ItemKey> firstKeys = pipeline.derivedKeys(key);

            String replacement = "أعلنت شركة نوفا للبرمجيات في دبي عن توظيف مئة مهندس جديد.";
            pipeline.put(key, replacement);
            assertEquals(Set.of(), pipeline.deliver(pipeline.receive(1)));
            Map<String, AttributeValue> document = pipeline.document(key);
            assertEquals("DONE", document.get(ItemAttributes.STATUS).s());
            assertTrue(document.get(ItemAttributes.SEQUENCER).s().compareTo(firstSequencer) > 0);
            FactsDocument facts = FactsJson.read(CompressedText.read(document.get(ItemAttributes.FACTS)));
            FactsDocument fresh = new dev.khabar.core.Extractor().extract(
                    new dev.khabar.core.SourceText(pipeline.docId(key), replacement, null, null));
            assertEquals(fresh.entities(), facts.entities());
            assertEquals(fresh.facts(), facts.facts());
            assertEquals(pipeline.listedKeys(key), pipeline.derivedKeys(key), "no item of the first version is left");
            assertTrue(firstKeys.size() > 30, "the seed gave many groups: " + firstKeys.size());
            assertFalse(pipeline.derivedKeys(key).containsAll(firstKeys));
            assertTrue(pipeline.query(TableKeys.entityPk("Q380")).isEmpty(), "Meta is not in the new version");
        }
    }

    @Test
    void anOlderEventArrivingAfterANewerOneIsDropped(Emulator emulator) {
        try (Pipeline pipeline = new Pipeline(emulator, MAX_BYTES)) {
            String key = "articles/order.txt";
            pipeline.put(key, "النسخة الأولى من الخبر.");
            Message older = pipeline.receive(1).getFirst();
            pipeline.put(key, "النسخة الثانية من الخبر.");
            Message newer = pipeline.receive(1).getFirst();

            assertEquals(Set.of(), pipeline.deliver(List.of(newer)));
            String stored = pipeline.document(key).get(ItemAttributes.SEQUENCER).s();
            assertEquals(Set.of(), pipeline.deliver(List.of(older)));
            assertEquals(List.of("DONE", "STALE"), pipeline.results(key));
            assertEquals(stored, pipeline.document(key).get(ItemAttributes.SEQUENCER).s());
            assertEquals("DONE", pipeline.status(key));
        }
    }

    @Test
    void aRemovalLeavesATombstoneThatALatePutCannotUndo(Emulator emulator) throws IOException {
        try (Pipeline pipeline = new Pipeline(emulator, MAX_BYTES)) {
            pipeline.put(SEED_KEY, seed());
            List<Message> put = pipeline.receive(1);
            assertEquals(Set.of(), pipeline.deliver(put));
            pipeline.delete(SEED_KEY);
            assertEquals(Set.of(), pipeline.deliver(pipeline.receive(1)));

            Map<String, AttributeValue> tombstone = pipeline.document(SEED_KEY);
            assertEquals("DELETED", tombstone.get(ItemAttributes.STATUS).s());
            assertNull(tombstone.get(TableKeys.GSI1PK), "deleted documents are not listed");
            assertNull(tombstone.get(ItemAttributes.FACTS));
            assertEquals(Set.of(), pipeline.derivedKeys(SEED_KEY));
            assertEquals(List.of(TableKeys.docPk(pipeline.docId(SEED_KEY))), pipeline.items().stream()
                    .map(i -> i.get(TableKeys.PK).s()).filter(pk -> !pk.startsWith(TableKeys.ALIAS_PREFIX)).toList(),
                    "only the tombstone remains, beside the alias items documents share");

            assertEquals(Set.of(), pipeline.deliver(put));
            assertEquals("DELETED", pipeline.status(SEED_KEY));
            assertEquals(List.of("DONE", "DELETED", "STALE"), pipeline.results(SEED_KEY));
        }
    }

    @Test
    void keysWithSpacesPlusSignsArabicAndPercentSignsAreDecoded(Emulator emulator) {
        List<String> keys = List.of("my report 2025.txt", "a+b=c.txt", "أخبار/ميتا تستثمر.txt", "100% sure.txt",
                "مقال (1) – نهائي.txt");
        try (Pipeline pipeline = new Pipeline(emulator, MAX_BYTES)) {
            for (String key : keys) {
                pipeline.put(key, "خبر قصير عن " + key);
            }
            assertEquals(Set.of(), pipeline.deliver(pipeline.receive(keys.size())));
            for (String key : keys) {
                Map<String, AttributeValue> document = pipeline.document(key);
                assertFalse(document.isEmpty(), "no document for " + key);
                assertEquals("DONE", document.get(ItemAttributes.STATUS).s(), key);
                assertEquals(key, document.get(ItemAttributes.OBJECT_KEY).s());
                assertTrue(pipeline.docId(key).matches("d[0-9a-f]{16}"));
            }
        }
    }

    @Test
    void theS3TestEventIsAcknowledgedAndIgnored(Emulator emulator) {
        try (Pipeline pipeline = new Pipeline(emulator, MAX_BYTES)) {
            String testEvent = "{\"Service\":\"Amazon S3\",\"Event\":\"s3:TestEvent\",\"Time\":\"2025-08-30T10:00:00.000Z\","
                    + "\"Bucket\":\"" + pipeline.aws.bucket() + "\",\"RequestId\":\"R1\",\"HostId\":\"H1\"}";
            pipeline.sqs.sendMessage(b -> b.queueUrl(pipeline.aws.queueUrl()).messageBody(testEvent));
            assertEquals(Set.of(), pipeline.deliver(pipeline.receive(1)));
            assertEquals(List.of(), pipeline.items());
            assertEquals("s3:TestEvent skipped", pipeline.logLines().getFirst().path("message").asText());
        }
    }

    @Test
    void badFilesFailWithAReasonWhileTheRestOfTheBatchIsProcessed(Emulator emulator) {
        try (Pipeline pipeline = new Pipeline(emulator, 1000)) {
            pipeline.put("picture.txt", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0}, Map.of());
            pipeline.put("huge.txt", "كلمة ".repeat(400));
            pipeline.put("binary.txt", new byte[] {'P', 'K', 3, 4, 0, 0, 0}, Map.of());
            pipeline.put("good.txt", "خبر صالح للقراءة.");
            assertEquals(Set.of(), pipeline.deliver(pipeline.receive(4)), "bad input is not retried");

            assertEquals("DONE", pipeline.status("good.txt"));
            Map<String, AttributeValue> picture = pipeline.document("picture.txt");
            assertEquals("FAILED", picture.get(ItemAttributes.STATUS).s());
            assertTrue(picture.get(ItemAttributes.REASON).s().startsWith("UNSUPPORTED_FORMAT"), picture.toString());
            Map<String, AttributeValue> huge = pipeline.document("huge.txt");
            assertEquals("FAILED", huge.get(ItemAttributes.STATUS).s());
            assertTrue(huge.get(ItemAttributes.REASON).s().contains("MAX_OBJECT_BYTES"), huge.toString());
            assertEquals("FAILED", pipeline.status("binary.txt"));
            assertEquals(Set.of(), pipeline.derivedKeys("huge.txt"));
            assertEquals(TableKeys.DOCS, huge.get(TableKeys.GSI1PK).s(), "failed documents stay listed with the reason");
        }
    }

    @Test
    void aMessageThatIsNoS3EventIsReportedFailedSoItEndsInTheDeadLetterQueue(Emulator emulator) {
        try (Pipeline pipeline = new Pipeline(emulator, MAX_BYTES)) {
            pipeline.put("good.txt", "خبر صالح للقراءة.");
            pipeline.sqs.sendMessage(b -> b.queueUrl(pipeline.aws.queueUrl()).messageBody("not an event"));
            List<Message> messages = pipeline.receive(2);
            Message junk = messages.stream().filter(m -> m.body().equals("not an event")).findFirst().orElseThrow();
            assertEquals(Set.of(junk.messageId()), pipeline.deliver(messages));
            assertEquals("DONE", pipeline.status("good.txt"));
        }
    }

    @Test
    void aTransientReadFailureReportsTheMessageBeforeAnythingIsClaimed(Emulator emulator) {
        try (Pipeline pipeline = new Pipeline(emulator, MAX_BYTES)) {
            S3ObjectGetter unreachable = new S3ObjectGetter(UrlConnectionHttpClient.create(),
                    DefaultCredentialsProvider.builder().build(), emulator.region(), URI.create("http://127.0.0.1:9"));
            pipeline.put("flaky.txt", "خبر يصل في المحاولة الثانية.");
            List<Message> event = pipeline.receive(1);
            ExtractHandler cut = new ExtractHandler(
                    new ExtractConfig(pipeline.aws.table(), MAX_BYTES, Duration.ofMinutes(5)), unreachable,
                    pipeline.dynamo, new DocumentTextDecoder(MAX_BYTES), Clock.systemUTC(), System.out);
            assertEquals(Set.of(event.getFirst().messageId()), pipeline.deliver(cut, event));
            assertEquals("(none)", pipeline.status("flaky.txt"), "the object is read before the claim");

            assertEquals(Set.of(), pipeline.deliver(event), "the redelivery stores it");
            assertEquals("DONE", pipeline.status("flaky.txt"));
        }
    }

    @Test
    void aTransientWriteFailureReportsTheMessageAndReleasesTheClaimForItsRedelivery(Emulator emulator) {
        try (Pipeline pipeline = new Pipeline(emulator, MAX_BYTES);
             DynamoDbClient failingWrites = DynamoDbClient.builder().httpClient(UrlConnectionHttpClient.create())
                     .overrideConfiguration(o -> o.addExecutionInterceptor(new FailingBatchWrites())).build()) {
            pipeline.put("flaky.txt", "خبر يصل في المحاولة الثانية عن شركة أرامكو.");
            List<Message> event = pipeline.receive(1);
            ExtractHandler cut = new ExtractHandler(
                    new ExtractConfig(pipeline.aws.table(), MAX_BYTES, Duration.ofMinutes(5)), pipeline.objects,
                    failingWrites, new DocumentTextDecoder(MAX_BYTES), Clock.systemUTC(), System.out);
            assertEquals(Set.of(event.getFirst().messageId()), pipeline.deliver(cut, event));
            assertEquals("PROCESSING", pipeline.status("flaky.txt"));
            assertEquals("0", pipeline.document("flaky.txt").get(ItemAttributes.LEASE_UNTIL).n(), "lease released");
            assertNotNull(pipeline.document("flaky.txt").get(ItemAttributes.PENDING_KEY_SETS),
                    "the keys it was about to write are recorded");

            assertEquals(Set.of(), pipeline.deliver(event), "the redelivery claims at once");
            assertEquals("DONE", pipeline.status("flaky.txt"));
            assertNull(pipeline.document("flaky.txt").get(ItemAttributes.PENDING_KEY_SETS));
        }
    }

    /** DynamoDB refusing every BatchWriteItem, as a throttled or unreachable table would. */
    private static final class FailingBatchWrites implements ExecutionInterceptor {
        @Override
        public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
            if (context.request() instanceof BatchWriteItemRequest) {
                throw SdkClientException.create("the table is unreachable for now");
            }
        }
    }

    @Test
    void aMissingTableIsTransientNotAFailedDocument(Emulator emulator) {
        try (Pipeline pipeline = new Pipeline(emulator, MAX_BYTES)) {
            pipeline.put("a.txt", "نص");
            List<Message> event = pipeline.receive(1);
            ExtractHandler misconfigured = new ExtractHandler(
                    new ExtractConfig(pipeline.aws.table() + "-missing", MAX_BYTES, Duration.ofMinutes(5)),
                    pipeline.objects, pipeline.dynamo, new DocumentTextDecoder(MAX_BYTES), Clock.systemUTC(), System.out);
            assertEquals(Set.of(event.getFirst().messageId()), pipeline.deliver(misconfigured, event));
            assertEquals(List.of(), pipeline.items());
        }
    }

    @Test
    void aRemovalOfADocumentNeverSeenStillLeavesATombstone(Emulator emulator) {
        try (Pipeline pipeline = new Pipeline(emulator, MAX_BYTES)) {
            pipeline.put("gone.txt", "نص");
            List<Message> put = pipeline.receive(1);
            pipeline.delete("gone.txt");
            List<Message> removal = pipeline.receive(1);
            assertEquals(Set.of(), pipeline.deliver(removal));
            assertEquals(Set.of(), pipeline.deliver(put));
            assertEquals("DELETED", pipeline.status("gone.txt"));
            assertEquals(List.of("DELETED", "STALE"), pipeline.results("gone.txt"));
        }
    }

    @Test
    void aDirectS3InvocationIsProcessedToo(Emulator emulator) {
        try (Pipeline pipeline = new Pipeline(emulator, MAX_BYTES)) {
            pipeline.put("direct.txt", "خبر مباشر.");
            Message message = pipeline.receive(1).getFirst();
            JsonNode response = pipeline.invoke(pipeline.handler, message.body());
            assertNotNull(response);
            assertEquals("DONE", pipeline.status("direct.txt"));
        }
    }
}
