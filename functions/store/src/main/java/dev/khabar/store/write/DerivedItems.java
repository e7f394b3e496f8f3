package dev.khabar.store.write;

import static dev.khabar.store.ItemAttributes.*;

import dev.khabar.core.model.Entity;
import dev.khabar.core.model.Fact;
import dev.khabar.core.model.FactsDocument;
import dev.khabar.store.AliasKeys;
import dev.khabar.store.FactEntry;
import dev.khabar.store.FactSide;
import dev.khabar.store.Party;
import dev.khabar.store.TableKeys;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The items one facts document becomes (docs/table-design.md): per entity and sort date a group with the entity's
 * names and its facts (as subject or object), per fact type and sort date a group with those facts, and per alias and
 * entity an alias item. The groups belong to the document and go when it goes; alias items are shared by every
 * document naming the entity and outlive them. Keys are deterministic, so writing the same document twice writes
 * the same items; no two items share a key.
 *
 * @param owned  the groups, recorded in the document's key sets
 * @param shared the alias items, written only where missing
 */
record DerivedItems(List<Map<String, AttributeValue>> owned, List<Map<String, AttributeValue>> shared) {
    /** Within a group, facts are kept in the order the previous one-item-per-fact layout listed them: id descending. */
    private static final Comparator<FactEntry> NEWEST_ID_FIRST = new Comparator<>() {
        // a class rather than Comparator.comparing(lambda).reversed(): no hidden class to spin up on a cold start
        @Override
        public int compare(FactEntry a, FactEntry b) {
            return id(b).compareTo(id(a));
        }

        private static String id(FactEntry e) {
            return e.fact().id() == null ? "" : e.fact().id();
        }
    };

    static DerivedItems of(String docId, FactsDocument document) {
        Map<String, Entity> byLocalId = new HashMap<>();
        for (Entity entity : document.entities()) {
            byLocalId.put(entity.id(), entity);
        }
        String published = document.document() == null ? null : document.document().publishedDate();
        // entity key → sort date → entries; TreeMaps so items come out in a stable order
        Map<String, Map<String, List<FactEntry>>> byEntity = new LinkedHashMap<>();
        Map<String, Map<String, List<FactEntry>>> byType = new TreeMap<>();
        for (Fact fact : document.facts()) {
            Entity subject = byLocalId.get(fact.subject());
            Entity object = byLocalId.get(fact.object());
            String date = TableKeys.sortDate(fact.date() == null ? null : fact.date().value(), published);
            Party subjectParty = party(subject);
            Party objectParty = party(object);
            if (subject != null) {
                entries(byEntity, entityKey(subject), date).add(new FactEntry(FactSide.SUBJECT, subjectParty, objectParty, fact));
            }
            // once when subject and object are the same entity
            if (object != null && (subject == null || !entityKey(object).equals(entityKey(subject)))) {
                entries(byEntity, entityKey(object), date).add(new FactEntry(FactSide.OBJECT, subjectParty, objectParty, fact));
            }
            // a fact without parties is filed nowhere, as the entity routes cannot reach it either
            if (fact.type() != null && (subject != null || object != null)) {
                entries(byType, fact.type().name(), date).add(new FactEntry(null, subjectParty, objectParty, fact));
            }
        }
        Map<ItemKey, Map<String, AttributeValue>> owned = new LinkedHashMap<>();
        Map<ItemKey, Map<String, AttributeValue>> shared = new LinkedHashMap<>();
        String namedDate = TableKeys.sortDate(null, published);
        for (Entity entity : document.entities()) {
            String key = entityKey(entity);
            // an entity without facts still gets one group, so its profile and alias lookups find the document
            Map<String, List<FactEntry>> groups = byEntity.getOrDefault(key, Map.of(namedDate, List.of()));
            for (Map.Entry<String, List<FactEntry>> group : groups.entrySet()) {
                owned.putIfAbsent(new ItemKey(TableKeys.entityPk(key), TableKeys.factGroupSk(group.getKey(), docId)),
                        entityGroup(docId, entity, group.getKey(), group.getValue()));
            }
            for (String surface : surfaceForms(entity)) {
                String normalized = AliasKeys.normalize(surface);
                // the search probes ENT#{type}:{name} directly: the spelling a derived key encodes needs no alias item
                boolean keyEncodesIt = entity.type() != null
                        && key.equals(Entity.derivedKey(entity.type(), normalized));
                if (!normalized.isEmpty() && !keyEncodesIt) {
                    shared.putIfAbsent(new ItemKey(TableKeys.aliasPk(normalized), TableKeys.aliasSk(key)),
                            aliasItem(entity, normalized));
                }
            }
        }
        for (Map.Entry<String, Map<String, List<FactEntry>>> type : byType.entrySet()) {
            for (Map.Entry<String, List<FactEntry>> group : type.getValue().entrySet()) {
                owned.put(new ItemKey(TableKeys.typePk(type.getKey()), TableKeys.factGroupSk(group.getKey(), docId)),
                        typeGroup(docId, type.getKey(), group.getKey(), group.getValue()));
            }
        }
        return new DerivedItems(new ArrayList<>(owned.values()), new ArrayList<>(shared.values()));
    }

