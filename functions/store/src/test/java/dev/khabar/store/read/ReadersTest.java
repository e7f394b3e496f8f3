package dev.khabar.store.read;

import static dev.khabar.store.read.Articles.META;
import static dev.khabar.store.read.Articles.SCALE;
import static dev.khabar.store.read.Articles.WANG;
import static dev.khabar.store.read.Articles.fact;
import static dev.khabar.store.read.Articles.facts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.model.EntityType;
import dev.khabar.core.model.FactType;
import dev.khabar.emulator.ProvisionedResources;
import dev.khabar.store.FactSide;
import dev.khabar.store.TableKeys;
import dev.khabar.testing.Emulator;
import dev.khabar.testing.WithEmulator;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

@WithEmulator
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReadersTest {
    private DynamoDbClient dynamo;
    private DocumentReader documents;
    private EntityReader entities;
    private FactReader facts;
    private String arabicDoc;
    private String englishDoc;
    private String laterDoc;

    @BeforeAll
    void writeArticles(Emulator emulator) {
        ProvisionedResources aws = emulator.provision();
        dynamo = emulator.dynamoDb();
        documents = new DocumentReader(dynamo, aws.table());
        entities = new EntityReader(dynamo, aws.table());
        facts = new FactReader(dynamo, aws.table());
        Articles articles = new Articles(dynamo, aws.table(), aws.bucket());
        arabicDoc = articles.write("ar/ميتا.txt", Instant.parse("2025-08-30T10:00:00Z"), "2025-08-30",
                List.of(META, SCALE, WANG), facts(
                        fact("f1", FactType.INVESTMENT, META, SCALE, "2025-06", 14_300_000_000L),
                        fact("f2", FactType.ROLE, WANG, META, null, null),
                        fact("f3", FactType.PARTNERSHIP, META, SCALE, "2024", null)));
        englishDoc = articles.write("en/meta.txt", Instant.parse("2025-09-01T10:00:00Z"), "2025-09-01",
                List.of(META, SCALE), facts(
                        fact("f1", FactType.INVESTMENT, META, SCALE, "2025-09-01", 250_000_000L),
                        fact("f2", FactType.CONTRACT, SCALE, META, "2025-07-15", 5_000_000L)));
        laterDoc = articles.write("en/other.txt", Instant.parse("2025-10-01T10:00:00Z"), null,
                List.of(WANG, SCALE), facts(fact("f1", FactType.EMPLOYMENT_END, WANG, SCALE, "2025-10", null)));
    }

    @AfterAll
    void close() {
        dynamo.close();
    }

    /** Every item of a paged read, walking positions until there are none, asserting no page exceeds the limit. */
    private static <T> List<T> walk(int limit, Function<PageRequest, Page<T>> read) {
        List<T> all = new ArrayList<>();
        Position after = null;
        int pages = 0;
        do {
            Page<T> page = read.apply(new PageRequest(limit, after));
            assertTrue(page.items().size() <= limit);
            all.addAll(page.items());
            after = page.next();
            assertTrue(++pages < 100, "paging does not end");
        } while (after != null);
        return all;
    }

    @Test
    void anEntitysFactsFromBothDocumentsMergeNewestFirstAcrossPages() {
        List<StoredFact> all = walk(2, page -> facts.ofEntity(META.key(), FactFilter.dates(DateRange.ANY), page));
        List<String> dates = all.stream().map(StoredFact::date).toList();
        assertEquals(List.of("2025-09-01", "2025-08-30", "2025-07-15", "2025-06", "2024"), dates);
        assertEquals(Set.of(arabicDoc, englishDoc), new HashSet<>(all.stream().map(StoredFact::documentId).toList()));
        StoredFact contract = all.get(2);
        assertEquals(FactType.CONTRACT, contract.fact().type());
        assertEquals(FactSide.OBJECT, contract.side(), "Meta is the client of Scale's contract");
        assertEquals("Scale AI", contract.subject().name());
        StoredFact role = all.get(1);
        assertEquals("Alexandr Wang", role.subject().name(), "undated fact sorts under the published date");
        assertNotNull(role.fact().evidence());
    }

    @Test
    void dateRangesAndTypesNarrowTheFacts() {
        Page<StoredFact> summer = facts.ofEntity(META.key(),
                FactFilter.dates(new DateRange("2025-06", "2025-08")), PageRequest.first(20));
        assertEquals(List.of("2025-08-30", "2025-07-15", "2025-06"), summer.items().stream().map(StoredFact::date).toList());
        assertNull(summer.next());
        Page<StoredFact> investments = facts.ofEntity(META.key(),
                new FactFilter(FactType.INVESTMENT, DateRange.ANY, null, null), PageRequest.first(1));
        assertEquals(1, investments.items().size());
        assertNotNull(investments.next(), "a second investment remains");
        Page<StoredFact> rest = facts.ofEntity(META.key(),
                new FactFilter(FactType.INVESTMENT, DateRange.ANY, null, null), new PageRequest(1, investments.next()));
        assertEquals(List.of("2025-06"), rest.items().stream().map(StoredFact::date).toList());
        assertNull(rest.next());
    }

    @Test
    void factsOfATypeComeFromTheTypeIndexWithAmountFilters() {
        List<StoredFact> all = walk(1, page -> facts.ofType(FactType.INVESTMENT, FactFilter.dates(DateRange.ANY), page));
        assertEquals(List.of("2025-09-01", "2025-06"), all.stream().map(StoredFact::date).toList());
        Page<StoredFact> big = facts.ofType(FactType.INVESTMENT,
                new FactFilter(null, new DateRange("2025", "2025"), new BigDecimal("1000000000"), "USD"),
                PageRequest.first(20));
        assertEquals(1, big.items().size());
        assertEquals(arabicDoc, big.items().get(0).documentId());
        assertTrue(facts.ofType(FactType.INVESTMENT, new FactFilter(null, DateRange.ANY, null, "EUR"),
                PageRequest.first(20)).items().isEmpty());
        assertTrue(facts.ofType(FactType.LAYOFF, FactFilter.dates(DateRange.ANY), PageRequest.first(20)).items().isEmpty());
    }

    @Test
    void anAliasInAnySpellingOrWithArabicCliticsFindsTheSameEntity() {
        for (String term : List.of("ميتا", "Meta", "META", "لميتا", "وميتا", "  meta ")) {
            List<EntityMatch> found = entities.find(term, null, PageRequest.first(20)).items();
            assertEquals(List.of(META.key()), found.stream().map(EntityMatch::key).toList(), term);
            assertEquals("Meta", found.get(0).name());
        }
        assertTrue(entities.find("Meta", EntityType.PERSON, PageRequest.first(20)).items().isEmpty());
        assertTrue(entities.find("Nokia", null, PageRequest.first(20)).items().isEmpty());
    }

    @Test
    void aNameItsKeyEncodesIsFoundWithoutAnAliasItemAndOtherSpellingsByTheirs(Emulator emulator) {
        ProvisionedResources aws = emulator.provision();
        EntityReader reader = new EntityReader(dynamo, aws.table());
        var sahab = new dev.khabar.core.model.Entity("e1", "organization:سحاب-كلاود", "سحاب كلاود",
                EntityType.ORGANIZATION, List.of("Sahab Computing"), 1);
        new Articles(dynamo, aws.table(), aws.bucket()).write("sahab.txt", Instant.parse("2025-02-01T00:00:00Z"),
                "2025-02-01", List.of(sahab), List.of());
        Set<String> aliasPks = new HashSet<>();
        dynamo.scanPaginator(b -> b.tableName(aws.table())).items().stream()
                .map(i -> i.get(TableKeys.PK).s()).filter(pk -> pk.startsWith(TableKeys.ALIAS_PREFIX)).forEach(aliasPks::add);
        assertEquals(Set.of(TableKeys.aliasPk("sahab computing")), aliasPks, "the key's own spelling has no alias item");
        for (String term : List.of("سحاب كلاود", "لسحاب كلاود", "وسحاب  كلاود", "Sahab Computing", "SAHAB computing")) {
            List<EntityMatch> found = reader.find(term, null, PageRequest.first(5)).items();
            assertEquals(List.of(sahab.key()), found.stream().map(EntityMatch::key).toList(), term);
            assertEquals("سحاب كلاود", found.get(0).name(), term);
            assertEquals("ORGANIZATION", found.get(0).type(), term);
        }
        assertTrue(reader.find("سحاب كلاود", EntityType.PERSON, PageRequest.first(5)).items().isEmpty());
        assertTrue(reader.find("سحاب كلاود", null, new PageRequest(5, new Position(Map.of(EntityReader.AFTER_ENTITY,
                sahab.key())))).items().isEmpty(), "a page after the entity does not list it again");
    }

    @Test
    void entitySearchPagesThroughEveryMatchOnce(Emulator emulator) {
        ProvisionedResources aws = emulator.provision();
        EntityReader reader = new EntityReader(dynamo, aws.table());
        Articles articles = new Articles(dynamo, aws.table(), aws.bucket());
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            var apple = new dev.khabar.core.model.Entity("e1", "apple-" + i, "Apple", EntityType.ORGANIZATION,
                    List.of("Apple"), 1);
            keys.add(apple.key());
            for (int doc = 0; doc < 3; doc++) {
                articles.write("apple-" + i + "-" + doc + ".txt", Instant.parse("2025-01-01T00:00:00Z").plusSeconds(doc),
                        null, List.of(apple), List.of());
            }
        }
        List<String> walked = walk(2, page -> reader.find("apple", null, page)).stream().map(EntityMatch::key).toList();
        assertEquals(keys, walked, "each entity once, in key order, although each has three documents");
    }

    @Test
    void anEntityProfileSumsItsDocumentsAndFacts() {
        EntityProfile meta = entities.profile(META.key()).orElseThrow();
        assertEquals("Meta", meta.name());
        assertEquals("ORGANIZATION", meta.type());
        assertEquals(2, meta.documentCount());
        assertEquals(5, meta.factCount());
        assertTrue(meta.aliases().containsAll(List.of("Meta", "ميتا")), meta.aliases().toString());
        assertFalse(entities.profile("Q0").isPresent());
        assertTrue(entities.exists(WANG.key()));
        assertFalse(entities.exists("Q0"));
    }

    @Test
    void documentsAreListedNewestFirstAndReadById() {
        List<StoredDocument> listed = walk(2, documents::newest);
        assertEquals(List.of(laterDoc, englishDoc, arabicDoc), listed.stream().map(StoredDocument::id).toList());
        assertNull(listed.get(0).factsJson(), "the listing leaves the facts JSON out");
        StoredDocument arabic = documents.get(arabicDoc).orElseThrow();
        assertEquals("DONE", arabic.status());
        assertEquals("ar/ميتا.txt", arabic.key());
        assertEquals(3, arabic.factCount());
        assertTrue(arabic.factsJson().contains("\"schemaVersion\":1"));
        assertFalse(documents.get("d0000000000000000").isPresent());
    }

    @Test
    void pagesEndInsideAGroupAndContinueWithItsNextFact(Emulator emulator) {
        ProvisionedResources aws = emulator.provision();
        Articles articles = new Articles(dynamo, aws.table(), aws.bucket());
        FactReader reader = new FactReader(dynamo, aws.table());
        // one group of Meta holds six facts of one date, another document adds two more of the same date
        List<dev.khabar.core.model.Fact> many = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            many.add(fact("f" + i, i % 2 == 0 ? FactType.INVESTMENT : FactType.PARTNERSHIP, META, SCALE, "2025-05",
                    i % 2 == 0 ? i * 1_000_000_000L : null));
        }
        String first = articles.write("many.txt", Instant.parse("2025-05-02T00:00:00Z"), "2025-05-02",
                List.of(META, SCALE), many);
        String second = articles.write("two.txt", Instant.parse("2025-05-03T00:00:00Z"), "2025-05-03",
                List.of(META, SCALE), facts(fact("f1", FactType.INVESTMENT, META, SCALE, "2025-05", 7_000_000_000L),
                        fact("f2", FactType.ROLE, META, SCALE, "2024-01", null)));
        List<String> whole = ids(reader.ofEntity(META.key(), FactFilter.dates(DateRange.ANY), PageRequest.first(100)).items());
        assertEquals(8, whole.size());
        for (int limit = 1; limit <= 3; limit++) {
            assertEquals(whole, ids(walk(limit, page -> reader.ofEntity(META.key(), FactFilter.dates(DateRange.ANY), page))),
                    "limit " + limit + ": every fact once, in the order of one page");
        }
        assertEquals(whole.subList(0, 7), ids(walk(2, page -> reader.ofEntity(META.key(),
                FactFilter.dates(new DateRange("2025-05", "2025-05")), page))), "the 2024 role is out of range");
        List<StoredFact> investments = walk(1, page -> reader.ofEntity(SCALE.key(),
                new FactFilter(FactType.INVESTMENT, DateRange.ANY, null, null), page));
        assertEquals(4, investments.size());
        assertTrue(investments.stream().allMatch(f -> f.side() == FactSide.OBJECT));
        List<StoredFact> large = walk(1, page -> reader.ofType(FactType.INVESTMENT,
                new FactFilter(null, new DateRange("2025", null), new BigDecimal("4000000000"), "USD"), page));
        // one date: the documents' groups in id order, newest (highest) first
        List<String> expected = first.compareTo(second) > 0
                ? List.of(first + "/f6", first + "/f4", second + "/f1")
                : List.of(second + "/f1", first + "/f6", first + "/f4");
        assertEquals(expected, ids(large), "7, 6 and 4 billion; 2 billion is below the minimum");
        assertTrue(reader.ofType(FactType.PARTNERSHIP, FactFilter.dates(new DateRange(null, "2025-04")),
                PageRequest.first(5)).items().isEmpty());
    }

    @Test
    void aChangedDocumentReplacesItsFactsAndARemovedOneLeavesItsEntitiesUnfound(Emulator emulator) {
        ProvisionedResources aws = emulator.provision();
        Articles articles = new Articles(dynamo, aws.table(), aws.bucket());
        FactReader reader = new FactReader(dynamo, aws.table());
        EntityReader named = new EntityReader(dynamo, aws.table());
        var zephyr = new dev.khabar.core.model.Entity("e4", "organization:zephyr", "Zephyr", EntityType.ORGANIZATION,
                List.of("زفير"), 1);
        String doc = articles.write("story.txt", Instant.parse("2025-03-01T00:00:00Z"), "2025-03-01",
                List.of(META, zephyr), facts(fact("f1", FactType.ACQUISITION, META, zephyr, null, 90_000_000L)));
        assertEquals(List.of(zephyr.key()), named.find("زفير", null, PageRequest.first(5)).items().stream()
                .map(EntityMatch::key).toList());

        String again = articles.write("story.txt", Instant.parse("2025-03-02T00:00:00Z"), "2025-03-02",
                List.of(META, SCALE), facts(fact("f1", FactType.PARTNERSHIP, META, SCALE, null, null)));
        assertEquals(doc, again);
        assertEquals(List.of(doc + "/f1"), ids(reader.ofEntity(META.key(), FactFilter.dates(DateRange.ANY),
                PageRequest.first(5)).items()));
        assertEquals(FactType.PARTNERSHIP, reader.ofEntity(META.key(), FactFilter.dates(DateRange.ANY),
                PageRequest.first(5)).items().get(0).fact().type());
        assertTrue(reader.ofType(FactType.ACQUISITION, FactFilter.dates(DateRange.ANY), PageRequest.first(5)).items().isEmpty());
        assertTrue(named.find("Zephyr", null, PageRequest.first(5)).items().isEmpty(),
                "the alias item stays, but no document names Zephyr any more");
        assertFalse(named.profile(zephyr.key()).isPresent());
        assertEquals(1, named.profile(META.key()).orElseThrow().documentCount());

        articles.remove("story.txt", Instant.parse("2025-03-03T00:00:00Z"));
        assertTrue(reader.ofEntity(META.key(), FactFilter.dates(DateRange.ANY), PageRequest.first(5)).items().isEmpty());
        assertTrue(reader.ofType(FactType.PARTNERSHIP, FactFilter.dates(DateRange.ANY), PageRequest.first(5)).items().isEmpty());
        assertTrue(named.find("Meta", null, PageRequest.first(5)).items().isEmpty());
        assertFalse(named.exists(META.key()));
        List<String> left = new ArrayList<>();
        dynamo.scanPaginator(b -> b.tableName(aws.table())).items().forEach(i -> left.add(i.get(TableKeys.PK).s()));
        assertTrue(left.stream().allMatch(pk -> pk.startsWith(TableKeys.ALIAS_PREFIX) || pk.equals(TableKeys.docPk(doc))),
                "only the tombstone and the shared alias items: " + left);
    }

    private static List<String> ids(List<StoredFact> facts) {
        return facts.stream().map(f -> f.documentId() + "/" + f.fact().id()).toList();
    }

    @Test
    void aPositionFromAnotherQueryIsRefused() {
        Page<StoredFact> meta = facts.ofEntity(META.key(), FactFilter.dates(DateRange.ANY), PageRequest.first(1));
        assertThrows(InvalidPositionException.class, () ->
                facts.ofEntity(SCALE.key(), FactFilter.dates(DateRange.ANY), new PageRequest(1, meta.next())));
        assertThrows(InvalidPositionException.class, () ->
                facts.ofEntity(META.key(), FactFilter.dates(new DateRange("2026", null)), new PageRequest(1, meta.next())));
        assertThrows(InvalidPositionException.class, () ->
                facts.ofType(FactType.INVESTMENT, FactFilter.dates(DateRange.ANY), new PageRequest(1, meta.next())));
        Position forged = new Position(Map.of(TableKeys.PK, "DOC#x", TableKeys.SK, "META"));
        Map<String, String> negative = new java.util.HashMap<>(meta.next().key());
        negative.put(FactReader.DONE, "-1");
        assertThrows(InvalidPositionException.class, () -> facts.ofEntity(META.key(), FactFilter.dates(DateRange.ANY),
                new PageRequest(1, new Position(negative))));
        assertThrows(InvalidPositionException.class, () ->
                facts.ofEntity(META.key(), FactFilter.dates(DateRange.ANY), new PageRequest(1, forged)));
        assertThrows(InvalidPositionException.class, () ->
                entities.find("meta", null, new PageRequest(1, forged)));
    }
}
