package dev.khabar.store.read;

import static dev.khabar.store.read.Attributes.string;

import dev.khabar.core.model.Fact;
import dev.khabar.core.model.FactsJson;
import dev.khabar.store.CompressedText;
import dev.khabar.store.FactSide;
import dev.khabar.store.ItemAttributes;
import dev.khabar.store.TableKeys;
import java.io.UncheckedIOException;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Decodes a fact item: the contract's fact as JSON beside the document id, both parties and the side. */
final class FactItems {
    private FactItems() {
    }

    static StoredFact decode(Map<String, AttributeValue> item) {
        Fact fact;
        try {
            fact = FactsJson.readFact(CompressedText.read(item.get(ItemAttributes.FACT)));
        } catch (IllegalArgumentException | IllegalStateException | UncheckedIOException e) {
            throw new IllegalStateException("fact item " + string(item, TableKeys.SK) + " holds no readable fact", e);
        }
        return new StoredFact(string(item, ItemAttributes.DOC_ID), fact, string(item, ItemAttributes.DATE),
                party(item, ItemAttributes.SUBJECT_KEY, ItemAttributes.SUBJECT_NAME),
                party(item, ItemAttributes.OBJECT_ENTITY_KEY, ItemAttributes.OBJECT_NAME),
                FactSide.valueOf(string(item, ItemAttributes.SIDE)));
    }

    /** A fact may lack an object (LAYOFF) or, rarely, a subject. */
    private static Party party(Map<String, AttributeValue> item, String keyName, String nameName) {
        String key = string(item, keyName);
        return key == null ? null : new Party(key, string(item, nameName));
    }
}
