package dev.khabar.store.write;

import static dev.khabar.store.ItemAttributes.ITEM_KEY_SEPARATOR;

import dev.khabar.store.CompressedText;
import dev.khabar.store.TableKeys;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The primary key of one derived item, as kept in the document item's key sets. */
public record ItemKey(String pk, String sk) {
    /** Separates encoded keys in a stored key set; no key contains it (alias keys collapse whitespace). */
    private static final String SET_SEPARATOR = "\n";

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

    /**
     * A key set as the document item stores it: the sorted encoded keys, one a line, compressed (they repeat the
     * document id and prefixes, so a set of 130 keys takes about 1 KB instead of 7).
     */
    static AttributeValue encodeSet(Collection<ItemKey> keys) {
        List<String> encoded = new ArrayList<>(keys.size());
        for (ItemKey key : keys) {
            encoded.add(key.encode());
        }
        Collections.sort(encoded);
        return CompressedText.of(String.join(SET_SEPARATOR, encoded));
    }

    /** The keys of a stored key set; also reads the string set that earlier versions stored. Empty when absent. */
    public static Set<ItemKey> decodeSet(AttributeValue stored) {
        Set<ItemKey> keys = new HashSet<>();
        if (stored == null) {
            return keys;
        }
        if (stored.hasSs()) {
            for (String encoded : stored.ss()) {
                keys.add(decode(encoded));
            }
            return keys;
        }
        for (String encoded : CompressedText.read(stored).split(SET_SEPARATOR)) {
            if (!encoded.isEmpty()) {
                keys.add(decode(encoded));
            }
        }
        return keys;
    }

    // written out: a record's generated equals and hashCode bootstrap ObjectMethods on first use, on the cold path
    @Override
    public boolean equals(Object other) {
        return other instanceof ItemKey key && pk.equals(key.pk) && sk.equals(key.sk);
    }

    @Override
    public int hashCode() {
        return 31 * pk.hashCode() + sk.hashCode();
    }

    Map<String, AttributeValue> toKey() {
        return Map.of(TableKeys.PK, AttributeValue.fromS(pk), TableKeys.SK, AttributeValue.fromS(sk));
    }
}
