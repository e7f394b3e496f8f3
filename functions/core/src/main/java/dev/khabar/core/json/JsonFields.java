package dev.khabar.core.json;

import java.math.BigDecimal;
import java.util.List;

/**
 * Fields of a JSON object left out when their value is null ({@code @JsonInclude(NON_NULL)}): the one rule every
 * writer of facts, views and log lines follows, written once.
 */
public final class JsonFields {
    /** Writes a present value of an object field (its name is already written). */
    @FunctionalInterface
    public interface Writer<T> {
        void write(JsonText out, T value);
    }

    private JsonFields() {
    }

    public static void string(JsonText out, String name, String value) {
        if (value != null) {
            out.field(name, value);
        }
    }

    /** An enum constant by its name. */
    public static void name(JsonText out, String name, Enum<?> value) {
        if (value != null) {
            out.field(name, value.name());
        }
    }

    public static void number(JsonText out, String name, Integer value) {
        if (value != null) {
            out.field(name, value);
        }
    }

    public static void number(JsonText out, String name, Double value) {
        if (value != null) {
            out.name(name).number(value.doubleValue());
        }
    }

    public static void number(JsonText out, String name, BigDecimal value) {
        if (value != null) {
            out.name(name).number(value);
        }
    }

    /** An array of values each written by {@code writer} (an empty list is written as {@code []}). */
    public static <T> void array(JsonText out, String name, List<T> values, Writer<? super T> writer) {
        if (values != null) {
            out.name(name).startArray();
            for (T v : values) {
                writer.write(out, v);
            }
            out.endArray();
        }
    }

    /** A value its own writer writes (an object, most often). */
    public static <T> void field(JsonText out, String name, T value, Writer<? super T> writer) {
        if (value != null) {
            out.name(name);
            writer.write(out, value);
        }
    }
}
