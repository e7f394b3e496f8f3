package dev.khabar.store.write;

import static dev.khabar.store.ItemAttributes.*;

import dev.khabar.core.model.Entity;
import dev.khabar.core.model.Fact;
import dev.khabar.core.model.FactsDocument;
import dev.khabar.core.model.FactsJson;
import dev.khabar.store.AliasKeys;
import dev.khabar.store.CompressedText;
import dev.khabar.store.FactSide;
import dev.khabar.store.TableKeys;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The items one facts document becomes (docs/table-design.md): an entity-in-document item and alias items per
 * entity, and each fact under its subject and under its object. Keys are deterministic, so writing the same
 * document twice writes the same items; no two items share a key.
 */
final class DerivedItems {
    private DerivedItems() {
    }

    static Collection<Map<String, AttributeValue>> of(String docId, FactsDocument document) {
        Map<ItemKey, Map<String, AttributeValue>> items = new LinkedHashMap<>();
        Map<String, Entity> byLocalId = new HashMap<>();
        Map<String, Integer> factCounts = new HashMap<>();
        for (Entity entity : document.entities()) {
            byLocalId.put(entity.id(), entity);
        }
        String published = document.document() == null ? null : document.document().publishedDate();
        for (Fact fact : document.facts()) {
            Entity subject = byLocalId.get(fact.subject());
            Entity object = byLocalId.get(fact.object());
            String date = TableKeys.sortDate(fact.date() == null ? null : fact.date().value(), published);
            List<Entity> sides = new ArrayList<>(2);
            if (subject != null) {
                sides.add(subject);
            }
            if (object != null && (subject == null || !entityKey(object).equals(entityKey(subject)))) {
                sides.add(object);
            }
            for (Entity party : sides) {
                FactSide side = party == subject ? FactSide.SUBJECT : FactSide.OBJECT;
                // the first copy carries the type index: the subject's, or the object's when there is no subject
                boolean indexed = party == sides.get(0);
                put(items, factItem(docId, fact, date, party, side, indexed, subject, object));
                factCounts.merge(entityKey(party), 1, Integer::sum);
            }
        }
        for (Entity entity : document.entities()) {
            String key = entityKey(entity);
            items.putIfAbsent(new ItemKey(TableKeys.entityPk(key), TableKeys.entityDocSk(docId)),
                    entityItem(docId, entity, factCounts.getOrDefault(key, 0)));
            for (String surface : surfaceForms(entity)) {
                String normalized = AliasKeys.normalize(surface);
                if (!normalized.isEmpty()) {
                    items.putIfAbsent(new ItemKey(TableKeys.aliasPk(normalized), TableKeys.aliasSk(key, docId)),
                            aliasItem(docId, entity, normalized, surface));
                }
            }
        }
        return items.values();
    }

    /** The core's cross-document key; for an entity without one, its type and normalized name in the core's style. */
    static String entityKey(Entity entity) {
        if (entity.key() != null && !entity.key().isBlank()) {
            return entity.key();
        }
        String type = entity.type() == null ? "entity" : entity.type().name().toLowerCase(java.util.Locale.ROOT);
        return type + ":" + AliasKeys.normalize(entity.name()).replace(' ', '-');
    }

    private static Set<String> surfaceForms(Entity entity) {
        Set<String> forms = new LinkedHashSet<>();
        if (entity.name() != null) {
            forms.add(entity.name());
        }
        forms.addAll(entity.aliases());
        return forms;
    }

    private static void put(Map<ItemKey, Map<String, AttributeValue>> items, Map<String, AttributeValue> item) {
        items.put(ItemKey.of(item), item);
    }

    private static Map<String, AttributeValue> entityItem(String docId, Entity entity, int factCount) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put(TableKeys.PK, s(TableKeys.entityPk(entityKey(entity))));
        item.put(TableKeys.SK, s(TableKeys.entityDocSk(docId)));
        item.put(DOC_ID, s(docId));
        putIfPresent(item, NAME, entity.name());
        putIfPresent(item, TYPE, entity.type() == null ? null : entity.type().name());
        item.put(ALIASES, AttributeValue.fromL(entity.aliases().stream().map(DerivedItems::s).toList()));
        item.put(MENTIONS, n(entity.mentions()));
        item.put(FACT_COUNT, n(factCount));
        return item;
    }

    private static Map<String, AttributeValue> aliasItem(String docId, Entity entity, String normalized,
                                                         String surface) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put(TableKeys.PK, s(TableKeys.aliasPk(normalized)));
        item.put(TableKeys.SK, s(TableKeys.aliasSk(entityKey(entity), docId)));
        item.put(ENTITY_KEY, s(entityKey(entity)));
        item.put(DOC_ID, s(docId));
        item.put(ALIAS, s(surface));
        putIfPresent(item, NAME, entity.name());
        putIfPresent(item, TYPE, entity.type() == null ? null : entity.type().name());
        return item;
    }

    private static Map<String, AttributeValue> factItem(String docId, Fact fact, String date, Entity party,
                                                        FactSide side, boolean indexed, Entity subject,
                                                        Entity object) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put(TableKeys.PK, s(TableKeys.entityPk(entityKey(party))));
        item.put(TableKeys.SK, s(TableKeys.factSk(date, docId, fact.id())));
        if (indexed) {
            item.put(TableKeys.GSI1PK, s(TableKeys.typeGsi1Pk(fact.type().name())));
            item.put(TableKeys.GSI1SK, s(TableKeys.factGsi1Sk(date, docId, fact.id())));
        }
        // only what the readers use: the fact's id, type and amount are in its JSON, the entity key in PK
        item.put(DOC_ID, s(docId));
        item.put(DATE, s(date));
        item.put(SIDE, s(side.name()));
        if (subject != null) {
            item.put(SUBJECT_KEY, s(entityKey(subject)));
            putIfPresent(item, SUBJECT_NAME, subject.name());
        }
        if (object != null) {
            item.put(OBJECT_ENTITY_KEY, s(entityKey(object)));
            putIfPresent(item, OBJECT_NAME, object.name());
        }
        item.put(FACT, CompressedText.of(FactsJson.write(fact)));
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
