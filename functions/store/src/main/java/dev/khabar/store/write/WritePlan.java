package dev.khabar.store.write;

import dev.khabar.core.model.FactsDocument;
import dev.khabar.core.model.FactsJson;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * What writing one facts document takes, worked out before the claim, so that the claim itself records the keys the
 * run is about to write: the facts JSON, the derived items and their keys; or why the document cannot be stored.
 */
public final class WritePlan {
    /** A DynamoDB item holds 400 KB; leave room for the document item's other attributes and key sets. */
    static final int MAX_FACTS_JSON_BYTES = 300_000;

    final FactsDocument document;
    final String json;
    final List<Map<String, AttributeValue>> owned;
    final List<Map<String, AttributeValue>> shared;
    final Set<ItemKey> keys;
    /** Why the document cannot be stored (too large for its item), or null. */
    final String unstorable;

    private WritePlan(FactsDocument document, String json, DerivedItems derived, String unstorable) {
        this.document = document;
        this.json = json;
        this.owned = derived == null ? List.of() : derived.owned();
        this.shared = derived == null ? List.of() : derived.shared();
        this.keys = new HashSet<>();
        for (Map<String, AttributeValue> item : owned) {
            keys.add(ItemKey.of(item));
        }
        this.unstorable = unstorable;
    }

    static WritePlan of(String docId, FactsDocument document) {
        String json = FactsJson.write(document);
        int bytes = json.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_FACTS_JSON_BYTES) {
            return new WritePlan(document, json, null, "facts document of " + bytes + " bytes exceeds the "
                    + MAX_FACTS_JSON_BYTES + " bytes one table item can hold");
        }
        return new WritePlan(document, json, DerivedItems.of(docId, document), null);
    }
}
