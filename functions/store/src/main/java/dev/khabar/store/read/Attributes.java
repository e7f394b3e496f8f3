package dev.khabar.store.read;

import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Typed reads of item attributes: absent attributes read as null (or empty), never as an error. */
final class Attributes {
    private Attributes() {
    }

    static String string(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        return value == null ? null : value.s();
    }

    static Integer integer(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        return value == null || value.n() == null ? null : Integer.valueOf(value.n());
    }

    /** A list of strings stored as a string set or as a list of strings. */
    static List<String> strings(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        if (value == null) {
            return List.of();
        }
        if (value.hasSs()) {
            return value.ss();
        }
        if (value.hasL()) {
            return value.l().stream().map(AttributeValue::s).filter(s -> s != null).toList();
        }
        return List.of();
    }
}
