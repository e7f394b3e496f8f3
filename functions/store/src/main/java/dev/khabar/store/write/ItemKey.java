package dev.khabar.store.write;

import static dev.khabar.store.ItemAttributes.ITEM_KEY_SEPARATOR;

import dev.khabar.store.TableKeys;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The primary key of one derived item, as kept in the document item's key sets. */
public record ItemKey(String pk, String sk) {
    public static ItemKey of(Map<String, AttributeValue> item) {
        return new ItemKey(item.get(TableKeys.PK).s(), item.get(TableKeys.SK).s());
    }

    public static ItemKey decode(String encoded) {
        int at = encoded.indexOf(ITEM_KEY_SEPARATOR);
        if (at < 0) {
            throw new IllegalArgumentException("not an item key: " + encoded);
        }
        return new ItemKey(encoded.substring(0, at), encoded.substring(at + ITEM_KEY_SEPARATOR.length()));
    }

    public String encode() {
        return pk + ITEM_KEY_SEPARATOR + sk;
    }

    Map<String, AttributeValue> toKey() {
        return Map.of(TableKeys.PK, AttributeValue.fromS(pk), TableKeys.SK, AttributeValue.fromS(sk));
    }
}
