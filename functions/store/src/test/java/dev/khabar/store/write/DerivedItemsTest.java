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
import dev.khabar.store.FactEntry;
import dev.khabar.store.FactSide;
import dev.khabar.store.Party;
import dev.khabar.store.TableKeys;
import java.math.BigDecimal;
import java.util.ArrayList;
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
        Fact another = new Fact("f4", FactType.INVESTMENT, "e1", "e2", null, null,
                new DateValue("2025-06", "يونيو"), null, null, null, 0.6);
        return new FactsDocument(1, new DocumentInfo(DOC, "ar", "عنوان", "2025-08-30", "x"),
                List.of(acme, nova, town), List.of(invest, layoff, self, another));
    }

    @Test
    void anEntitysFactsOfOneDateAreOneGroupWithTheSideItIsOn() {
        DerivedItems items = DerivedItems.of(DOC, sample());
        Map<String, AttributeValue> acmeJune = item(items.owned(), "ENT#Q1", TableKeys.factGroupSk("2025-06", DOC));
        List<FactEntry> entries = FactEntry.decode(acmeJune.get(FACT_LIST));
        assertEquals(List.of("f4", "f1"), entries.stream().map(e -> e.fact().id()).toList(), "newest id first");
        assertTrue(entries.stream().allMatch(e -> e.side() == FactSide.SUBJECT));
        assertEquals(new Party("organization:nova-labs", "Nova Labs"), entries.get(1).object());
        assertEquals(new BigDecimal("2500000000"), entries.get(1).fact().amount().value());
        assertEquals("2", acmeJune.get(FACT_COUNT).n());
        assertEquals("2025-06", acmeJune.get(DATE).s());
        assertEquals("Acme", acmeJune.get(NAME).s());

        Map<String, AttributeValue> novaJune = item(items.owned(), "ENT#organization:nova-labs",
                TableKeys.factGroupSk("2025-06", DOC));
        assertTrue(FactEntry.decode(novaJune.get(FACT_LIST)).stream().allMatch(e -> e.side() == FactSide.OBJECT
                && e.subject().equals(new Party("Q1", "Acme"))));
    }

    @Test
    void aFactWithoutDateSortsUnderThePublishedDateAndASelfFactIsFiledOnce() {
        DerivedItems items = DerivedItems.of(DOC, sample());
        Map<String, AttributeValue> layoff = item(items.owned(), "ENT#organization:nova-labs",
                TableKeys.factGroupSk("2025-08-30", DOC));
        assertEquals(List.of("f2"), ids(layoff));
        assertNull(FactEntry.decode(layoff.get(FACT_LIST)).get(0).object());
        assertEquals(List.of("f3"), ids(item(items.owned(), "ENT#Q1", TableKeys.factGroupSk("2025-08-30", DOC))));
    }

    @Test
    void eachFactIsInExactlyOneTypeGroup() {
        DerivedItems items = DerivedItems.of(DOC, sample());
        Map<String, AttributeValue> investments = item(items.owned(), "TYPE#INVESTMENT",
                TableKeys.factGroupSk("2025-06", DOC));
        assertEquals(List.of("f4", "f1"), ids(investments));
        assertNull(FactEntry.decode(investments.get(FACT_LIST)).get(0).side(), "a type group has no side");
        List<String> typed = new ArrayList<>();
        items.owned().stream().filter(i -> i.get(TableKeys.PK).s().startsWith(TableKeys.TYPE_PREFIX))
                .forEach(i -> typed.addAll(ids(i)));
        assertEquals(List.of("f4", "f1", "f2", "f3"), typed, "INVESTMENT, LAYOFF, PARTNERSHIP: each fact once");
    }

    @Test
    void anEntityWithoutFactsGetsOneGroupUnderThePublishedDate() {
        Map<String, AttributeValue> dubai = item(DerivedItems.of(DOC, sample()).owned(), "ENT#Q3",
                TableKeys.factGroupSk("2025-08-30", DOC));
        assertEquals("0", dubai.get(FACT_COUNT).n());
        assertFalse(dubai.containsKey(FACT_LIST));
        assertEquals(List.of("دبي"), dubai.get(ALIASES).l().stream().map(AttributeValue::s).toList());
    }

    @Test
    void aliasItemsAreOnePerNormalizedAliasAndEntityWithoutTheDocument() {
        List<Map<String, AttributeValue>> aliases = DerivedItems.of(DOC, sample()).shared();
        Set<String> acmeAliases = new HashSet<>();
        aliases.stream().filter(i -> "Q1".equals(i.get(ENTITY_KEY).s()))
                .forEach(i -> acmeAliases.add(i.get(TableKeys.PK).s()));
        assertEquals(Set.of("ALIAS#acme", "ALIAS#اكمي"), acmeAliases, "Acme and ACME share one alias item");
        Map<String, AttributeValue> acme = item(aliases, "ALIAS#acme", "ENT#Q1");
        assertEquals(Set.of(TableKeys.PK, TableKeys.SK, ENTITY_KEY, NAME, TYPE), acme.keySet(),
                "nothing of the document: any document naming Acme writes the same item");
        assertEquals(5, aliases.size(), "acme, اكمي, نوفا لابز, dubai, دبي: nova labs is spelled by its key");
        assertTrue(aliases.stream().noneMatch(i -> i.get(TableKeys.PK).s().equals("ALIAS#nova labs")));
    }

    @Test
    void keysAreUniqueAndDeterministic() {
        DerivedItems items = DerivedItems.of(DOC, sample());
        Set<ItemKey> keys = new HashSet<>();
        items.owned().forEach(i -> assertTrue(keys.add(ItemKey.of(i)), "duplicate key " + ItemKey.of(i)));
        items.shared().forEach(i -> assertTrue(keys.add(ItemKey.of(i)), "duplicate key " + ItemKey.of(i)));
        Set<ItemKey> again = new HashSet<>();
        DerivedItems second = DerivedItems.of(DOC, sample());
        second.owned().forEach(i -> again.add(ItemKey.of(i)));
        second.shared().forEach(i -> again.add(ItemKey.of(i)));
        assertEquals(keys, again);
        // entity groups: Acme June and August, Nova June and August, Dubai; type groups: INVESTMENT June,
        // LAYOFF and PARTNERSHIP August
        assertEquals(5 + 3, items.owned().size());
    }

    @Test
    void itemKeysSurviveEncoding() {
        ItemKey key = new ItemKey("ALIAS#سكيل ايه اي", "ENT#Q1");
        assertEquals(key, ItemKey.decode(key.encode()));
        assertFalse(key.encode().contains("\n"));
        Set<ItemKey> all = new HashSet<>();
        DerivedItems.of(DOC, sample()).owned().forEach(i -> all.add(ItemKey.of(i)));
        assertEquals(all, ItemKey.decodeSet(ItemKey.encodeSet(all)));
        assertEquals(Set.of(key), ItemKey.decodeSet(AttributeValue.fromSs(List.of(key.encode()))),
                "key sets stored as string sets before compression still read");
    }

    @Test
    void groupsCarryNoAttributeTheReadersDoNotUse() {
        for (Map<String, AttributeValue> item : DerivedItems.of(DOC, sample()).owned()) {
            Set<String> allowed = Set.of(TableKeys.PK, TableKeys.SK, DOC_ID, DATE, NAME, TYPE, ALIASES, FACT_COUNT,
                    FACT_LIST);
            assertTrue(allowed.containsAll(item.keySet()), item.keySet().toString());
            assertFalse(item.containsKey(TableKeys.GSI1PK), "facts are not in the index");
        }
    }

    private static List<String> ids(Map<String, AttributeValue> group) {
        return FactEntry.decode(group.get(FACT_LIST)).stream().map(e -> e.fact().id()).toList();
    }

    private static Map<String, AttributeValue> item(Collection<Map<String, AttributeValue>> items, String pk,
                                                    String sk) {
        return items.stream().filter(i -> pk.equals(i.get(TableKeys.PK).s()) && sk.equals(i.get(TableKeys.SK).s()))
                .findFirst().orElseThrow(() -> new AssertionError("no item " + pk + " / " + sk + " in " + items));
    }
}