    private static String entityKey(Entity entity) {
        return TableKeys.entityKey(entity);
    }

    private static List<FactEntry> entries(Map<String, Map<String, List<FactEntry>>> groups, String key, String date) {
        // get-or-put by hand: computeIfAbsent's two lambdas would be classes for a cold start to spin up
        Map<String, List<FactEntry>> byDate = groups.get(key);
        if (byDate == null) {
            byDate = new TreeMap<>();
            groups.put(key, byDate);
        }
        List<FactEntry> entries = byDate.get(date);
        if (entries == null) {
            entries = new ArrayList<>();
            byDate.put(date, entries);
        }
        return entries;
    }

    private static Party party(Entity entity) {
        return entity == null ? null : new Party(entityKey(entity), entity.name());
    }

    private static Set<String> surfaceForms(Entity entity) {
        Set<String> forms = new LinkedHashSet<>();
        if (entity.name() != null) {
            forms.add(entity.name());
        }
        forms.addAll(entity.aliases());
        return forms;
    }

    private static Map<String, AttributeValue> entityGroup(String docId, Entity entity, String date,
                                                           List<FactEntry> entries) {
        Map<String, AttributeValue> item = group(TableKeys.entityPk(entityKey(entity)), docId, date, entries);
        putIfPresent(item, NAME, entity.name());
        putIfPresent(item, TYPE, entity.type() == null ? null : entity.type().name());
        if (!entity.aliases().isEmpty()) {
            List<AttributeValue> aliases = new ArrayList<>(entity.aliases().size());
            for (String alias : entity.aliases()) {
                aliases.add(s(alias));
            }
            item.put(ALIASES, AttributeValue.fromL(aliases));
        }
        item.put(FACT_COUNT, n(entries.size()));
        return item;
    }

    private static Map<String, AttributeValue> typeGroup(String docId, String type, String date,
                                                         List<FactEntry> entries) {
        return group(TableKeys.typePk(type), docId, date, entries);
    }

    private static Map<String, AttributeValue> group(String pk, String docId, String date, List<FactEntry> entries) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put(TableKeys.PK, s(pk));
        item.put(TableKeys.SK, s(TableKeys.factGroupSk(date, docId)));
        item.put(DOC_ID, s(docId));
        item.put(DATE, s(date));
        if (!entries.isEmpty()) {
            List<FactEntry> sorted = new ArrayList<>(entries);
            sorted.sort(NEWEST_ID_FIRST);
            item.put(FACT_LIST, FactEntry.encode(sorted));
        }
        return item;
    }

    private static Map<String, AttributeValue> aliasItem(Entity entity, String normalized) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put(TableKeys.PK, s(TableKeys.aliasPk(normalized)));
        item.put(TableKeys.SK, s(TableKeys.aliasSk(entityKey(entity))));
        item.put(ENTITY_KEY, s(entityKey(entity)));
        putIfPresent(item, NAME, entity.name());
        putIfPresent(item, TYPE, entity.type() == null ? null : entity.type().name());
        return item;
    }

    private static void putIfPresent(Map<String, AttributeValue> item, String name, String value) {
        if (value != null && !value.isEmpty()) {
            item.put(name, s(value));
        }
    }

    private static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    private static AttributeValue n(long value) {
        return AttributeValue.fromN(Long.toString(value));
    }
}
