package dev.khabar.store.write;

import static dev.khabar.store.ItemAttributes.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.model.Amount;
import dev.khabar.core.model.DateValue;
import dev.khabar.core.model.DocumentInfo;
import dev.khabar.core.model.Entity;
import dev.khabar.core.model.EntityType;
import dev.khabar.core.model.Fact;
import dev.khabar.core.model.FactType;
import dev.khabar.core.model.FactsDocument;
import dev.khabar.store.CompressedText;
import dev.khabar.store.TableKeys;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class DerivedItemsTest {
    static final String DOC = "d00112233445566ff";

    static FactsDocument sample() {
        Entity acme = new Entity("e1", "Q1", "Acme", EntityType.ORGANIZATION, List.of("أكمي", "Acme", "ACME"), 4);
        Entity nova = new Entity("e2", null, "Nova Labs", EntityType.ORGANIZATION, List.of("نوفا لابز"), 2);
        Entity town = new Entity("e3", "Q3", "Dubai", EntityType.LOCATION, List.of("دبي"), 1);
        Fact invest = new Fact("f1", FactType.INVESTMENT, "e1", "e2",
                new Amount(new BigDecimal("2500000000"), "USD", "2.5 مليار دولار"), null,
                new DateValue("2025-06", "يونيو"), null, null, null, 0.8);
        Fact layoff = new Fact("f2", FactType.LAYOFF, "e2", null, null, 40, null, null, null, null, 0.7);
        Fact self = new Fact("f3", FactType.PARTNERSHIP, "e1", "e1", null, null, null, null, null, null, 0.5);
        return new FactsDocument(1, new DocumentInfo(DOC, "ar", "عنوان", "2025-08-30", "x"),
                List.of(acme, nova, town), List.of(invest, layoff, self));
    }

    @Test
    void everyFactIsStoredUnderSubjectAndObjectWithTheTypeIndexOnTheSubjectCopy() {
        Collection<Map<String, AttributeValue>> items = DerivedItems.of(DOC, sample());
        Map<String, AttributeValue> subjectCopy = item(items, "ENT#Q1", TableKeys.factSk("2025-06", DOC, "f1"));
        Map<String, AttributeValue> objectCopy = item(items, "ENT#organization:nova-labs",
                TableKeys.factSk("2025-06", DOC, "f1"));
        assertEquals("SUBJECT", subjectCopy.get(SIDE).s());
        assertEquals("OBJECT", objectCopy.get(SIDE).s());
        assertEquals("TYPE#INVESTMENT", subjectCopy.get(TableKeys.GSI1PK).s());
        assertEquals("2025-06#" + DOC + "#f1", subjectCopy.get(TableKeys.GSI1SK).s());
        assertNull(objectCopy.get(TableKeys.GSI1PK));
        assertEquals("Nova Labs", subjectCopy.get(OBJECT_NAME).s());
        assertEquals("Q1", objectCopy.get(SUBJECT_KEY).s());
        String fact = CompressedText.read(subjectCopy.get(FACT));
        assertTrue(fact.contains("\"type\":\"INVESTMENT\"") && fact.contains("\"currency\":\"USD\""), fact);
        assertEquals(fact, CompressedText.read(objectCopy.get(FACT)));
    }

    @Test
    void aFactWithoutDateSortsUnderThePublishedDateAndOneWithoutObjectHasOneCopy() {
        Collection<Map<String, AttributeValue>> items = DerivedItems.of(DOC, sample());
        long layoffCopies = items.stream().filter(i -> i.get(TableKeys.SK).s().endsWith("#f2")).count();
        assertEquals(1, layoffCopies);
        Map<String, AttributeValue> layoff = item(items, "ENT#organization:nova-labs",
                TableKeys.factSk("2025-08-30", DOC, "f2"));
        assertEquals("TYPE#LAYOFF", layoff.get(TableKeys.GSI1PK).s());
        assertEquals(1, items.stream().filter(i -> i.get(TableKeys.SK).s().endsWith("#f3")).count(), "self-fact stored once");
    }

    @Test
    void entitiesAndNormalizedAliasesAreIndexedOncePerDocument() {
        Collection<Map<String, AttributeValue>> items = DerivedItems.of(DOC, sample());
        Map<String, AttributeValue> acme = item(items, "ENT#Q1", "DOC#" + DOC);
        assertEquals("4", acme.get(MENTIONS).n());
        assertEquals("2", acme.get(FACT_COUNT).n(), "f1 and f3");
        assertEquals("0", item(items, "ENT#Q3", "DOC#" + DOC).get(FACT_COUNT).n());
        Set<String> acmeAliases = new HashSet<>();
        items.stream().filter(i -> i.get(TableKeys.PK).s().startsWith("ALIAS#")
                && "Q1".equals(s(i, ENTITY_KEY))).forEach(i -> acmeAliases.add(i.get(TableKeys.PK).s()));
        assertEquals(Set.of("ALIAS#acme", "ALIAS#اكمي"), acmeAliases, "Acme and ACME share one alias item");
        assertEquals("ENT#Q1#DOC#" + DOC, item(items, "ALIAS#acme", "ENT#Q1#DOC#" + DOC).get(TableKeys.SK).s());
    }

    @Test
    void keysAreUniqueAndDeterministic() {
        Collection<Map<String, AttributeValue>> items = DerivedItems.of(DOC, sample());
        Set<ItemKey> keys = new HashSet<>();
        items.forEach(i -> assertTrue(keys.add(ItemKey.of(i)), "duplicate key " + ItemKey.of(i)));
        Set<ItemKey> again = new HashSet<>();
        DerivedItems.of(DOC, sample()).forEach(i -> again.add(ItemKey.of(i)));
        assertEquals(keys, again);
        // 3 entity items, aliases: acme, اكمي, nova labs, نوفا لابز, dubai, دبي; facts: f1 x2, f2, f3
        assertEquals(3 + 6 + 4, items.size());
    }

    @Test
    void itemKeysSurviveEncoding() {
        ItemKey key = new ItemKey("ALIAS#سكيل ايه اي", "ENT#Q1#DOC#" + DOC);
        assertEquals(key, ItemKey.decode(key.encode()));
        assertFalse(key.encode().contains("\n"));
        Set<ItemKey> all = new HashSet<>();
        DerivedItems.of(DOC, sample()).forEach(i -> all.add(ItemKey.of(i)));
        assertEquals(all, ItemKey.decodeSet(ItemKey.encodeSet(all)));
        assertEquals(Set.of(key), ItemKey.decodeSet(AttributeValue.fromSs(List.of(key.encode()))),
                "key sets stored as string sets before compression still read");
    }

    @Test
    void factItemsCarryNoAttributeTheReadersDoNotUse() {
        for (Map<String, AttributeValue> item : DerivedItems.of(DOC, sample())) {
            if (item.get(TableKeys.SK).s().startsWith(TableKeys.FACT_PREFIX)) {
                Set<String> allowed = Set.of(TableKeys.PK, TableKeys.SK, TableKeys.GSI1PK, TableKeys.GSI1SK, DOC_ID,
                        DATE, SIDE, SUBJECT_KEY, SUBJECT_NAME, OBJECT_ENTITY_KEY, OBJECT_NAME, FACT);
                assertTrue(allowed.containsAll(item.keySet()), item.keySet().toString());
            }
        }
    }

    private static Map<String, AttributeValue> item(Collection<Map<String, AttributeValue>> items, String pk,
                                                    String sk) {
        return items.stream().filter(i -> pk.equals(i.get(TableKeys.PK).s()) && sk.equals(i.get(TableKeys.SK).s()))
                .findFirst().orElseThrow(() -> new AssertionError("no item " + pk + " / " + sk + " in " + items));
    }

    private static String s(Map<String, AttributeValue> item, String name) {
        return item.containsKey(name) ? item.get(name).s() : null;
    }
}
