package dev.khabar.store.read;

import static dev.khabar.store.read.Attributes.integer;
import static dev.khabar.store.read.Attributes.string;
import static dev.khabar.store.read.Attributes.strings;

import dev.khabar.core.model.Entity;
import dev.khabar.core.model.EntityType;
import dev.khabar.store.AliasKeys;
import dev.khabar.store.ItemAttributes;
import dev.khabar.store.SideBySide;
import dev.khabar.store.TableKeys;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/** Entities by alias (any language or spelling) and by key. */
public final class EntityReader {
    /** Position attribute of an alias search: the key of the last entity returned. Entities come in key order. */
    static final String AFTER_ENTITY = "afterEntity";
    private static final int ALIAS_PAGE_SIZE = 25;
    private static final Projection ALIAS_FIELDS = Projection.of(ItemAttributes.ENTITY_KEY, ItemAttributes.NAME, ItemAttributes.TYPE);
    private static final Projection NAMED_FIELDS = Projection.of(ItemAttributes.NAME, ItemAttributes.TYPE);
    private static final Projection PROFILE_FIELDS = Projection.of(ItemAttributes.DOC_ID, ItemAttributes.NAME,
            ItemAttributes.TYPE, ItemAttributes.ALIASES, ItemAttributes.FACT_COUNT);

    private final DynamoDbClient dynamo;
    private final String table;

