package dev.khabar.extract.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The function's small JSON needs (the event in, the batch answer and log lines out) on jackson-core alone: a JSON
 * value read as plain maps, lists, strings, numbers and booleans. Jackson databind would cost every cold start its
 * setup (about half a second with Lambda's C1-only JIT) for a few fields of one event.
 */
public final class JsonValues {
    /** Thread-safe; shared by the reader and the writers of this package. */
    public static final JsonFactory FACTORY = new JsonFactory();

    private JsonValues() {
    }

    /** The first JSON value of the input (null when there is none, or it is null): Map, List, String, Number or Boolean. */
    public static Object read(InputStream input) throws IOException {
        try (JsonParser parser = FACTORY.createParser(input)) {
            return parser.nextToken() == null ? null : value(parser);
        }
    }

    /** @see #read(InputStream) */
    public static Object read(String json) throws IOException {
        try (JsonParser parser = FACTORY.createParser(json)) {
            return parser.nextToken() == null ? null : value(parser);
        }
    }

    private static Object value(JsonParser parser) throws IOException {
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT -> {
                Map<String, Object> object = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    parser.nextToken();
                    object.put(name, value(parser));
                }
                return object;
            }
            case START_ARRAY -> {
                List<Object> array = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    array.add(value(parser));
                }
                return array;
            }
            case VALUE_STRING -> {
                return parser.getText();
            }
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                return parser.getNumberValue();
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return parser.getBooleanValue();
            }
            case VALUE_NULL -> {
                return null;
            }
            default -> throw new IOException("unexpected JSON token " + token);
        }
    }

    /** A member of an object; an empty object when the value is not an object or the member is absent. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> object(Object value, String name) {
        Object member = value instanceof Map<?, ?> map ? map.get(name) : null;
        return member instanceof Map<?, ?> object ? (Map<String, Object>) object : Map.of();
    }

    /** The elements of an array, or null when the value is not an array. */
    @SuppressWarnings("unchecked")
    public static List<Object> array(Object value) {
        return value instanceof List<?> list ? (List<Object>) list : null;
    }

    /**
     * A member as text: a string as it is, a number or boolean as written; {@code fallback} when absent or null, ""
     * for an object or array.
     */
    public static String text(Map<String, Object> object, String name, String fallback) {
        Object value = object.get(name);
        if (value == null) {
            return fallback;
        }
        return value instanceof Map<?, ?> || value instanceof List<?> ? "" : value.toString();
    }

    /** A member as a whole number (a number, or a string of digits), else {@code fallback}. */
    public static long number(Map<String, Object> object, String name, long fallback) {
        Object value = object.get(name);
        if (value instanceof Number n) {
            return n.longValue();
        }
        if (value instanceof String s) {
            try {
                return Long.parseLong(s.strip());
            } catch (NumberFormatException e) {
                return fallback;
            }
        }
        return fallback;
    }
}
