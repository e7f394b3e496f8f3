package dev.khabar.extract.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.protocols.jsoncore.JsonNode;
import software.amazon.awssdk.protocols.jsoncore.JsonNodeParser;

/**
 * The function's JSON input (the event) read as the AWS SDK's {@link JsonNode} values, on the SDK's own parser: the
 * DynamoDB client loads that parser and its shaded jackson-core anyway, so a cold start reads the event without a
 * second JSON library (and without Jackson databind, whose setup would cost it about half a second).
 */
public final class JsonValues {
    private static final JsonNodeParser PARSER = JsonNodeParser.create();

    private JsonValues() {
    }

    /** The first JSON value of the input; null when there is none. */
    public static JsonNode read(InputStream input) throws IOException {
        try {
            return PARSER.parse(input);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** @see #read(InputStream) */
    public static JsonNode read(String json) throws IOException {
        try {
            return PARSER.parse(json);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** The members of an object; an empty map when the value is absent or not an object. */
    public static Map<String, JsonNode> object(JsonNode value) {
        return value != null && value.isObject() ? value.asObject() : Map.of();
    }

    /** A member of an object as an object (empty when absent or not an object). */
    public static Map<String, JsonNode> object(Map<String, JsonNode> object, String name) {
        return object(object.get(name));
    }

    /** The elements of an array, or null when the value is absent or not an array. */
    public static List<JsonNode> array(JsonNode value) {
        return value != null && value.isArray() ? value.asArray() : null;
    }

    /**
     * A member as text: a string as it is, a number or boolean as written; {@code fallback} when absent or null, ""
     * for an object or array.
     */
    public static String text(Map<String, JsonNode> object, String name, String fallback) {
        JsonNode value = object.get(name);
        if (value == null || value.isNull()) {
            return fallback;
        }
        return value.isObject() || value.isArray() ? "" : value.text();
    }

    /** A member as a whole number (an integer, or a string of digits), else {@code fallback}. */
    public static long number(Map<String, JsonNode> object, String name, long fallback) {
        JsonNode value = object.get(name);
        if (value == null || !(value.isNumber() || value.isString())) {
            return fallback;
        }
        try {
            return Long.parseLong(value.text().strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