    public EntityReader(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    /**
     * Entities that have {@code term} (normalized as the writer normalizes aliases, Arabic clitics stripped) as an
     * alias in some document, in entity-key order; {@code type} null matches every type. Alias items outlive the
     * documents that wrote them, so an entity is only listed while some document still names it. An entity keyed by
     * type and name has no alias item for the spelling its key encodes: each variant is also probed as such a key.
     */
    public Page<EntityMatch> find(String term, EntityType type, PageRequest page) {
        String after = null;
        if (page.after() != null) {
            if (!page.after().key().keySet().equals(Set.of(AFTER_ENTITY))) {
                throw new InvalidPositionException("position does not belong to an entity search");
            }
            after = page.after().key().get(AFTER_ENTITY);
        }
        // the probes need nothing the alias reads find: they run meanwhile (a key the alias items also found is read
        // for nothing, which the writer, leaving out the alias item of a key's own spelling, makes rare)
        List<String> variants = AliasKeys.lookupVariants(term);
        List<Probe> probes = new ArrayList<>();
        for (int v = 0; v < variants.size(); v++) {
            for (EntityType probed : type == null ? EntityType.values() : new EntityType[]{type}) {
                String key = Entity.derivedKey(probed, variants.get(v));
                if (after == null || key.compareTo(after) > 0) {
                    probes.add(new Probe(v, key));
                }
            }
        }
        SideBySide.Started<Optional<EntityMatch>> probing = SideBySide.start(probes.stream()
                .map(probe -> (Callable<Optional<EntityMatch>>) () -> named(probe.key())).toList());
        Map<String, Boolean> named = new HashMap<>();
        List<VariantMatches> matches = new ArrayList<>();
        for (String variant : variants) {
            matches.add(distinctEntities(variant, type, after, page.limit() + 1, named));
        }
        List<Optional<EntityMatch>> probed = probing.results();
        TreeMap<String, EntityMatch> found = new TreeMap<>();
        String cutoff = null;
        for (int v = 0; v < variants.size(); v++) {
            VariantMatches variantMatches = matches.get(v);
            variantMatches.entities().forEach(found::putIfAbsent);
            for (int p = 0; p < probes.size(); p++) {
                if (probes.get(p).variant() == v) {
                    probed.get(p).ifPresent(match -> found.putIfAbsent(match.key(), match));
                }
            }
            if (!variantMatches.complete() && (cutoff == null || variantMatches.lastExamined().compareTo(cutoff) < 0)) {
                cutoff = variantMatches.lastExamined();
            }
        }
        // a variant that stopped early has not shown what lies past its last key: nothing beyond it is final yet
        Map<String, EntityMatch> usable = cutoff == null ? found : found.headMap(cutoff, true);
        List<EntityMatch> items = usable.values().stream().limit(page.limit()).toList();
        String continueAfter;
        if (items.size() < usable.size()) {
            continueAfter = items.get(items.size() - 1).key();
        } else {
            continueAfter = cutoff;
        }
        Position next = continueAfter == null ? null : new Position(Map.of(AFTER_ENTITY, continueAfter));
        return new Page<>(items, next);
    }

    /** A key derived from the spelling variant at index {@code variant}, read directly. */
    private record Probe(int variant, String key) {
    }

    private record VariantMatches(Map<String, EntityMatch> entities, boolean complete, String lastExamined) {
    }

    /**
     * Up to {@code wanted} entities under one alias partition, after {@code after}: one alias item per entity, in
     * entity-key order, each checked (once per search, {@code named}) to be still named by some document.
     */
    private VariantMatches distinctEntities(String alias, EntityType type, String after, int wanted,
                                            Map<String, Boolean> named) {
        Map<String, EntityMatch> entities = new LinkedHashMap<>();
        String lower = after == null ? TableKeys.ENT_PREFIX : TableKeys.aliasSk(after);
        String lastExamined = after;
        for (int round = 0; round < PagedQuery.MAX_ROUNDS; round++) {
            QueryResponse response = dynamo.query(QueryRequest.builder().tableName(table)
                    .keyConditionExpression("#pk = :pk AND #sk > :lower")
                    .expressionAttributeNames(ALIAS_FIELDS.names(Map.of("#pk", TableKeys.PK, "#sk", TableKeys.SK)))
                    .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(TableKeys.aliasPk(alias)),
                            ":lower", AttributeValue.fromS(lower)))
                    .projectionExpression(ALIAS_FIELDS.expression())
                    .limit(ALIAS_PAGE_SIZE)
                    .build());
            for (Map<String, AttributeValue> item : response.items()) {
                String key = string(item, ItemAttributes.ENTITY_KEY);
                lastExamined = key;
                String itemType = string(item, ItemAttributes.TYPE);
                if (!entities.containsKey(key) && (type == null || type.name().equals(itemType))
                        && named.computeIfAbsent(key, this::exists)) {
                    entities.put(key, new EntityMatch(key, string(item, ItemAttributes.NAME), itemType));
                    if (entities.size() == wanted) {
                        return new VariantMatches(entities, true, key);
                    }
                }
            }
            if (!response.hasLastEvaluatedKey() || response.lastEvaluatedKey().isEmpty()) {
                return new VariantMatches(entities, true, lastExamined);
            }
            lower = TableKeys.aliasSk(lastExamined);
        }
        return new VariantMatches(entities, false, lastExamined);
    }

    /** Name, type, aliases and counts over every document naming the entity; empty when no document does. */
    public Optional<EntityProfile> profile(String entityKey) {
        Map<String, Integer> names = new HashMap<>();
        TreeSet<String> aliases = new TreeSet<>();
        String type = null;
        Set<String> documents = new HashSet<>();
        int facts = 0;
        Map<String, AttributeValue> start = null;
        do {
            QueryResponse response = dynamo.query(documentsOf(entityKey).toBuilder()
                    .projectionExpression(PROFILE_FIELDS.expression())
                    .expressionAttributeNames(PROFILE_FIELDS.names(Map.of("#pk", TableKeys.PK, "#sk", TableKeys.SK)))
                    .exclusiveStartKey(start).build());
            for (Map<String, AttributeValue> item : response.items()) {
                Integer count = integer(item, ItemAttributes.FACT_COUNT);
                facts += count == null ? 0 : count;
                aliases.addAll(strings(item, ItemAttributes.ALIASES));
                type = type == null ? string(item, ItemAttributes.TYPE) : type;
                // an entity has a group per sort date of its facts in a document: its names count once a document
                if (documents.add(string(item, ItemAttributes.DOC_ID))) {
                    String name = string(item, ItemAttributes.NAME);
                    if (name != null) {
                        names.merge(name, 1, Integer::sum);
                        aliases.add(name);
                    }
                }
            }
            start = response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty()
                    ? response.lastEvaluatedKey() : null;
        } while (start != null);
        if (documents.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new EntityProfile(entityKey, mostCommon(names), type, new ArrayList<>(aliases),
                documents.size(), facts));
    }

    /** The entity as one document names it, if any does (one item read): how a key-derived name is found. */
    private Optional<EntityMatch> named(String entityKey) {
        return dynamo.query(documentsOf(entityKey).toBuilder().limit(1)
                        .projectionExpression(NAMED_FIELDS.expression())
                        .expressionAttributeNames(NAMED_FIELDS.names(Map.of("#pk", TableKeys.PK, "#sk", TableKeys.SK)))
                        .build())
                .items().stream().findFirst()
                .map(item -> new EntityMatch(entityKey, string(item, ItemAttributes.NAME), string(item, ItemAttributes.TYPE)));
    }

    /** Whether any document names the entity (one item read). */
    public boolean exists(String entityKey) {
        return !dynamo.query(documentsOf(entityKey).toBuilder().limit(1)
                .projectionExpression("#pk").build()).items().isEmpty();
    }

    private QueryRequest documentsOf(String entityKey) {
        return QueryRequest.builder().tableName(table)
                .keyConditionExpression("#pk = :pk AND begins_with(#sk, :groups)")
                .expressionAttributeNames(Map.of("#pk", TableKeys.PK, "#sk", TableKeys.SK))
                .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(TableKeys.entityPk(entityKey)),
                        ":groups", AttributeValue.fromS(TableKeys.FACT_PREFIX)))
                .build();
    }

    /** The name most documents use; ties go to the alphabetically first, so the answer is stable. */
    private static String mostCommon(Map<String, Integer> names) {
        return names.entrySet().stream()
                .min((a, b) -> a.getValue().equals(b.getValue()) ? a.getKey().compareTo(b.getKey()) : b.getValue() - a.getValue())
                .map(Map.Entry::getKey).orElse(null);
    }
}
